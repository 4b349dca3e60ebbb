package io.sextant.bench;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.LiveClock;
import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.SeriesEntry;
import io.sextant.data.catalog.WriteMode;
import io.sextant.data.importer.ImportedSeries;
import io.sextant.data.series.Column;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.series.SeriesTraits;
import io.sextant.data.validate.ProblemLog;
import io.sextant.data.validate.SeriesReview;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Workload: load one 10,000,000-bar 1-minute series (about 19 years of consecutive minutes, 7 long
 * columns: ts_open, ts_close, open, high, low, close, volume; a 560 MB file) from the catalog into
 * arrays with {@link Catalog#load}, which checks the CRC32C of every column. The series is a seeded,
 * mean-reverting random walk with valid OHLC (low &le; open, close &le; high) and random volumes, built
 * and written through the catalog once per fork; the file is then in the page cache, so this measures
 * a warm load (map, checksum, copy), not the disk. Targets: at most 0.5 s, and at most 64 bytes per
 * bar in memory.
 *
 * <p>Bytes per bar are measured once per fork, three ways: the column arrays' exact size plus the
 * holder objects, the heap retained by a loaded series (used heap after a full GC with and without
 * it, eden left out), and, as a cross-check, JMH's {@code -prof gc} {@code gc.alloc.rate.norm}
 * divided by the rows. With the system property {@code sextant.bench.report} naming a folder, the first two go into
 * {@code load-memory.properties} there.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xms6g", "-Xmx6g", "-XX:+UseParallelGC", "--enable-native-access=ALL-UNNAMED"})
public class LoadBarsBenchmark {
    /** Bars in the series. */
    public static final int ROWS = 10_000_000;
    private static final SeriesKey KEY = new SeriesKey("SYNTH", SeriesKind.BARS, Timeframe.MINUTE_1);

    private Path workspace;
    private Catalog catalog;
    private SeriesEntry entry;

    @Setup(Level.Trial)
    public void writeSeries() throws IOException {
        workspace = Workspaces.create();
        catalog = Catalog.at(workspace);
        SeriesData data = SyntheticBars.minutes(ROWS, 20_240_601L);
        SeriesTraits traits = SeriesTraits.CRYPTO;
        ImportedSeries series = new ImportedSeries(KEY, traits, data, List.of(),
                SeriesReview.of(data, Timeframe.MINUTE_1, traits), new ProblemLog(), null);
        catalog.write(List.of(series), WriteMode.CREATE, "reject", new LiveClock());
        entry = catalog.get(KEY).orElseThrow();
        data = null;
        series = null;
        measureMemory();
    }

    @TearDown(Level.Trial)
    public void deleteWorkspace() throws IOException {
        Workspaces.delete(workspace);
    }

    @Benchmark
    public SeriesData load() throws IOException {
        return catalog.load(entry);
    }

    /** Bytes per bar of a loaded series: exact array sizes plus holders, and retained heap; printed and reported. */
    private void measureMemory() throws IOException {
        SeriesData loaded = catalog.load(entry);
        long with = usedAfterGc();
        Reference.reachabilityFence(loaded);
        if (loaded.rows() != ROWS) {
            throw new IllegalStateException("loaded " + loaded.rows() + " bars, expected " + ROWS);
        }
        long arrays = 0;
        for (Column c : loaded.columns()) {
            arrays += 16 + c.byteSize(); // array header (mark word, class pointer, length) + elements
        }
        // Holders: 7 LongColumn records (24 B), SeriesData (32 B), its immutable list and LinkedHashMap (~7 x 40 B
        // entries, table, map): under 1 KiB, counted as 1 KiB.
        long holders = 1024;
        double exact = (double) (arrays + holders) / loaded.rows();
        int rows = loaded.rows();
        int columns = loaded.columns().size();
        loaded = null;
        long retainedBytes = with - usedAfterGc();
        double retained = (double) retainedBytes / rows;
        String text = String.format(Locale.ROOT, "arrays.bytes=%d%nexact.bytesPerBar=%.3f%nretained.bytes=%d%n"
                + "retained.bytesPerBar=%.3f%nrows=%d%ncolumns=%d%nfile.bytes=%d%n", arrays, exact, retainedBytes,
                retained, rows, columns, entry.bytes());
        System.out.printf(Locale.ROOT, "%nloaded series: %d bars, %d columns; %.2f bytes/bar (arrays + holders), "
                + "%.2f bytes/bar retained heap%n", rows, columns, exact, retained);
        String dir = System.getProperty("sextant.bench.report");
        if (dir != null && !dir.isBlank()) {
            Files.createDirectories(Path.of(dir));
            Files.writeString(Path.of(dir, "load-memory.properties"), text, StandardCharsets.UTF_8);
        }
    }

    /**
     * Heap in use after full collections, leaving out the eden space: after a full GC it holds only what other
     * threads (JMH's own) allocated since, which would blur a difference of two readings.
     */
    private static long usedAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && !pool.getName().contains("Eden")) {
                used += pool.getUsage().getUsed();
            }
        }
        return used;
    }
}
