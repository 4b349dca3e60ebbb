package io.sextant.data.catalog;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.TestClock;
import io.sextant.data.importer.BadInputException;
import io.sextant.data.importer.ImportOptions;
import io.sextant.data.importer.ImportProgress;
import io.sextant.data.importer.ImportResult;
import io.sextant.data.importer.Importer;
import io.sextant.data.series.BarSeries;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.store.CorruptSeriesFileException;
import io.sextant.data.validate.ErrorPolicy;
import io.sextant.data.testing.CatalogSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogTest {
    private static final SeriesKey AAA = new SeriesKey("AAA", SeriesKind.BARS, Timeframe.DAY_1);
    private final TestClock clock = new TestClock(1_700_000_000_000_000_000L);

    @TempDir
    Path tmp;

    private Catalog catalog() {
        return Catalog.at(tmp.resolve("ws"));
    }

    private List<Written> importInto(WriteMode mode, String... paths) throws IOException {
        ImportResult r = new Importer(1).read(List.of(paths), ImportOptions.defaults(), ImportProgress.NONE);
        return catalog().write(r.series(), mode, ErrorPolicy.REJECT.toString(), clock);
    }

    @Test
    void storesAndLoadsASeriesWithItsFacts() throws IOException {
        Path f = Fixtures.daily(tmp.resolve("in"), "aaa.us.txt", LocalDate.of(2024, 1, 2), 10);
        List<Written> w = importInto(WriteMode.CREATE, f.toString());

        assertThat(w).singleElement().satisfies(x -> {
            assertThat(x.action()).isEqualTo("created");
            assertThat(x.rowsAdded()).isEqualTo(10);
        });
        SeriesEntry e = catalog().get(AAA).orElseThrow();
        assertThat(e.rows()).isEqualTo(10);
        assertThat(e.zone()).isEqualTo("America/New_York");
        assertThat(e.calendar()).isEqualTo("nyse");
        assertThat(e.priceScale()).isEqualTo(1); // 99.5 needs one decimal
        assertThat(e.updatedAt()).isEqualTo("2023-11-14T22:13:20Z");
        // 2024-01-02 .. 2024-01-15 are ten weekdays, and 2024-01-15 is Martin Luther King Day: one bar off calendar.
        assertThat(e.validation().gaps().offCalendarPoints()).isEqualTo(1);
        BarSeries bars = BarSeries.of(catalog().load(e));
        assertThat(bars.close()).containsExactly(1000, 1010, 1020, 1030, 1040, 1050, 1060, 1070, 1080, 1090);
        assertThat(bars.volume()[9]).isEqualTo(1009);
    }

    @Test
    void refusesAReimportWithoutReplaceOrAppendAndChangesNothing() throws IOException {
        Path f = Fixtures.daily(tmp.resolve("in"), "aaa.us.txt", LocalDate.of(2024, 1, 2), 10);
        importInto(WriteMode.CREATE, f.toString());
        Map<String, String> before = CatalogSnapshot.of(catalog().root());

        assertThatThrownBy(() -> importInto(WriteMode.CREATE, f.toString()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("AAA 1d bars is already in the catalog (10 rows 2024-01-02..2024-01-15)")
                .hasMessageContaining("--replace").hasMessageContaining("--append").hasMessageContaining("Nothing was imported");
        assertThat(CatalogSnapshot.of(catalog().root())).isEqualTo(before);
    }

    @Test
    void replaceWritesANewFileAndSweepsTheOldOne() throws IOException {
        Path f = Fixtures.daily(tmp.resolve("in"), "aaa.us.txt", LocalDate.of(2024, 1, 2), 10);
        importInto(WriteMode.CREATE, f.toString());
        String oldFile = catalog().get(AAA).orElseThrow().file();
        Path g = Fixtures.daily(tmp.resolve("in2"), "aaa.us.txt", LocalDate.of(2024, 1, 2), 4);

        assertThat(importInto(WriteMode.REPLACE, g.toString())).singleElement()
                .satisfies(x -> assertThat(x.action()).isEqualTo("replaced"));
        SeriesEntry e = catalog().get(AAA).orElseThrow();
        assertThat(e.rows()).isEqualTo(4);
        assertThat(e.file()).isNotEqualTo(oldFile);
        assertThat(catalog().root().resolve("series").resolve(oldFile)).doesNotExist();
        try (var files = Files.list(catalog().root().resolve("series"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void appendAddsNewerRowsAndSkipsIdenticalOnes() throws IOException {
        Path first = Fixtures.daily(tmp.resolve("a"), "aaa.us.txt", LocalDate.of(2024, 1, 2), 5);
        importInto(WriteMode.CREATE, first.toString());
        // The same first five bars and five more: the overlap repeats the stored rows exactly.
        Path longer = Fixtures.daily(tmp.resolve("b"), "aaa.us.txt", LocalDate.of(2024, 1, 2), 10);

        assertThat(importInto(WriteMode.APPEND, longer.toString())).singleElement().satisfies(x -> {
            assertThat(x.action()).isEqualTo("appended");
            assertThat(x.identicalSkipped()).isEqualTo(5);
            assertThat(x.rowsAdded()).isEqualTo(5);
        });
        SeriesEntry e = catalog().get(AAA).orElseThrow();
        assertThat(e.rows()).isEqualTo(10);
        assertThat(e.sources()).hasSize(2);
        assertThat(BarSeries.of(catalog().load(e)).close()[9]).isEqualTo(1090);
    }

    @Test
    void appendRefusesAnOverlapThatDiffersAndExplainsWhere() throws IOException {
        Path first = Fixtures.daily(tmp.resolve("a"), "aaa.us.txt", LocalDate.of(2024, 1, 2), 5);
        importInto(WriteMode.CREATE, first.toString());
        Map<String, String> before = CatalogSnapshot.of(catalog().root());
        String changed = Files.readString(Fixtures.daily(tmp.resolve("b"), "aaa.us.txt", LocalDate.of(2024, 1, 2), 8))
                .replace("2024-01-08,103.5,105,103,104,1004", "2024-01-08,103.5,105,103,104.25,1004");
        Path f = Fixtures.write(tmp.resolve("c").resolve("aaa.us.txt"), changed);

        assertThatThrownBy(() -> importInto(WriteMode.APPEND, f.toString()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("overlaps the stored rows in 2024-01-02T05:00:00Z..2024-01-08T05:00:00Z")
                .hasMessageContaining("differs from them at 2024-01-08T05:00:00Z in column close");
        assertThat(CatalogSnapshot.of(catalog().root())).isEqualTo(before);
    }

    @Test
    void aBadRowAtTheEndOfTheLastFileLeavesTheCatalogExactlyAsBefore() throws IOException {
        Path keep = Fixtures.daily(tmp.resolve("old"), "old.us.txt", LocalDate.of(2024, 1, 2), 3);
        importInto(WriteMode.CREATE, keep.toString());
        Map<String, String> before = CatalogSnapshot.of(catalog().root());
        Path dir = tmp.resolve("batch");
        Fixtures.daily(dir, "good.us.txt", LocalDate.of(2024, 1, 2), 50);
        String bad = Files.readString(Fixtures.daily(dir, "zzz.us.txt", LocalDate.of(2024, 1, 2), 50)) + "2024-04-01,1,2,3,1.5,10,0\n";
        Fixtures.write(dir.resolve("zzz.us.txt"), bad);

        assertThatThrownBy(() -> importInto(WriteMode.CREATE, dir.toString()))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("zzz.us.txt:52:14: high 2.0 is below low 3.0").hasMessageContaining("nothing was imported");
        assertThat(CatalogSnapshot.of(catalog().root())).isEqualTo(before);
    }

    /** A reader that listed the catalog before a writer replaced a series still gets rows: the current ones. */
    @Test
    void aStaleEntryLoadsTheCurrentVersionOfItsSeries() throws IOException {
        Path f = Fixtures.daily(tmp.resolve("in"), "aaa.us.txt", LocalDate.of(2024, 1, 2), 10);
        importInto(WriteMode.CREATE, f.toString());
        SeriesEntry stale = catalog().get(AAA).orElseThrow();
        importInto(WriteMode.REPLACE, Fixtures.daily(tmp.resolve("in2"), "aaa.us.txt", LocalDate.of(2024, 1, 2), 4)
                .toString());

        assertThat(catalog().root().resolve("series").resolve(stale.file())).doesNotExist();
        assertThat(catalog().load(stale).rows()).isEqualTo(4);
    }

    @Test
    void aDamagedSeriesFileIsRefusedOnLoad() throws IOException {
        Path f = Fixtures.daily(tmp.resolve("in"), "aaa.us.txt", LocalDate.of(2024, 1, 2), 10);
        importInto(WriteMode.CREATE, f.toString());
        SeriesEntry e = catalog().get(AAA).orElseThrow();
        Path file = catalog().root().resolve("series").resolve(e.file());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 20] ^= 0x40; // inside the last column
        Files.write(file, bytes);

        assertThatThrownBy(() -> catalog().load(e)).isInstanceOf(CorruptSeriesFileException.class)
                .hasMessageContaining("fails its checksum");
    }

    @Test
    void writersInOneJvmQueueRatherThanCollide() throws Exception {
        List<Path> files = List.of(
                Fixtures.daily(tmp.resolve("p"), "p1.us.txt", LocalDate.of(2024, 1, 2), 20),
                Fixtures.daily(tmp.resolve("p"), "p2.us.txt", LocalDate.of(2024, 1, 2), 20),
                Fixtures.daily(tmp.resolve("p"), "p3.us.txt", LocalDate.of(2024, 1, 2), 20),
                Fixtures.daily(tmp.resolve("p"), "p4.us.txt", LocalDate.of(2024, 1, 2), 20));
        Files.createDirectories(tmp.resolve("ws"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Written>>> done = files.stream()
                    .map(f -> pool.submit(() -> importInto(WriteMode.CREATE, f.toString()))).toList();
            for (Future<List<Written>> d : done) {
                assertThat(d.get()).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(catalog().list()).extracting(SeriesEntry::symbol).containsExactly("P1", "P2", "P3", "P4");
    }
}
