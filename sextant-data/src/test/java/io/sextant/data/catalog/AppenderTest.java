package io.sextant.data.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The append rules: newer rows are added, identical repeats skipped and counted, anything else refused with the reason. */
class AppenderTest {
    private static final SeriesKey KEY = new SeriesKey("XYZ", SeriesKind.BARS, Timeframe.DAY_1);
    private static final long DAY = Nanos.PER_DAY;
    private static final long T0 = Imports.utc("2024-01-01T00:00:00Z");

    /** Daily bars on days {@code days} (0 = 2024-01-01) with close = 100 + day, or the given closes. */
    private static SeriesData bars(int[] days, long... closes) {
        int n = days.length;
        long[] open = new long[n];
        long[] close = new long[n];
        long[] price = new long[n];
        long[] volume = new long[n];
        for (int i = 0; i < n; i++) {
            open[i] = T0 + days[i] * DAY;
            close[i] = open[i] + DAY;
            price[i] = closes.length > 0 ? closes[i] : 10_000 + 100L * days[i];
            volume[i] = 1_000 + days[i];
        }
        return new SeriesData(SeriesKind.BARS, List.of(new LongColumn(ColumnNames.TS_OPEN, open, 0),
                new LongColumn(ColumnNames.TS_CLOSE, close, 0), new LongColumn(ColumnNames.OPEN, price.clone(), 2),
                new LongColumn(ColumnNames.HIGH, price.clone(), 2), new LongColumn(ColumnNames.LOW, price.clone(), 2),
                new LongColumn(ColumnNames.CLOSE, price.clone(), 2), new LongColumn(ColumnNames.VOLUME, volume, 0)));
    }

    private static int[] days(int... d) {
        return d;
    }

    @Test
    void newerRowsAreAdded() {
        Appender.Result r = Appender.append(bars(days(0, 1, 2)), bars(days(3, 4)), KEY);
        assertThat(r.problem()).isNull();
        assertThat(r.identicalSkipped()).isZero();
        assertThat(r.data().times()).containsExactly(T0, T0 + DAY, T0 + 2 * DAY, T0 + 3 * DAY, T0 + 4 * DAY);
        assertThat(r.data().longs(ColumnNames.CLOSE).values()).containsExactly(10_000, 10_100, 10_200, 10_300, 10_400);
    }

    /** An older download that repeats part of the stored rows adds nothing and is not an error. */
    @Test
    void anInputThatEndsBeforeTheStoredEndIsSkippedWhenItRepeatsTheStoredRows() {
        SeriesData stored = bars(days(0, 1, 2, 3, 4));
        Appender.Result r = Appender.append(stored, bars(days(1, 2)), KEY);
        assertThat(r.problem()).isNull();
        assertThat(r.identicalSkipped()).isEqualTo(2);
        assertThat(r.data()).isSameAs(stored);
    }

    @Test
    void anInputThatEndsBeforeTheStoredEndIsRefusedWhenItDiffers() {
        Appender.Result r = Appender.append(bars(days(0, 1, 2, 3, 4)), bars(days(1, 2), 10_100, 10_250), KEY);
        assertThat(r.problem()).contains("overlaps the stored rows in 2024-01-02T00:00:00Z..2024-01-03T00:00:00Z")
                .contains("differs from them at 2024-01-03T00:00:00Z in column");
    }

    @Test
    void anInputThatSkipsAStoredRowInsideTheOverlapIsRefused() {
        Appender.Result r = Appender.append(bars(days(0, 1, 2, 3, 4)), bars(days(1, 3)), KEY);
        assertThat(r.problem()).contains("2 input rows fall in 2024-01-02T00:00:00Z..2024-01-04T00:00:00Z, where the "
                + "catalog holds 3 rows");
    }

