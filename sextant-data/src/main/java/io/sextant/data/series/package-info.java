/**
 * Series in memory: named primitive columns ({@link io.sextant.data.series.SeriesData}) in one of four
 * {@link io.sextant.data.series.SeriesKind kinds}, builders that read row by row and never round, and typed views
 * ({@link io.sextant.data.series.BarSeries}, {@link io.sextant.data.series.TradeSeries},
 * {@link io.sextant.data.series.QuoteSeries}, {@link io.sextant.data.series.QuoteBarSeries}) over the arrays.
 *
 * <p>Conventions: times are epoch nanoseconds UTC; bars cover [ts_open, ts_close); prices and sizes are
 * fixed-point raw {@code long}s with a per-column scale (value = raw &times; 10<sup>-scale</sup>), and all price
 * columns of a series share one scale.
 */
package io.sextant.data.series;
