package io.sextant.bench.backtest;

import io.sextant.bench.SyntheticBars;
import io.sextant.core.data.Timeframe;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.backtest.BacktestSeries;
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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Workload: {@link #INSTRUMENTS} equities × {@link #DAYS} daily bars (about ten years of weekdays,
 * {@link SyntheticBars#weekdays}, one seed each) merged by close time, {@link EqualWeightRebalance}
 * rebalancing to 1 % each at every month end with market orders (next-open fills, 0.1 % fee). The
 * bars are generated in {@code @Setup}; a measured operation is one whole run. Target: at most 0.5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+UseParallelGC"})
public class RebalanceBenchmark {
    /** Instruments in the run. */
    public static final int INSTRUMENTS = 100;
    /** Daily bars per instrument. */
    public static final int DAYS = 2_520;

    private List<BacktestSeries> series;

    @Setup(Level.Trial)
    public void generate() {
        series = universe();
    }

    static List<BacktestSeries> universe() {
        List<BacktestSeries> all = new ArrayList<>();
        for (int i = 0; i < INSTRUMENTS; i++) {
            all.add(EngineRuns.series("S" + i, SyntheticBars.weekdays(DAYS, 1_000 + i), Timeframe.DAY_1));
        }
        return all;
    }

    @Benchmark
    public BacktestResult engine() {
        return EngineRuns.run(series, new EqualWeightRebalance());
    }
}
