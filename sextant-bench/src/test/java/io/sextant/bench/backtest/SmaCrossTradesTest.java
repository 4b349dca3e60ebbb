package io.sextant.bench.backtest;

import io.sextant.bench.SyntheticBars;
import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.BarSeries;
import io.sextant.data.series.SeriesData;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.backtest.ResultDetail;
import io.sextant.strategies.trend.SmaCross;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The benchmark's three implementations of the SMA(10)/SMA(30) cross (engine, primitive loop, ta4j)
 * must make the same trades on the same bars, or the speed ratios compare different work.
 */
class SmaCrossTradesTest {
    private static final int BARS = 200_000;

    @Test
    void engineTa4jAndPrimitiveLoopMakeTheSameTrades() {
        SeriesData data = SyntheticBars.trendingMinutes(BARS, 7L);
        BarSeries bars = BarSeries.of(data);

        BacktestResult result = EngineRuns.run(List.of(EngineRuns.series("SYN", data, Timeframe.MINUTE_1)),
                new SmaCross(new SmaCross.Config(10, 30)));
        List<Trade> engine = EngineRuns.trades(result, bars.tsOpen());
        AllInAccount primitive = PrimitiveSmaCross.run(bars.open(), bars.close(), 10, 30, EngineRuns.CASH_CENTS);
        AllInAccount ta4j = Ta4jSmaCross.run(Ta4jSmaCross.series(bars.tsClose(), bars.open(), bars.high(),
                bars.low(), bars.close(), bars.volume(), Nanos.PER_MINUTE), bars.open(), 10, 30, EngineRuns.CASH_CENTS);

        // A random walk crosses often: thousands of round trips, so agreement is not a coincidence.
        assertThat(engine).hasSizeGreaterThan(1_000);
        assertThat(primitive.trades()).containsExactlyElementsOf(engine);
        assertThat(ta4j.trades()).containsExactlyElementsOf(engine);
        // The same trades leave the same cash: the engine's final equity when flat, in cents.
        long engineEquity = result.equity().equityRaw(result.equity().size() - 1);
        assertThat(primitive.cashCents()).isEqualTo(ta4j.cashCents());
        if (primitive.isFlat()) {
            assertThat(primitive.cashCents()).isEqualTo(engineEquity);
        }
        // The benchmark's summary run is the same run: same statistics, same last equity.
        BacktestResult summary = EngineRuns.run(List.of(EngineRuns.series("SYN", data, Timeframe.MINUTE_1)),
                new SmaCross(new SmaCross.Config(10, 30)), ResultDetail.SUMMARY);
        assertThat(summary.stats()).isEqualTo(result.stats());
        assertThat(summary.stats().trades()).isEqualTo(primitive.trades().stream().filter(t -> t.exitBar() >= 0).count());
        assertThat(summary.equity().equityRaw(summary.equity().size() - 1)).isEqualTo(engineEquity);
    }
}