    @Test
    void identicalOverlapIsSkippedAndCounted() {
        Appender.Result r = Appender.append(bars(days(0, 1, 2)), bars(days(1, 2, 3, 4)), KEY);
        assertThat(r.problem()).isNull();
        assertThat(r.identicalSkipped()).isEqualTo(2);
        assertThat(r.data().times()).hasSize(5).endsWith(T0 + 4 * DAY);
        // The same values at another scale are the same values.
        SeriesData rescaled = new SeriesData(SeriesKind.BARS, bars(days(2, 3)).columns().stream()
                .map(c -> c instanceof LongColumn l && l.scale() == 2
                        ? new LongColumn(l.name(), java.util.Arrays.stream(l.values()).map(v -> v * 10).toArray(), 3) : c)
                .toList());
        Appender.Result same = Appender.append(bars(days(0, 1, 2)), rescaled, KEY);
        assertThat(same.problem()).isNull();
        assertThat(same.identicalSkipped()).isEqualTo(1);
        // Nothing new at all: every row a repeat.
        Appender.Result again = Appender.append(bars(days(0, 1, 2)), bars(days(1, 2)), KEY);
        assertThat(again.problem()).isNull();
        assertThat(again.identicalSkipped()).isEqualTo(2);
        assertThat(again.data().rows()).isEqualTo(3);
    }

    @Test
    void aDifferentValueInTheOverlapIsRefusedNamingTimeAndColumn() {
        Appender.Result r = Appender.append(bars(days(0, 1, 2)), bars(days(1, 2, 3), 10_100, 10_250, 10_300), KEY);
        assertThat(r.data()).isNull();
        assertThat(r.problem()).isEqualTo("XYZ 1d bars: cannot append: the input overlaps the stored rows in "
                + "2024-01-02T00:00:00Z..2024-01-03T00:00:00Z and differs from them at 2024-01-03T00:00:00Z in column open; "
                + "use --replace to rewrite the series");
        // The earliest difference is named: a close on day 1 comes before an open on day 2.
        SeriesData input = bars(days(1, 2, 3));
        input.longs(ColumnNames.CLOSE).values()[0] = 10_105;
        input.longs(ColumnNames.OPEN).values()[1] = 10_205;
        assertThat(Appender.append(bars(days(0, 1, 2)), input, KEY).problem())
                .contains("differs from them at 2024-01-02T00:00:00Z in column close");
    }

    @Test
    void aMissingRowInTheOverlapIsRefusedNamingItsTime() {
        Appender.Result r = Appender.append(bars(days(0, 1, 2, 3)), bars(days(1, 3, 4)), KEY);
        assertThat(r.data()).isNull();
        assertThat(r.problem()).isEqualTo("XYZ 1d bars: cannot append: 2 input rows fall in "
                + "2024-01-02T00:00:00Z..2024-01-04T00:00:00Z, where the catalog holds 3 rows (first: the input lacks the "
                + "stored row at 2024-01-03T00:00:00Z); overlapping rows must repeat the stored rows exactly (use --replace "
                + "to rewrite the series)");
        // An extra row the catalog does not have is refused the same way.
        Appender.Result extra = Appender.append(bars(days(0, 2, 3)), bars(days(1, 2, 3, 4)), KEY);
        assertThat(extra.data()).isNull();
        assertThat(extra.problem()).contains("3 input rows fall in 2024-01-02T00:00:00Z..2024-01-04T00:00:00Z, where the "
                + "catalog holds 2 rows (first: the input has a row at 2024-01-02T00:00:00Z that the catalog lacks)");
        // As many rows as stored, at other times: the time column differs.
        Appender.Result moved = Appender.append(bars(days(0, 1, 3)), bars(days(1, 2, 4)), KEY);
        assertThat(moved.problem()).contains("differs from them at 2024-01-03T00:00:00Z in column ts_open");
    }

    @Test
    void rowsBeforeTheSeriesStartAreRefused() {
        Appender.Result r = Appender.append(bars(days(2, 3)), bars(days(1, 2, 3, 4)), KEY);
        assertThat(r.data()).isNull();
        assertThat(r.problem()).isEqualTo("XYZ 1d bars: cannot append: the input starts at 2024-01-02T00:00:00Z, before "
                + "the stored series (2024-01-03T00:00:00Z); --append only adds newer rows, use --replace to rewrite the "
                + "series");
    }

    @Test
    void differentColumnsAreRefused() {
        SeriesData noVolume = new SeriesData(SeriesKind.BARS, bars(days(3)).columns().stream()
                .filter(c -> !c.name().equals(ColumnNames.VOLUME)).toList());
        Appender.Result r = Appender.append(bars(days(0, 1, 2)), noVolume, KEY);
        assertThat(r.problem()).contains("cannot append: the stored series has columns").contains("use --replace");
    }

