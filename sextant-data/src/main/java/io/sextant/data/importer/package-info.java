/**
 * Importing market data files: {@link io.sextant.data.importer.SourceResolver} turns paths, folders and globs into
 * sources (zip entries included, each verified against its CRC-32), {@link io.sextant.data.importer.Layouts} recognises
 * each source's layout (LEAN, daily CSV, Binance klines, Bitstamp trades, candle and ta4j JSON, wide close tables,
 * generic CSV), every layout feeds a {@link io.sextant.data.importer.SeriesAssembler} that applies the row rules and
 * the error policy, and the {@link io.sextant.data.importer.Importer} reads sources in parallel, merges each series in
 * time order, settles its timeframe and bar times, and reviews it. Nothing here writes to the catalog.
 */
package io.sextant.data.importer;
