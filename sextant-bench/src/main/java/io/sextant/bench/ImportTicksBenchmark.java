package io.sextant.bench;

import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Workload: import the LEAN SPY trade ticks of {@code equities-intraday/lean-usa-tick-spy} (5 zips of one
 * headerless CSV each, 2013-10-07..11: 1,887,460 ticks, 6.5 MB zipped, 57 MB unzipped) with layout
 * detection, zip CRC checks and full validation under the reject policy, merge them into one SPY trade
 * series and write it into a fresh catalog (one atomic, fsynced write), exactly as
 * {@code sextant data import} does. One operation is the whole pipeline; the zips are in the page cache
 * after the first operation. Target: at least 2,000,000 rows/s, i.e. at most 944 ms per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED"})
public class ImportTicksBenchmark extends ImportBenchmark {
    /** Folder inside the shared data folder. */
    public static final String DATA = "equities-intraday/lean-usa-tick-spy";
    /** Ticks in the 5 files. */
    public static final long ROWS = 1_887_460;

    @Override
    protected String data() {
        return DATA;
    }

    @Override
    protected long rows() {
        return ROWS;
    }
}
