package io.sextant.data.catalog;

import io.sextant.core.time.TestClock;
import io.sextant.data.importer.ImportOptions;
import io.sextant.data.importer.ImportProgress;
import io.sextant.data.importer.Importer;
import io.sextant.data.testing.CatalogSnapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An import interrupted at any point, by a crash at each step of the commit or by SIGKILL at a random moment, leaves
 * the catalog a reader sees exactly as it was, or (once the index is renamed) exactly the new one; the next write
 * sweeps whatever the interrupted one left behind.
 */
class CatalogCrashTest {
    @TempDir
    Path tmp;

    private Path workspace() {
        return tmp.resolve("ws");
    }

    private Catalog catalog() {
        return Catalog.at(workspace());
    }

    /** A catalog holding OLD (5 bars) and KEEP (5 bars). */
    private void seed() throws IOException {
        Path dir = tmp.resolve("seed");
        Fixtures.daily(dir, "old.us.txt", LocalDate.of(2024, 1, 2), 5);
        Fixtures.daily(dir, "keep.us.txt", LocalDate.of(2024, 1, 2), 5);
        var r = new Importer(1).read(List.of(dir.toString()), ImportOptions.defaults(), ImportProgress.NONE);
        catalog().write(r.series(), WriteMode.CREATE, "reject", new TestClock(0));
    }

    /** New data: OLD replaced by 40 bars, NEW added with 40 bars. */
    private List<String> update() {
        Path dir = tmp.resolve("update");
        Fixtures.daily(dir, "old.us.txt", LocalDate.of(2024, 1, 2), 40);
        Fixtures.daily(dir, "new.us.txt", LocalDate.of(2024, 1, 2), 40);
        return List.of(dir.toString());
    }

    private int runChild(List<String> jvmOptions, List<String> inputs, long killAfterMillis) throws Exception {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(CrashWriter.class.getName());
        cmd.add(workspace().toString());
        cmd.addAll(inputs);
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        if (killAfterMillis >= 0 && !p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
        }
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("child finished").isTrue();
        return p.exitValue();
    }

    @ParameterizedTest(name = "halted {0}")
    @ValueSource(strings = {FaultPoints.AFTER_STAGING, FaultPoints.AFTER_MOVE, FaultPoints.BEFORE_INDEX})
    void aCrashBeforeTheIndexIsRenamedLeavesTheOldCatalog(String point) throws Exception {
        seed();
        Map<String, String> before = CatalogSnapshot.visible(catalog().root());

        int exit = runChild(List.of("-Dsextant.crashAt=" + point), update(), -1);

        assertThat(exit).as(Files.readString(tmp.resolve("child.log"))).isEqualTo(86);
        assertThat(CatalogSnapshot.visible(catalog().root())).isEqualTo(before);
        assertThat(catalog().list()).extracting(SeriesEntry::symbol, SeriesEntry::rows)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("KEEP", 5L), org.assertj.core.groups.Tuple.tuple("OLD", 5L));
        sweptByTheNextWrite();
    }

    @Test
    void aCrashRightAfterTheIndexIsRenamedLeavesTheCompleteNewCatalog() throws Exception {
        seed();

        int exit = runChild(List.of("-Dsextant.crashAt=" + FaultPoints.AFTER_INDEX), update(), -1);

        assertThat(exit).isEqualTo(86);
        assertThat(catalog().list()).extracting(SeriesEntry::symbol, SeriesEntry::rows).containsExactly(
                org.assertj.core.groups.Tuple.tuple("KEEP", 5L), org.assertj.core.groups.Tuple.tuple("NEW", 40L),
                org.assertj.core.groups.Tuple.tuple("OLD", 40L));
        for (SeriesEntry e : catalog().list()) {
            assertThat(catalog().load(e).rows()).isEqualTo((int) e.rows());
        }
        sweptByTheNextWrite();
    }

    @Test
    void sigkillAtRandomMomentsNeverLeavesAHalfWrittenCatalog() throws Exception {
        // A larger import, so that kills land in reading, writing and committing.
        Path dir = tmp.resolve("big");
        for (String s : List.of("old", "b1", "b2", "b3")) {
            Fixtures.daily(dir, s + ".us.txt", LocalDate.of(1900, 1, 1), 60_000);
        }
        seed();
        Map<String, String> before = CatalogSnapshot.visible(catalog().root());
        Random random = new Random(20261123L);
        int oldSeen = 0;
        int newSeen = 0;
        // Round 0 is killed before the JVM can have read anything; the last round is not killed at all.
        long[] delays = {50, 150 + random.nextInt(1500), 150 + random.nextInt(1500), 150 + random.nextInt(1500),
                150 + random.nextInt(1500), -1};
        for (long delay : delays) {
            runChild(List.of(), List.of(dir.toString()), delay);
            Map<String, String> now = CatalogSnapshot.visible(catalog().root());
            if (now.equals(before)) {
                oldSeen++;
                continue;
            }
            // Otherwise the import committed: every series it wrote is complete.
            newSeen++;
            assertThat(catalog().list()).extracting(SeriesEntry::symbol)
                    .containsExactly("B1", "B2", "B3", "KEEP", "OLD");
            for (SeriesEntry e : catalog().list()) {
                assertThat(catalog().load(e).rows()).isEqualTo((int) e.rows());
                assertThat(e.rows()).isIn(5L, 60_000L);
            }
            before = now;
        }
        assertThat(oldSeen).as("rounds that left the old catalog").isGreaterThanOrEqualTo(1);
        assertThat(newSeen).as("rounds that committed").isGreaterThanOrEqualTo(1);
        sweptByTheNextWrite();
    }

    /** After any interruption, the next write leaves no staging folder and no file the index does not name. */
    private void sweptByTheNextWrite() throws IOException {
        Path dir = tmp.resolve("later");
        Fixtures.daily(dir, "later.us.txt", LocalDate.of(2024, 1, 2), 3);
        var r = new Importer(1).read(List.of(dir.toString()), ImportOptions.defaults(), ImportProgress.NONE);
        catalog().write(r.series(), WriteMode.REPLACE, "reject", new TestClock(0));
        assertThat(catalog().root().resolve("staging")).doesNotExist();
        assertThat(CatalogSnapshot.of(catalog().root())).isEqualTo(CatalogSnapshot.visible(catalog().root()));
    }
}
