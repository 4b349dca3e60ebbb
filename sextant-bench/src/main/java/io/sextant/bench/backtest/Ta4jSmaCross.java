package io.sextant.bench.backtest;

import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.Rule;
import org.ta4j.core.indicators.averages.SMAIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.num.DoubleNumFactory;
import org.ta4j.core.rules.CrossedDownIndicatorRule;
import org.ta4j.core.rules.CrossedUpIndicatorRule;

import java.time.Duration;
import java.time.Instant;

/**
 * The SMA-cross workload on ta4j 0.22.2 with {@code DoubleNum}: {@code SMAIndicator}s of the close,
 * {@code CrossedUpIndicatorRule} to enter and {@code CrossedDownIndicatorRule} to exit. ta4j's own
 * backtest executor fills at the signal bar's close and sizes by a fixed amount, so the trade loop
 * is written here: a rule satisfied at bar t's close fills at bar t+1's open, sized all-in with the
 * fee like the engine ({@link AllInAccount}). Rules are asked from bar {@code slow} on, where the
 * engine's strategy can first signal (both averages full on the previous bar).
 */
public final class Ta4jSmaCross {

    private Ta4jSmaCross() {
    }

    /** A ta4j series of the bars (prices in units: raw cents / 100). Part of data loading, not the run. */
    static BarSeries series(long[] tsClose, long[] open, long[] high, long[] low, long[] close, long[] volume,
                            long barNs) {
        BarSeries series = new BaseBarSeriesBuilder().withNumFactory(DoubleNumFactory.getInstance())
                .withName("synthetic").build();
        Duration period = Duration.ofNanos(barNs);
        for (int i = 0; i < close.length; i++) {
            series.barBuilder().timePeriod(period).endTime(Instant.ofEpochSecond(0, tsClose[i]))
                    .openPrice(open[i] / 100.0).highPrice(high[i] / 100.0).lowPrice(low[i] / 100.0)
                    .closePrice(close[i] / 100.0).volume(volume[i]).add();
        }
        return series;
    }

    /**
     * Runs the strategy with fresh indicators (ta4j caches indicator values, so reusing them would
     * measure the cache); fills use the raw opens.
     */
    static AllInAccount run(BarSeries series, long[] open, int fast, int slow, long cashCents) {
        ClosePriceIndicator closePrice = new ClosePriceIndicator(series);
        SMAIndicator fastSma = new SMAIndicator(closePrice, fast);
        SMAIndicator slowSma = new SMAIndicator(closePrice, slow);
        Rule entry = new CrossedUpIndicatorRule(fastSma, slowSma);
        Rule exit = new CrossedDownIndicatorRule(fastSma, slowSma);
        AllInAccount account = new AllInAccount(cashCents);
        int pending = 0; // +1 buy, -1 sell at the next open
        for (int i = 0, n = series.getBarCount(); i < n; i++) {
            if (pending > 0) {
                account.buyAll(i, open[i]);
            } else if (pending < 0) {
                account.sellAll(i, open[i]);
            }
            pending = 0;
            if (i < slow) {
                continue;
            }
            if (account.isFlat()) {
                if (entry.isSatisfied(i)) {
                    pending = 1;
                }
            } else if (exit.isSatisfied(i)) {
                pending = -1;
            }
        }
        return account;
    }
}
