package io.sextant.data.validate;

import static io.sextant.data.series.ColumnNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.data.series.SeriesBuilder;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.validate.RowChecker.Violation;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RowCheckerTest {

    private final SeriesBuilder bars = new SeriesBuilder(SeriesKind.BARS, Set.of(VOLUME), 4);
    private final RowChecker barChecker = new RowChecker(bars);
    private int line = 1;

    /** Appends a bar (prices in cents) and checks it; commits it if it passes or its violation is storable. */
    private Violation bar(long ts, long o, long h, long l, long c, long v) {
        bars.longs(TS_OPEN).add(ts);
        bars.longs(TS_CLOSE).add(ts + 60);
        bars.longs(OPEN).addDecimal(o, 2);
        bars.longs(HIGH).addDecimal(h, 2);
        bars.longs(LOW).addDecimal(l, 2);
        bars.longs(CLOSE).addDecimal(c, 2);
        bars.longs(VOLUME).addDecimal(v, 0);
        Violation violation = barChecker.check(bars.rows(), line++);
        if (violation == null || violation.rule().storable()) {
            bars.commitRow();
        } else {
            bars.abortRow();
        }
        return violation;
    }

    @Test
    void aGoodBarPasses() {
        assertThat(bar(100, 1000, 1100, 900, 1050, 5)).isNull();
        assertThat(bar(160, 1050, 1050, 1050, 1050, 0)).isNull(); // flat, zero volume
        assertThat(barChecker.lastTime()).isEqualTo(160);
    }

    @Test
    void barsMustBeStrictlyIncreasingInTime() {
        assertThat(bar(100, 1000, 1100, 900, 1050, 5)).isNull();
        Violation dup = bar(100, 1000, 1100, 900, 1050, 5);
        assertThat(dup.rule()).isEqualTo(Rule.DUPLICATE_TIME);
        assertThat(dup.field()).isEqualTo(TS_OPEN);
        assertThat(dup.message()).contains("duplicate timestamp 1970-01-01T00:00:00.000000100Z").contains("line 1");
        Violation back = bar(99, 1000, 1100, 900, 1050, 5);
        assertThat(back.rule()).isEqualTo(Rule.TIME_BACKWARDS);
        assertThat(back.message()).contains("goes backwards").contains("line 1");
        assertThat(bar(101, 1000, 1100, 900, 1050, 5)).isNull();
    }

    @Test
    void ticksMayShareATimeButNotGoBack() {
        SeriesBuilder trades = new SeriesBuilder(SeriesKind.TRADES, Set.of(), 4);
        RowChecker checker = new RowChecker(trades);
        long[][] rows = {{10, 100, 1}, {10, 101, 2}, {9, 100, 1}, {11, 100, 1}};
        Rule[] expected = {null, null, Rule.TIME_BACKWARDS, null};
        for (int i = 0; i < rows.length; i++) {
            trades.longs(TS).add(rows[i][0]);
            trades.longs(PRICE).addDecimal(rows[i][1], 0);
            trades.longs(SIZE).addDecimal(rows[i][2], 0);
            Violation v = checker.check(trades.rows(), i + 1);
            assertThat(v == null ? null : v.rule()).as("row %d", i).isEqualTo(expected[i]);
            if (v == null) {
                trades.commitRow();
            } else {
                assertThat(v.field()).isEqualTo(TS);
                trades.abortRow();
            }
        }
        assertThat(checker.lastTime()).isEqualTo(11);
    }

    @Test
    void pricesMustBePositive() {
        Violation zero = bar(100, 0, 1100, 0, 1050, 5);
        assertThat(zero.rule()).isEqualTo(Rule.NON_POSITIVE_PRICE);
        assertThat(zero.field()).isEqualTo(OPEN);
        assertThat(zero.message()).isEqualTo("open 0.00 is zero");
        Violation negative = bar(200, 1000, 1100, 900, -5, 5);
        assertThat(negative.field()).isEqualTo(CLOSE);
        assertThat(negative.message()).isEqualTo("close -0.05 is negative");
    }

    /** open, high, low, close (cents), the field blamed, the message */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1000|900|950|920|high|high 9.00 is below low 9.50",
            "1200|1100|900|1050|open|open 12.00 is outside low..high 9.00..11.00",
            "850|1100|900|1050|open|open 8.50 is outside low..high 9.00..11.00",
            "1000|1100|900|1101|close|close 11.01 is outside low..high 9.00..11.00",
            "1000|1100|900|899|close|close 8.99 is outside low..high 9.00..11.00",
    })
    void lowAtMostOpenAndCloseAtMostHigh(long o, long h, long l, long c, String field, String message) {
        Violation v = bar(100, o, h, l, c, 5);
        assertThat(v.rule()).isEqualTo(Rule.OHLC);
        assertThat(v.field()).isEqualTo(field);
        assertThat(v.message()).isEqualTo(message);
    }

    @Test
    void volumeMustNotBeNegative() {
        Violation v = bar(100, 1000, 1100, 900, 1050, -3);
        assertThat(v.rule()).isEqualTo(Rule.NEGATIVE_VOLUME);
        assertThat(v.field()).isEqualTo(VOLUME);
        assertThat(v.message()).isEqualTo("volume -3 is negative");
    }

    @Test
    void quoteSizesMustNotBeNegative() {
        SeriesBuilder quotes = new SeriesBuilder(SeriesKind.QUOTES, Set.of(ASK_SIZE), 1);
        RowChecker checker = new RowChecker(quotes);
        quotes.longs(TS).add(1);
        quotes.longs(BID).addDecimal(100, 0);
        quotes.longs(ASK).addDecimal(101, 0);
        quotes.longs(ASK_SIZE).addDecimal(-15, 1);
        Violation v = checker.check(0, 7);
        assertThat(v.rule()).isEqualTo(Rule.NEGATIVE_VOLUME);
        assertThat(v.message()).isEqualTo("ask_size -1.5 is negative");
    }

    @Test
    void quoteBarsAreCheckedOnBothSides() {
        SeriesBuilder qb = new SeriesBuilder(SeriesKind.QUOTE_BARS, Set.of(), 1);
        RowChecker checker = new RowChecker(qb);
        qb.longs(TS_OPEN).add(0);
        qb.longs(TS_CLOSE).add(60);
        long[] values = {10, 12, 9, 11, 11, 13, 10, 14}; // bid fine; ask close 14 above ask high 13
        String[] names = {BID_OPEN, BID_HIGH, BID_LOW, BID_CLOSE, ASK_OPEN, ASK_HIGH, ASK_LOW, ASK_CLOSE};
        for (int k = 0; k < 8; k++) {
            qb.longs(names[k]).addDecimal(values[k], 0);
        }
        Violation v = checker.check(0, 2);
        assertThat(v.rule()).isEqualTo(Rule.OHLC);
        assertThat(v.field()).isEqualTo(ASK_CLOSE);
        assertThat(v.message()).isEqualTo("ask close 14 is outside ask low..high 10..13");
    }

    @Test
    void aRowWithAStorableViolationStillSetsTheTimeOrderAndAnUnstorableOneDoesNot() {
        assertThat(bar(100, 1000, 1100, 900, 1050, 5)).isNull();
        assertThat(bar(200, 1000, 900, 1100, 1050, 5).rule()).isEqualTo(Rule.OHLC); // kept under flag
        assertThat(barChecker.lastTime()).isEqualTo(200);
        assertThat(bar(150, 1000, 1100, 900, 1050, 5).rule()).isEqualTo(Rule.TIME_BACKWARDS);
        assertThat(barChecker.lastTime()).isEqualTo(200);
        Violation dup = bar(200, 1000, 1100, 900, 1050, 5);
        assertThat(dup.rule()).isEqualTo(Rule.DUPLICATE_TIME);
        assertThat(dup.message()).contains("line 2");
        assertThat(bar(260, 1000, 1100, 900, 1050, 5)).isNull();
    }

    @Test
    void whenFlaggedRowsAreNotKeptOnlyPassingRowsSetTheTimeOrder() {
        SeriesBuilder b = new SeriesBuilder(SeriesKind.TRADES, Set.of(), 4);
        RowChecker checker = new RowChecker(b, false);
        long[][] rows = {{10, 100}, {50, -1}, {20, 100}, {20, 100}, {15, 100}};
        Rule[] expected = {null, Rule.NON_POSITIVE_PRICE, null, null, Rule.TIME_BACKWARDS};
        for (int i = 0; i < rows.length; i++) {
            b.longs(TS).add(rows[i][0]);
            b.longs(PRICE).addDecimal(rows[i][1], 0);
            b.longs(SIZE).addDecimal(1, 0);
            Violation v = checker.check(b.rows(), i + 1);
            assertThat(v == null ? null : v.rule()).as("row %d", i).isEqualTo(expected[i]);
            if (v == null) {
                b.commitRow();
            } else {
                b.abortRow();
            }
        }
        assertThat(checker.lastTime()).isEqualTo(20);
    }

    @Test
    void timeIsCheckedBeforeValues() {
        assertThat(bar(100, 1000, 1100, 900, 1050, 5)).isNull();
        assertThat(bar(50, -1, 1100, 900, 1050, 5).rule()).isEqualTo(Rule.TIME_BACKWARDS);
    }

    @Test
    void whichRulesAreStorable() {
        assertThat(Rule.PARSE.storable()).isFalse();
        assertThat(Rule.TIME_BACKWARDS.storable()).isFalse();
        assertThat(Rule.DUPLICATE_TIME.storable()).isFalse();
        assertThat(Rule.SAME_PERIOD.storable()).isFalse();
        assertThat(Rule.NON_POSITIVE_PRICE.storable()).isTrue();
        assertThat(Rule.OHLC.storable()).isTrue();
        assertThat(Rule.NEGATIVE_VOLUME.storable()).isTrue();
        assertThat(Rule.OHLC).hasToString("ohlc");
        assertThat(Rule.NEGATIVE_VOLUME.code()).isEqualTo("negative-volume");
    }
}
