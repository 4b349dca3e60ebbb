package io.sextant.bench.backtest;

import io.sextant.bench.SyntheticBars;
import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.BarSeries;
import io.sextant.data.series.SeriesData;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.backtest.BacktestSeries;
import io.sextant.engine.backtest.ResultDetail;
import io.sextant.strategies.trend.SmaCross;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Workload: SMA(10)/SMA(30) cross of the close, long only, all-in (100 % of equity, resolved at the
 * fill price with the fee, floored to the lot), 0.1 % fee, fills at the next bar's open, one instrument,
 * {@link #BARS} 1-minute bars of {@link SyntheticBars#trendingMinutes} (seed 7; about 155,000 round
 * trips), single-threaded. The bars are generated in {@code @Setup}; a measured operation is one
 * whole run. Three implementations that make the same trades ({@code SmaCrossTradesTest}):
 * <ul>
 *   <li>{@link #engine}: the real {@link SmaCross} through {@code BacktestNode} — orders, risk, the
 *       simulated venue, fills, portfolio accounting, round trips, the equity curve and statistics —
 *       keeping what a parameter sweep keeps ({@link ResultDetail#SUMMARY}: statistics and the equity
 *       curve). Heap 1 GB (the limit): the bars take 560 MB, the curve 170 MB;</li>
 *   <li>{@link #engineFullDetail}: the same run keeping every order, fill, position event and round
 *       trip of about 310,000 orders ({@link ResultDetail#FULL}, what a single backtest's bundle
 *       needs), in 3 GB; for reference, not a target;</li>
 *   <li>{@link #primitive}: {@link PrimitiveSmaCross}, rolling sums over the arrays;</li>
 *   <li>{@link #ta4j}: {@link Ta4jSmaCross}, ta4j 0.22.2 with DoubleNum, over the first
 *       {@link #TA4J_BARS} bars only: its objects (a ta4j bar, and per indicator a cached value, per
 *       bar) make 10 million bars spend most of a run in full collections even in 6 GB. Compare bars/s.
 *       Its bar series is built in {@code @Setup}.</li>
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class SmaCrossBenchmark {
    /** Bars in the series. */
    public static final int BARS = 10_000_000;
    /** Bars ta4j runs over: the first million of the same series (10 million do not fit a 6 GB heap). */
    public static final int TA4J_BARS = 1_000_000;
    static final long SEED = 7;
    static final int FAST = 10;
    static final int SLOW = 30;

    /** The bars as arrays and as the engine's input. */
    @State(Scope.Benchmark)
    public static class Bars {
        BarSeries bars;
        BacktestSeries series;

        @Setup(Level.Trial)
        public void generate() {
            SeriesData data = SyntheticBars.trendingMinutes(BARS, SEED);
            bars = BarSeries.of(data);
            series = EngineRuns.series("SYN", data, Timeframe.MINUTE_1);
        }
    }

    /** The same bars as a ta4j series. */
    @State(Scope.Benchmark)
    public static class Ta4jBars {
        org.ta4j.core.BarSeries series;
        long[] open;

        @Setup(Level.Trial)
        public void generate() {
            BarSeries b = BarSeries.of(SyntheticBars.trendingMinutes(TA4J_BARS, SEED));
            series = Ta4jSmaCross.series(b.tsClose(), b.open(), b.high(), b.low(), b.close(), b.volume(),
                    Nanos.PER_MINUTE);
            open = b.open();
        }
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseG1GC"})
    public BacktestResult engine(Bars b) {
        return EngineRuns.run(List.of(b.series), new SmaCross(new SmaCross.Config(FAST, SLOW)), ResultDetail.SUMMARY);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC"})
    public BacktestResult engineFullDetail(Bars b) {
        return EngineRuns.run(List.of(b.series), new SmaCross(new SmaCross.Config(FAST, SLOW)), ResultDetail.FULL);
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
    public long primitive(Bars b) {
        return PrimitiveSmaCross.run(b.bars.open(), b.bars.close(), FAST, SLOW, EngineRuns.CASH_CENTS).cashCents();
    }

    @Benchmark
    @Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+UseParallelGC"})
    public long ta4j(Ta4jBars b) {
        return Ta4jSmaCross.run(b.series, b.open, FAST, SLOW, EngineRuns.CASH_CENTS).cashCents();
    }
}
