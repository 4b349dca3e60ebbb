package io.sextant.bench;

import io.sextant.core.data.Timeframe;
import io.sextant.data.importer.ImportOptions;
import io.sextant.data.importer.ImportProgress;
import io.sextant.data.importer.ImportResult;
import io.sextant.data.importer.Importer;
import io.sextant.data.resample.Resampler;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
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

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Workload: resample the 1,887,460 LEAN SPY trade ticks of {@code equities-intraday/lean-usa-tick-spy}
 * (2013-10-07..11, one series) to 1-minute bars in New York time with
 * {@link Resampler#resample}, leaving out the ticks LEAN flags as suspicious (OHLC, volume, trade
 * count and an exact 128-bit VWAP per bar). The ticks are imported once per fork; one operation is the
 * resample alone. Target: at most 0.5 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED"})
public class ResampleTicksBenchmark {
    /** Ticks in the series. */
    public static final long ROWS = 1_887_460;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private SeriesData ticks;

    @Setup(Level.Trial)
    public void importTicks() throws IOException {
        String dir = SharedDataDir.require(ImportTicksBenchmark.DATA).toString();
        ImportResult result = new Importer().read(List.of(dir), ImportOptions.defaults(), ImportProgress.NONE);
        if (result.series().size() != 1 || result.series().getFirst().data().kind() != SeriesKind.TRADES
                || result.rows() != ROWS) {
            throw new IllegalStateException("expected one trade series of " + ROWS + " ticks in " + dir + ", found "
                    + result.series().size() + " series of " + result.rows() + " rows");
        }
        ticks = result.series().getFirst().data();
        Resampler.Result bars = Resampler.resample(ticks, Timeframe.MINUTE_1, NEW_YORK, false);
        System.out.printf("%n%d ticks -> %d 1-minute bars (%d suspicious ticks left out)%n", ticks.rows(),
                bars.data().rows(), bars.excluded());
    }

    @Benchmark
    public Resampler.Result resample() {
        return Resampler.resample(ticks, Timeframe.MINUTE_1, NEW_YORK, false);
    }
}
