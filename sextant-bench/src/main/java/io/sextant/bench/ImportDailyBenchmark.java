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
 * Workload: import all of {@code equities-daily/huge-stock-market-dataset} (Kaggle "Huge Stock Market
 * Dataset", Stocks and ETFs: 46 CSV files, 314,272 daily bars, 16 MB) with layout detection and full
 * validation under the reject policy, then write the 46 series into a fresh catalog (one atomic,
 * fsynced write), exactly as {@code sextant data import} does. One operation is the whole pipeline;
 * the input files are in the page cache after the first operation. Target: at least 1,000,000 rows/s,
 * i.e. at most 314 ms per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED"})
public class ImportDailyBenchmark extends ImportBenchmark {
    /** Folder inside the shared data folder. */
    public static final String DATA = "equities-daily/huge-stock-market-dataset";
    /** Data rows in the 46 files (headers excluded). */
    public static final long ROWS = 314_272;

    @Override
    protected String data() {
        return DATA;
    }

    @Override
    protected long rows() {
        return ROWS;
    }
}
