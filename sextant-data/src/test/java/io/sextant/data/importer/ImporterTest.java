package io.sextant.data.importer;

import static io.sextant.data.testing.Imports.NEW_YORK;
import static io.sextant.data.testing.Imports.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.core.data.Timeframe;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging the sources of one series, and what the importer refuses. */
class ImporterTest {
    @TempDir
    Path tmp;

    private static final String HEADER = "Date,Open,High,Low,Close,Volume,OpenInt\n";

    @Test
    void overlappingFilesOfOneSeriesAreRefusedNamingBoth() {
        Path a = Imports.write(tmp.resolve("a/xyz.us.txt"), HEADER + "2024-01-02,1,1,1,1,10,0\n2024-01-03,1,1,1,1,10,0\n"
                + "2024-01-04,1,1,1,1,10,0\n");
        Path b = Imports.write(tmp.resolve("b/xyz.us.txt"), HEADER + "2024-01-04,1,1,1,1,10,0\n2024-01-05,1,1,1,1,10,0\n");

        assertThatThrownBy(() -> Imports.read(b, a)).isInstanceOf(BadInputException.class)
                .hasMessage("XYZ bars: " + a + " and " + b + " overlap in time: the first ends at 2024-01-04T05:00:00Z, "
                        + "the second starts at 2024-01-04T05:00:00Z; import them separately with --replace or --append");
    }

    @Test
    void filesThatMeetWithoutOverlapAreJoinedInTimeOrder() {
        Path a = Imports.write(tmp.resolve("a/xyz.us.txt"), HEADER + "2024-01-02,1,1,1,1,10,0\n2024-01-03,2,2,2,2,10,0\n");
        Path b = Imports.write(tmp.resolve("b/xyz.us.txt"), HEADER + "2024-01-04,3,3,3,3,10,0\n2024-01-05,4,4,4,4,10,0\n");

        ImportedSeries s = Imports.one(b, a);
        assertThat(s.data().rows()).isEqualTo(4);
        assertThat(s.sources()).extracting(SourceRef::file).containsExactly(a.toString(), b.toString());
        assertThat(Imports.value(s.data(), "close", 3)).isEqualByComparingTo("4");
    }

    /** Two LEAN minute files of consecutive days, given newest first, make one series in time order. */
    @Test
    void consecutiveLeanMinuteDaysAreMergedInTimeOrder() {
        Path day1 = SharedData.file("equities-intraday/lean-usa-minute/spy/20131007_trade.zip");
        Path day2 = SharedData.file("equities-intraday/lean-usa-minute/spy/20131008_trade.zip");
        ImportedSeries s = Imports.one(day2, day1);

        assertThat(s.key()).isEqualTo(new SeriesKey("SPY", SeriesKind.BARS, Timeframe.MINUTE_1));
        int rows1 = SharedData.zippedLines(day1).size();
        int rows2 = SharedData.zippedLines(day2).size();
        assertThat(s.data().rows()).isEqualTo(rows1 + rows2);
        assertThat(s.sources()).extracting(SourceRef::file).containsExactly(
                day1 + "!20131007_spy_minute_trade.csv", day2 + "!20131008_spy_minute_trade.csv");
        assertThat(s.sources()).extracting(SourceRef::rows).containsExactly(rows1, rows2);
        long[] t = s.data().times();
        for (int i = 1; i < t.length; i++) {
            assertThat(t[i]).isGreaterThan(t[i - 1]);
        }
        assertThat(t[rows1 - 1]).isLessThan(at("2013-10-08T00:00", NEW_YORK));
        assertThat(t[rows1]).isEqualTo(at("2013-10-08T04:00", NEW_YORK));
        SeriesData first = Imports.one(day1).data();
        assertThat(Imports.value(s.data(), "close", rows1 - 1)).isEqualByComparingTo(Imports.value(first, "close", rows1 - 1));
    }

    @Test
    void tickFilesMayShareTheirBoundaryTimestamp() {
        Path a = Imports.write(tmp.resolve("a/t.csv"), "time,price,size\n2024-01-02T10:00:00Z,1,1\n2024-01-02T10:00:01Z,2,1\n");
        Path b = Imports.write(tmp.resolve("b/t.csv"), "time,price,size\n2024-01-02T10:00:01Z,3,1\n2024-01-02T10:00:02Z,4,1\n");
        ImportedSeries s = Imports.one(a, b);
        assertThat(s.key()).isEqualTo(new SeriesKey("T", SeriesKind.TRADES, null));
        assertThat(s.data().rows()).isEqualTo(4);
        assertThat(Imports.value(s.data(), "price", 2)).isEqualByComparingTo("3");
    }

