package io.sextant.data.importer;

import static io.sextant.data.series.ColumnNames.*;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.data.series.LongColumnBuilder;
import io.sextant.data.series.SeriesBuilder;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.validate.ErrorPolicy;
import io.sextant.data.validate.Location;
import io.sextant.data.validate.Problem;
import io.sextant.data.validate.ProblemLog;
import io.sextant.data.validate.Rule;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeriesAssemblerTest {

    private static final Source SOURCE = new Source(Path.of("data/spy.csv"), null, "data/spy.csv", -1);
    /** The CSV columns the test rows come from: time, open, high, low, close, volume. */
    private static final Map<String, Integer> COLUMN_OF = Map.of(TS_OPEN, 1, OPEN, 12, HIGH, 18, LOW, 24, CLOSE, 30,
            VOLUME, 36);

    private final ProblemLog log = new ProblemLog();

    private SeriesAssembler assembler(ErrorPolicy policy) {
        return new SeriesAssembler(SOURCE, SeriesKind.BARS, Set.of(VOLUME), policy, log, 8);
    }

    /**
     * Reads one bar row of text fields as a layout reader does: time first, then each decimal; a
     * field that cannot be read rejects the row, otherwise the row is ended.
     */
    private static void row(SeriesAssembler a, int line, long ts, String o, String h, String l, String c, String v) {
        SeriesBuilder b = a.builder();
        b.longs(TS_OPEN).add(ts);
        b.longs(TS_CLOSE).add(ts + 60);
        String[] texts = {o, h, l, c, v};
        String[] names = {OPEN, HIGH, LOW, CLOSE, VOLUME};
        for (int k = 0; k < 5; k++) {
            byte[] bytes = texts[k].getBytes(US_ASCII);
            if (!a.decimal(b.longs(names[k]), bytes, 0, bytes.length, 0, line, COLUMN_OF.get(names[k]))) {
                return;
            }
        }
        a.endRow(line, name -> COLUMN_OF.getOrDefault(name, 0));
    }

    private static void good(SeriesAssembler a, int line, long ts) {
        row(a, line, ts, "10.5", "11", "10", "10.75", "100");
    }

    private static long[] column(SeriesAssembler a, String name) {
        return a.builder().build().longs(name).values();
    }

    @Test
    void goodRowsAreKept() {
        SeriesAssembler a = assembler(ErrorPolicy.REJECT);
        good(a, 2, 100);
        good(a, 3, 200);
        assertThat(a.builder().rows()).isEqualTo(2);
        assertThat(a.firstLine()).isEqualTo(2);
        assertThat(a.lastLine()).isEqualTo(3);
        assertThat(a.stopped()).isFalse();
        assertThat(a.source()).isEqualTo(SOURCE);
        SeriesData d = a.builder().build();
        assertThat(d.longs(CLOSE).scale()).isEqualTo(2);
        assertThat(d.longs(CLOSE).values()).containsExactly(1075, 1075);
        assertThat(log.errorCount() + log.droppedCount() + log.flaggedCount()).isZero();
    }

    @Test
    void rejectLogsAnErrorWithFileLineAndColumnAndAbortsTheRow() {
        SeriesAssembler a = assembler(ErrorPolicy.REJECT);
        good(a, 2, 100);
        row(a, 3, 200, "10.5", "9", "10", "10.75", "100"); // high below low
        row(a, 4, 300, "10.5", "11", "x", "10.75", "100"); // unreadable low
        good(a, 5, 400);
        assertThat(a.builder().rows()).isEqualTo(2);
        assertThat(column(a, TS_OPEN)).containsExactly(100, 400);
        assertThat(log.errorCount()).isEqualTo(2);
        assertThat(log.errors()).containsExactly(
                new Problem(new Location("data/spy.csv", 3, 18), Rule.OHLC, "high 9.00 is below low 10.00"),
                new Problem(new Location("data/spy.csv", 4, 24), Rule.PARSE, "low 'x' is not a number"));
        assertThat(log.errors().getFirst()).hasToString("data/spy.csv:3:18: high 9.00 is below low 10.00");
        assertThat(log.droppedCount()).isZero();
    }

    @Test
    void rejectStopsAfterTwentyErrors() {
        SeriesAssembler a = assembler(ErrorPolicy.REJECT);
        int line = 1;
        while (!a.stopped()) {
            row(a, ++line, line, "-1", "11", "10", "10.75", "100");
            assertThat(line).isLessThan(100);
        }
        assertThat(log.errorCount()).isEqualTo(SeriesAssembler.MAX_ERRORS_PER_SOURCE).isEqualTo(20);
        assertThat(a.builder().rows()).isZero();
    }

    @Test
    void dropLeavesTheRowOutAndSaysWhereAndWhy() {
        SeriesAssembler a = assembler(ErrorPolicy.DROP);
        good(a, 2, 100);
        row(a, 3, 200, "10.5", "11", "10", "12", "100");   // close above high: storable, still dropped
        row(a, 4, 100, "10.5", "11", "10", "10.75", "100"); // duplicate time
        row(a, 5, 300, "10.5", "11", "10", "10.75", "");     // empty volume
        good(a, 6, 400);
        for (int i = 0; i < 30; i++) {
            row(a, 7 + i, 500 + i, "0", "11", "10", "10.75", "100");
        }
        assertThat(a.stopped()).isFalse();
        assertThat(column(a, TS_OPEN)).containsExactly(100, 400);
        assertThat(log.errorCount()).isZero();
        assertThat(log.droppedCount()).isEqualTo(33);
        assertThat(log.dropped().subList(0, 3)).extracting(p -> p.where().toString(), Problem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("data/spy.csv:3:30", Rule.OHLC),
                org.assertj.core.groups.Tuple.tuple("data/spy.csv:4:1", Rule.DUPLICATE_TIME),
                org.assertj.core.groups.Tuple.tuple("data/spy.csv:5:36", Rule.PARSE));
        assertThat(log.dropped().get(2).message()).isEqualTo("volume '' is empty");
        assertThat(a.lastLine()).isEqualTo(6);
    }

    /** Under drop a row with bad values is left out, so it must not decide the time order of the rows after it. */
    @Test
    void aDroppedRowDoesNotSetTheTimeOrder() {
        SeriesAssembler a = assembler(ErrorPolicy.DROP);
        good(a, 2, 100);
        row(a, 3, 9_999, "10.5", "9", "10", "10.75", "100"); // a garbled row: wrong time and high below low
        good(a, 4, 200);
        good(a, 5, 300);
        assertThat(column(a, TS_OPEN)).containsExactly(100, 200, 300);
        assertThat(log.dropped()).extracting(p -> p.where().line(), Problem::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, Rule.OHLC));
    }

    @Test
    void underRejectErrorsAfterABadRowAreJudgedAgainstTheLastGoodRow() {
        SeriesAssembler a = assembler(ErrorPolicy.REJECT);
        good(a, 2, 100);
        row(a, 3, 9_999, "10.5", "9", "10", "10.75", "100");
        good(a, 4, 200);
        assertThat(log.errors()).extracting(p -> p.where().line()).containsExactly(3);
    }

    @Test
    void flagKeepsStorableViolationsAndDropsTheRest() {
        SeriesAssembler a = assembler(ErrorPolicy.FLAG);
        good(a, 2, 100);
        row(a, 3, 200, "10.5", "11", "10", "12", "100");    // close above high: kept, flagged
        row(a, 4, 300, "10.5", "11", "10", "10.75", "-5");  // negative volume: kept, flagged
        row(a, 5, 250, "10.5", "11", "10", "10.75", "100"); // time backwards: dropped
        row(a, 6, 300, "10.5", "11", "10", "10.75", "100"); // duplicate of the flagged line 4: dropped
        row(a, 7, 400, "10.5", "11", "10", "NaN", "100");   // unreadable: dropped
        good(a, 8, 500);
        assertThat(column(a, TS_OPEN)).containsExactly(100, 200, 300, 500);
        assertThat(column(a, CLOSE)).containsExactly(1075, 1200, 1075, 1075);
        assertThat(column(a, VOLUME)).containsExactly(100, 100, -5, 100);
        assertThat(log.flagged()).extracting(p -> p.where().line(), Problem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, Rule.OHLC),
                org.assertj.core.groups.Tuple.tuple(4, Rule.NEGATIVE_VOLUME));
        assertThat(log.dropped()).extracting(p -> p.where().line(), Problem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple(5, Rule.TIME_BACKWARDS),
                org.assertj.core.groups.Tuple.tuple(6, Rule.DUPLICATE_TIME),
                org.assertj.core.groups.Tuple.tuple(7, Rule.PARSE));
        assertThat(log.dropped().get(2).message()).isEqualTo("close 'NaN' is NaN");
        assertThat(log.errorCount()).isZero();
        assertThat(a.stopped()).isFalse();
        assertThat(a.firstLine()).isEqualTo(2);
        assertThat(a.lastLine()).isEqualTo(8);
    }

    @Test
    void roundedValuesAreCounted() {
        SeriesAssembler a = assembler(ErrorPolicy.REJECT);
        // 16.65999984741211 has 14 decimals: rounded half-even to 16.659999847.
        row(a, 2, 100, "16.65999984741211", "17", "16", "16.5", "1");
        assertThat(log.roundedValues()).isEqualTo(1);
        assertThat(a.builder().build().longs(OPEN).values()).containsExactly(16_659_999_847L);
    }

    @Test
    void aShiftAddsDecimals() {
        // LEAN prices are deci-cents: 1234500 with 4 more decimals is 123.45.
        SeriesAssembler a = assembler(ErrorPolicy.REJECT);
        SeriesBuilder b = a.builder();
        b.longs(TS_OPEN).add(1);
        byte[] text = "1234500".getBytes(US_ASCII);
        assertThat(a.decimal(b.longs(OPEN), text, 0, text.length, 4, 2, 5)).isTrue();
        assertThat(b.longs(OPEN).scale()).isEqualTo(4);
        assertThat(b.longs(OPEN).last()).isEqualTo(1_234_500);
        // 0.000001 shifted by 4 needs 10 decimals: refused, not rounded.
        byte[] tiny = "0.000001".getBytes(US_ASCII);
        assertThat(a.decimal(b.longs(HIGH), tiny, 0, tiny.length, 4, 2, 9)).isFalse();
        assertThat(log.errors().getLast().where()).isEqualTo(new Location("data/spy.csv", 2, 9));
        assertThat(log.errors().getLast().message()).contains("more than 9 decimals");
        assertThat(b.longs(OPEN).size()).isZero(); // the row was aborted
    }

    @Test
    void aValueTooLargeForTheColumnIsRejected() {
        SeriesAssembler a = assembler(ErrorPolicy.REJECT);
        SeriesBuilder b = a.builder();
        LongColumnBuilder open = b.longs(OPEN);
        b.longs(TS_OPEN).add(1);
        byte[] nine = "0.000000001".getBytes(US_ASCII);
        assertThat(a.decimal(open, nine, 0, nine.length, 0, 2, 12)).isTrue(); // the price group is at 9 decimals
        b.abortRow();
        byte[] big = "10000000000".getBytes(US_ASCII); // 10^10 at 9 decimals is past 64 bits
        b.longs(TS_OPEN).add(2);
        assertThat(a.decimal(open, big, 0, big.length, 0, 3, 12)).isFalse();
        assertThat(log.errors().getLast().message()).isEqualTo("open is too large for a 64-bit fixed-point value at 9 decimals");
        byte[] huge = "1e300".getBytes(US_ASCII);
        b.longs(TS_OPEN).add(3);
        assertThat(a.decimal(open, huge, 0, huge.length, 0, 4, 12)).isFalse();
        assertThat(log.errors().getLast().message()).isEqualTo("open '1e300' is too large for a 64-bit fixed-point value");
    }

    /** A value whose decimals would push an earlier kept value past 64 bits is dropped, and the kept rows stay exact. */
    @Test
    void aRowThatCannotBeStoredAtAHigherScaleLeavesTheKeptRowsAsTheyWere() {
        SeriesAssembler a = assembler(ErrorPolicy.DROP);
        row(a, 2, 100, "1", "930000000000000000", "1", "1", "1");
        row(a, 3, 200, "1.5", "2", "1", "2", "1"); // needs 1 decimal: 9.3 x 10^18 does not fit
        row(a, 4, 300, "2", "3", "1", "2", "1");
        SeriesData d = a.builder().build();
        assertThat(d.longs(OPEN).scale()).isZero();
        assertThat(d.longs(OPEN).values()).containsExactly(1, 2);
        assertThat(d.longs(HIGH).values()).containsExactly(930_000_000_000_000_000L, 3);
        assertThat(log.dropped()).extracting(p -> p.where().toString()).containsExactly("data/spy.csv:3:12");
    }

    @Test
    void problemsInWholeRowsHaveNoColumn() {
        SeriesAssembler a = assembler(ErrorPolicy.DROP);
        a.builder().longs(TS_OPEN).add(1);
        a.reject(9, 0, Rule.PARSE, "expected 6 fields, found 2");
        assertThat(log.dropped()).containsExactly(new Problem(new Location("data/spy.csv", 9, 0), Rule.PARSE,
                "expected 6 fields, found 2"));
        assertThat(log.dropped().getFirst()).hasToString("data/spy.csv:9: expected 6 fields, found 2");
        assertThat(a.builder().longs(TS_OPEN).size()).isZero();
        assertThat(List.of(a.firstLine(), a.lastLine())).containsExactly(0, 0);
    }
}
