package io.sextant.data.resample;

import static io.sextant.data.testing.Imports.NEW_YORK;
import static io.sextant.data.testing.Imports.UTC;
import static io.sextant.data.testing.Imports.midnight;
import static io.sextant.data.testing.Imports.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ByteColumn;
import io.sextant.data.series.Column;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Calendar alignment, hand-worked aggregations and refusals of the resampler. */
class ResamplerTest {

    /**
     * Weekly bars open on Monday 00:00 New York and monthly bars on the 1st, in EST or EDT as the date falls; each
     * equals the daily bars of its week or month grouped here with java.time.
     */
    @Test
    void weeklyAndMonthlyBarsFromLeanDailyAlignOnTheNewYorkCalendar() {
        SeriesData daily = Imports.one(SharedData.file("equities-daily/lean-usa-daily/daily/spy.zip")).data();

        SeriesData weeks = Resampler.resample(daily, Timeframe.WEEK_1, NEW_YORK, false).data();
        assertGrouped(daily, weeks, d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), d -> d.plusWeeks(1));
        SeriesData months = Resampler.resample(daily, Timeframe.MONTH_1, NEW_YORK, false).data();
        assertGrouped(daily, months, d -> YearMonth.from(d).atDay(1), d -> d.plusMonths(1));

        // March 2021: opens in EST (05:00 UTC), closes in EDT (04:00 UTC); the week of the change likewise.
        int march = months.indexAtOrAfter(utc("2021-03-01T05:00:00Z"));
        assertThat(months.times()[march]).isEqualTo(utc("2021-03-01T05:00:00Z"));
        assertThat(months.longs(ColumnNames.TS_CLOSE).values()[march]).isEqualTo(utc("2021-04-01T04:00:00Z"));
        int week = weeks.indexAtOrAfter(utc("2021-03-08T05:00:00Z"));
        assertThat(weeks.times()[week]).isEqualTo(utc("2021-03-08T05:00:00Z"));
        assertThat(weeks.longs(ColumnNames.TS_CLOSE).values()[week]).isEqualTo(utc("2021-03-15T04:00:00Z"));
        assertThat(months.rows()).isEqualTo(279); // 1998-01 .. 2021-03
    }

    private static void assertGrouped(SeriesData daily, SeriesData out, Function<LocalDate, LocalDate> periodStart,
                                      Function<LocalDate, LocalDate> next) {
        Map<LocalDate, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < daily.rows(); i++) {
            LocalDate d = Nanos.toZoned(daily.times()[i], NEW_YORK).toLocalDate();
            groups.computeIfAbsent(periodStart.apply(d), k -> new ArrayList<>()).add(i);
        }
        assertThat(out.rows()).isEqualTo(groups.size());
        long[] o = daily.longs(ColumnNames.OPEN).values();
        long[] h = daily.longs(ColumnNames.HIGH).values();
        long[] l = daily.longs(ColumnNames.LOW).values();
        long[] c = daily.longs(ColumnNames.CLOSE).values();
        long[] v = daily.longs(ColumnNames.VOLUME).values();
        int row = 0;
        for (Map.Entry<LocalDate, List<Integer>> g : groups.entrySet()) {
            List<Integer> rows = g.getValue();
            long[] expected = {midnight(g.getKey(), NEW_YORK), midnight(next.apply(g.getKey()), NEW_YORK),
                    o[rows.getFirst()], rows.stream().mapToLong(i -> h[i]).max().orElseThrow(),
                    rows.stream().mapToLong(i -> l[i]).min().orElseThrow(), c[rows.getLast()],
                    rows.stream().mapToLong(i -> v[i]).sum()};
            long[] actual = {out.times()[row], out.longs(ColumnNames.TS_CLOSE).values()[row],
                    out.longs(ColumnNames.OPEN).values()[row], out.longs(ColumnNames.HIGH).values()[row],
                    out.longs(ColumnNames.LOW).values()[row], out.longs(ColumnNames.CLOSE).values()[row],
                    out.longs(ColumnNames.VOLUME).values()[row]};
            assertThat(actual).as("period of %s", g.getKey()).containsExactly(expected);
            row++;
        }
    }

    @Test
    void timeframesThatDoNotNestAreRefused() {
        SeriesData hour = bars(Timeframe.HOUR_1, UTC, utc("2024-01-02T14:00:00Z"), 4);
        assertThatThrownBy(() -> Resampler.resample(hour, Timeframe.parse("90m"), UTC, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the bar 2024-01-02T16:00:00Z..2024-01-02T17:00:00Z does not fit in one 90m period "
                        + "(2024-01-02T15:00:00Z..2024-01-02T16:30:00Z in UTC): the timeframes do not nest");
        SeriesData day = bars(Timeframe.DAY_1, NEW_YORK, midnight(LocalDate.of(2024, 1, 2), NEW_YORK), 3);
        assertThatThrownBy(() -> Resampler.resample(day, Timeframe.HOUR_1, NEW_YORK, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("the timeframes do not nest");
        // A week that straddles two months fits in neither.
        SeriesData week = bars(Timeframe.WEEK_1, NEW_YORK, midnight(LocalDate.of(2024, 1, 22), NEW_YORK), 2);
        assertThatThrownBy(() -> Resampler.resample(week, Timeframe.MONTH_1, NEW_YORK, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the bar 2024-01-29T05:00:00Z..2024-02-05T05:00:00Z does not fit in one 1M period");
        // Days in UTC do not fit in New York days.
        SeriesData utcDays = bars(Timeframe.DAY_1, UTC, utc("2024-01-02T00:00:00Z"), 2);
        assertThatThrownBy(() -> Resampler.resample(utcDays, Timeframe.DAY_1, NEW_YORK, false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not nest");
        // Hours do nest in 2h, 4h and days.
        assertThat(Resampler.resample(hour, Timeframe.parse("2h"), UTC, false).data().rows()).isEqualTo(2); // 14-16, 16-18
        assertThat(Resampler.resample(hour, Timeframe.DAY_1, UTC, false).data().rows()).isEqualTo(1);
    }

    /** Hand-worked: three minutes of trades, one minute empty, one trade suspicious, one bar of zero-size trades. */
    @Test
    void tradesToBarsByHand() {
        long t0 = utc("2024-01-02T14:30:00Z");
        long s = Nanos.PER_SECOND;
        // price (2 decimals), size, suspicious
        long[] ts = {t0, t0 + 10 * s, t0 + 10 * s, t0 + 50 * s, t0 + 180 * s, t0 + 181 * s, t0 + 240 * s};
        long[] price = {10000, 10100, 9900, 10050, 10200, 10300, 50};
        long[] size = {100, 50, 50, 300, 0, 0, 10};
        byte[] suspicious = {0, 0, 0, 0, 0, 0, 1};
        SeriesData trades = new SeriesData(SeriesKind.TRADES, List.of(new LongColumn(ColumnNames.TS, ts, 0),
                new LongColumn(ColumnNames.PRICE, price, 2), new LongColumn(ColumnNames.SIZE, size, 0),
                new ByteColumn(ColumnNames.SUSPICIOUS, suspicious)));

        Resampler.Result r = Resampler.resample(trades, Timeframe.MINUTE_1, UTC, false);
        assertThat(r.excluded()).isEqualTo(1);
        SeriesData b = r.data();
        // Minutes 14:30 and 14:33 have trades; 14:31, 14:32 have none (no bar); 14:34 only a suspicious one.
        assertThat(b.times()).containsExactly(t0, t0 + 180 * s);
        assertThat(b.longs(ColumnNames.TS_CLOSE).values()).containsExactly(t0 + 60 * s, t0 + 240 * s);
        assertThat(b.longs(ColumnNames.OPEN).values()).containsExactly(10000, 10200);
        assertThat(b.longs(ColumnNames.HIGH).values()).containsExactly(10100, 10300);
        assertThat(b.longs(ColumnNames.LOW).values()).containsExactly(9900, 10200);
        assertThat(b.longs(ColumnNames.CLOSE).values()).containsExactly(10050, 10300);
        assertThat(b.longs(ColumnNames.VOLUME).values()).containsExactly(500, 0);
        assertThat(b.longs(ColumnNames.TRADES).values()).containsExactly(4, 2);
        // VWAP = (100*100 + 101*50 + 99*50 + 100.5*300) / 500 = 100.3 at 6 decimals; zero volume takes the close.
        assertThat(b.longs(ColumnNames.VWAP).scale()).isEqualTo(6);
        assertThat(b.longs(ColumnNames.VWAP).values()).containsExactly(100_300_000, 103_000_000);

        SeriesData all = Resampler.resample(trades, Timeframe.MINUTE_1, UTC, true).data();
        assertThat(all.rows()).isEqualTo(3);
        assertThat(all.longs(ColumnNames.LOW).values()[2]).isEqualTo(50);
    }

    /** Bars to bars: VWAP is the volume-weighted mean of the bars' VWAPs, rounded half-even. */
    @Test
    void barsToBarsByHand() {
        long t0 = utc("2024-01-02T14:30:00Z");
        long m = Nanos.PER_MINUTE;
        SeriesData oneMinute = new SeriesData(SeriesKind.BARS, List.of(
                new LongColumn(ColumnNames.TS_OPEN, new long[]{t0, t0 + m, t0 + 5 * m}, 0),
                new LongColumn(ColumnNames.TS_CLOSE, new long[]{t0 + m, t0 + 2 * m, t0 + 6 * m}, 0),
                new LongColumn(ColumnNames.OPEN, new long[]{100, 104, 110}, 0),
                new LongColumn(ColumnNames.HIGH, new long[]{105, 106, 112}, 0),
                new LongColumn(ColumnNames.LOW, new long[]{99, 101, 108}, 0),
                new LongColumn(ColumnNames.CLOSE, new long[]{104, 102, 111}, 0),
                new LongColumn(ColumnNames.VOLUME, new long[]{3, 1, 0}, 0),
                new LongColumn(ColumnNames.VWAP, new long[]{1_020_000, 1_030_000, 1_100_000}, 4),
                new LongColumn(ColumnNames.TRADES, new long[]{2, 1, 0}, 0)));
        SeriesData b = Resampler.resample(oneMinute, Timeframe.parse("5m"), UTC, false).data();

        assertThat(b.times()).containsExactly(t0, t0 + 5 * m);
        assertThat(b.longs(ColumnNames.OPEN).values()).containsExactly(100, 110);
        assertThat(b.longs(ColumnNames.HIGH).values()).containsExactly(106, 112);
        assertThat(b.longs(ColumnNames.LOW).values()).containsExactly(99, 108);
        assertThat(b.longs(ColumnNames.CLOSE).values()).containsExactly(102, 111);
        assertThat(b.longs(ColumnNames.VOLUME).values()).containsExactly(4, 0);
        assertThat(b.longs(ColumnNames.TRADES).values()).containsExactly(3, 0);
        // (102 * 3 + 103 * 1) / 4 = 102.25; the zero-volume bar takes its close, 111.
        assertThat(b.longs(ColumnNames.VWAP).values()).containsExactly(1_022_500, 1_110_000);
        assertThat(b.longs(ColumnNames.VWAP).scale()).isEqualTo(4);
    }

    /** Bars of {@code tf} opening at {@code first}, one after another, each with prices 1..4 and volume 10. */
    private static SeriesData bars(Timeframe tf, java.time.ZoneId zone, long first, int n) {
        long[] open = new long[n];
        long[] close = new long[n];
        long t = first;
        for (int i = 0; i < n; i++) {
            open[i] = t;
            close[i] = tf.bucketClose(tf.bucketOpen(t, zone), zone);
            t = close[i];
        }
        List<Column> cols = new ArrayList<>(List.of(new LongColumn(ColumnNames.TS_OPEN, open, 0),
                new LongColumn(ColumnNames.TS_CLOSE, close, 0)));
        long[][] prices = {fill(n, 2), fill(n, 4), fill(n, 1), fill(n, 3)};
        String[] names = {ColumnNames.OPEN, ColumnNames.HIGH, ColumnNames.LOW, ColumnNames.CLOSE};
        for (int k = 0; k < 4; k++) {
            cols.add(new LongColumn(names[k], prices[k], 0));
        }
        cols.add(new LongColumn(ColumnNames.VOLUME, fill(n, 10), 0));
        return new SeriesData(SeriesKind.BARS, cols);
    }

    private static long[] fill(int n, long v) {
        long[] a = new long[n];
        java.util.Arrays.fill(a, v);
        return a;
    }
}
