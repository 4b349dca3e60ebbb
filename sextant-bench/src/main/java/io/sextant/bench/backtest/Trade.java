package io.sextant.bench.backtest;

/**
 * One long round trip of the SMA-cross workload, as the three implementations must agree on it.
 *
 * @param entryBar      index of the bar whose open the buy filled at
 * @param entryPriceRaw the buy price, raw at the series' price scale
 * @param quantityRaw   the quantity bought (and later sold), raw at the series' volume scale
 * @param exitBar       index of the bar whose open the sell filled at, or -1 if still open at the end
 * @param exitPriceRaw  the sell price, raw; 0 if still open
 */
public record Trade(int entryBar, long entryPriceRaw, long quantityRaw, int exitBar, long exitPriceRaw) {
}
