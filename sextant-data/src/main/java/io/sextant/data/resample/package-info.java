/**
 * Resampling: trade ticks to OHLCV bars with VWAP and trade counts, quote ticks to bid/ask bars, and bars to larger
 * bars, one pass, exact fixed-point arithmetic, buckets aligned as {@link io.sextant.core.data.Timeframe} defines.
 */
package io.sextant.data.resample;