    @Test
    void barsWhoseSpacingMatchesNoTimeframeNeedOneGiven() {
        Path file = Imports.write(tmp.resolve("odd.csv"), """
                time,close
                2024-01-02 10:00,1
                2024-01-02 10:07,2
                2024-01-02 10:18,3
                2024-01-02 10:31,4
                """);
        assertThatThrownBy(() -> Imports.read(file)).isInstanceOf(BadInputException.class)
                .hasMessage("ODD bars: cannot tell the bar timeframe from the spacing of the bars in " + file
                        + "; give it with --timeframe (e.g. 1m, 1h, 1d)");
        // With the timeframe given, each bar closes at the end of its own period.
        ImportedSeries s = Imports.one(ImportOptions.defaults().withTimeframe(Timeframe.MINUTE_1), file);
        assertThat(s.key().timeframe()).isEqualTo(Timeframe.MINUTE_1);
        assertThat(s.data().longs("ts_close").values()[1]).isEqualTo(Imports.utc("2024-01-02T10:08:00Z"));
        // A timeframe coarser than the data is refused, naming the two bars that share a period.
        assertThatThrownBy(() -> Imports.read(ImportOptions.defaults().withTimeframe(Timeframe.HOUR_1), file))
                .isInstanceOf(BadInputException.class)
                .hasMessage("ODD bars: bars at 2024-01-02T10:00:00Z and 2024-01-02T10:07:00Z fall in the same 1h period; "
                        + "the data is finer than 1h (give the right --timeframe)");
    }

    /**
     * Line 4 breaks a value rule, so it does not set the time order: line 5 (2024-01-03) is judged against line 2, the
     * last good row, and is fine. (A garbled row with a far-future time must not make every later row "backwards".)
     */
    @Test
    void badRowsRejectTheWholeImportNamingFileLineAndColumn() {
        Path file = Imports.write(tmp.resolve("bad.us.txt"), HEADER + "2024-01-02,1,2,0.5,1.5,10,0\n"
                + "2024-01-03,1,2,0.5,x,10,0\n2024-01-04,1,0.9,0.5,0.8,10,0\n2024-01-03,1,2,0.5,1.5,10,0\n"
                + "2024-01-02,1,2,0.5,1.5,10,0\n");
        assertThatThrownBy(() -> Imports.read(file)).isInstanceOf(BadInputException.class).satisfies(e -> {
            BadInputException b = (BadInputException) e;
            assertThat(b.problemCount()).isEqualTo(3);
            assertThat(b.getMessage()).startsWith("import rejected: 3 bad rows in 1 file; nothing was imported.");
            assertThat(b.problems()).extracting(p -> p.where().line()).containsExactly(3, 4, 6);
            assertThat(b.problems().get(0).toString()).contains(file + ":3:").contains("close 'x'");
            assertThat(b.problems().get(1).toString()).isEqualTo(file + ":4:12: open 1.0 is outside low..high 0.5..0.9");
            assertThat(b.problems().get(2).toString()).contains(file + ":6:1: time goes backwards")
                    .contains("(line 5)");
        });
        ImportedSeries dropped = Imports.one(ImportOptions.defaults()
                .withOnError(io.sextant.data.validate.ErrorPolicy.DROP), file);
        assertThat(dropped.data().rows()).isEqualTo(2);
        assertThat(dropped.log().droppedCount()).isEqualTo(3);
    }

    @Test
    void documentationInAFolderIsSkippedAndListed() {
        Imports.write(tmp.resolve("d/xyz.us.txt"), HEADER + "2024-01-02,1,1,1,1,10,0\n2024-01-03,1,1,1,1,10,0\n");
        Imports.write(tmp.resolve("d/README.md"), "# notes\n");
        Imports.write(tmp.resolve("d/.hidden.csv"), "junk\n");
        ImportResult r = Imports.read(tmp.resolve("d"));
        assertThat(r.sources()).isEqualTo(1);
        assertThat(r.skipped()).containsExactly(tmp.resolve("d/README.md") + " (documentation)");
        assertThatThrownBy(() -> Imports.read(tmp.resolve("nope.csv"))).isInstanceOf(BadInputException.class)
                .hasMessage(tmp.resolve("nope.csv") + ": no such file or folder");
        assertThatThrownBy(() -> Imports.read(ImportOptions.defaults().withCalendar("lse"), tmp.resolve("d")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("lse");
        assertThat(List.of(r.series().getFirst().key().symbol())).containsExactly("XYZ");
    }
}
