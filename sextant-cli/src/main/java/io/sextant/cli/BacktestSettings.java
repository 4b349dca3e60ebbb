package io.sextant.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a backtest is asked to do, as given on the command line (checked by {@link BacktestRunner}).
 *
 * @param strategy    the strategy's name
 * @param params      strategy parameters as {@code key=value} text
 * @param symbols     the symbols to trade
 * @param timeframe   the bar timeframe text, e.g. {@code 1d}
 * @param from        the first date or time, or null
 * @param to          the last date (inclusive) or time (exclusive), or null
 * @param cash        starting cash, in the first symbol's quote currency; positive
 * @param feeRate     fee as a fraction of the notional, in [0, 1)
 * @param slippageBps slippage in basis points, not negative
 * @param fillAt      {@code next-open} or {@code close}
 * @param volumeCap   the largest share of a bar's volume fills may take, in (0, 1], or null for no cap
 * @param out         the bundle folder, or null for one under the workspace's {@code results/}
 * @param warmupBars  bars before {@code from} fed to the strategy only to warm up indicators (orders then are denied)
 */
record BacktestSettings(String strategy, Map<String, String> params, List<String> symbols, String timeframe,
                        String from, String to, BigDecimal cash, BigDecimal feeRate, BigDecimal slippageBps,
                        String fillAt, BigDecimal volumeCap, Path out, int warmupBars) {

    /** The defaults of {@code sextant backtest} for a strategy on symbols. */
    static BacktestSettings defaults(String strategy, List<String> symbols) {
        return new BacktestSettings(strategy, Map.of(), symbols, "1d", null, null, new BigDecimal("100000"),
                new BigDecimal("0.001"), BigDecimal.ZERO, "next-open", null, null, 0);
    }
}