    /** Real data: SPY minute bars of 10-07..10-09 stored, 10-09..10-11 appended, give the five days imported at once. */
    @Test
    void leanMinuteDaysAppendedOverAnOverlappingDay() {
        Path dir = SharedData.dir("equities-intraday/lean-usa-minute/spy");
        SeriesData stored = Imports.one(dir.resolve("20131007_trade.zip"), dir.resolve("20131008_trade.zip"),
                dir.resolve("20131009_trade.zip")).data();
        SeriesData input = Imports.one(dir.resolve("20131009_trade.zip"), dir.resolve("20131010_trade.zip"),
                dir.resolve("20131011_trade.zip")).data();
        SeriesData all = Imports.one(dir.resolve("20131007_trade.zip"), dir.resolve("20131008_trade.zip"),
                dir.resolve("20131009_trade.zip"), dir.resolve("20131010_trade.zip"), dir.resolve("20131011_trade.zip")).data();
        SeriesKey key = new SeriesKey("SPY", SeriesKind.BARS, Timeframe.MINUTE_1);

        Appender.Result r = Appender.append(stored, input, key);
        assertThat(r.problem()).isNull();
        assertThat(r.identicalSkipped()).isEqualTo(SharedData.zippedLines(dir.resolve("20131009_trade.zip")).size());
        assertThat(r.data().rows()).isEqualTo(all.rows());
        for (String c : List.of(ColumnNames.TS_OPEN, ColumnNames.TS_CLOSE, ColumnNames.OPEN, ColumnNames.HIGH,
                ColumnNames.LOW, ColumnNames.CLOSE, ColumnNames.VOLUME)) {
            assertThat(r.data().longs(c).values()).as(c).containsExactly(all.longs(c).values());
        }
    }

    /**
     * Trades may share a timestamp. Input trades at the last stored time must repeat the stored ones there: a further
     * trade at that time cannot be told from a duplicate, so it is refused, not guessed.
     */
    @Test
    void ticksAtTheLastStoredTimestampMustRepeatTheStoredOnes() {
        long t = Imports.utc("2024-01-02T14:30:00Z");
        SeriesKey key = new SeriesKey("XYZ", SeriesKind.TRADES, null);
        SeriesData stored = trades(new long[]{t, t + 1, t + 1}, new long[]{100, 101, 102});

        Appender.Result r = Appender.append(stored, trades(new long[]{t + 1, t + 1, t + 2}, new long[]{101, 102, 104}), key);
        assertThat(r.problem()).isNull();
        assertThat(r.identicalSkipped()).isEqualTo(2);
        assertThat(r.data().longs(ColumnNames.PRICE).values()).containsExactly(100, 101, 102, 104);

        Appender.Result more = Appender.append(stored, trades(new long[]{t + 1, t + 1, t + 1, t + 2},
                new long[]{101, 102, 103, 104}), key);
        assertThat(more.problem()).contains("3 input rows fall in 2024-01-02T14:30:00.000000001Z..2024-01-02T14:30:00"
                + ".000000001Z, where the catalog holds 2 rows (first: the input has a row at 2024-01-02T14:30:00.000000001Z "
                + "that the catalog lacks)");
        Appender.Result fewer = Appender.append(stored, trades(new long[]{t + 1, t + 2}, new long[]{101, 104}), key);
        assertThat(fewer.problem()).contains("(first: the input lacks the stored row at 2024-01-02T14:30:00.000000001Z)");
        Appender.Result price = Appender.append(stored, trades(new long[]{t + 1, t + 1, t + 2}, new long[]{101, 103, 104}),
                key);
        assertThat(price.problem()).contains("differs from them at 2024-01-02T14:30:00.000000001Z in column price");
    }

    private static SeriesData trades(long[] ts, long[] price) {
        long[] size = new long[ts.length];
        java.util.Arrays.fill(size, 1);
        return new SeriesData(SeriesKind.TRADES, List.of(new LongColumn(ColumnNames.TS, ts, 0),
                new LongColumn(ColumnNames.PRICE, price, 2), new LongColumn(ColumnNames.SIZE, size, 0)));
    }
}
