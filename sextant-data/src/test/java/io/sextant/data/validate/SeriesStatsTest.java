package io.sextant.data.validate;

import static io.sextant.data.series.ColumnNames.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ByteColumn;
import io.sextant.data.series.Column;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeriesStatsTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long ny(String local) {
        return Nanos.ofInstant(LocalDateTime.parse(local).atZone(NEW_YORK).toInstant());
    }

    private static LongColumn col(String name, long... v) {
        return new LongColumn(name, v, 0);
    }

    /** Daily bars opening at New York midnight on consecutive January days, with the given volumes. */
    private static SeriesData dailyBars(long... volume) {
        int n = volume.length;
        long[] open = new long[n];
        long[] close = new long[n];
        long[] price = new long[n];
        for (int i = 0; i < n; i++) {
            open[i] = ny("2017-01-%02dT00:00".formatted(i + 1));
            close[i] = open[i] + Nanos.PER_DAY;
            price[i] = 10;
        }
        return new SeriesData(SeriesKind.BARS, List.of(col(TS_OPEN, open), col(TS_CLOSE, close), col(OPEN, price),
                col(HIGH, price), col(LOW, price), col(CLOSE, price), col(VOLUME, volume)));
    }

    @Test
    void zeroVolumeBarsWithLocalDatesForDailyBars() {
        // In UTC these bars open at 05:00 on the same dates; the examples are New York dates.
        Map<String, Stat> stats = SeriesStats.of(dailyBars(5, 0, 7, 0), Timeframe.DAY_1, NEW_YORK);
        assertThat(stats).containsOnlyKeys(SeriesStats.ZERO_VOLUME);
        assertThat(stats.get(SeriesStats.ZERO_VOLUME)).isEqualTo(new Stat(2, List.of("2017-01-02", "2017-01-04")));
    }

    @Test
    void intradayExamplesAreLocalDateTimes() {
        long t0 = ny("2017-03-12T01:30");
        long t1 = ny("2017-03-12T03:30"); // after the spring-forward gap
        SeriesData d = new SeriesData(SeriesKind.BARS, List.of(col(TS_OPEN, t0, t1),
                col(TS_CLOSE, t0 + Nanos.PER_HOUR, t1 + Nanos.PER_HOUR), col(OPEN, 1, 1), col(HIGH, 1, 1), col(LOW, 1, 1),
                col(CLOSE, 1, 1), col(VOLUME, 0, 0)));
        Stat s = SeriesStats.of(d, Timeframe.HOUR_1, NEW_YORK).get(SeriesStats.ZERO_VOLUME);
        assertThat(s.examples()).containsExactly("2017-03-12T01:30", "2017-03-12T03:30");
    }

    @Test
    void nothingToReport() {
        assertThat(SeriesStats.of(dailyBars(5, 6), Timeframe.DAY_1, NEW_YORK)).isEmpty();
        SeriesData noVolume = new SeriesData(SeriesKind.BARS, List.of(col(TS_OPEN, 1), col(TS_CLOSE, 2), col(OPEN, 1),
                col(HIGH, 1), col(LOW, 1), col(CLOSE, 1)));
        assertThat(SeriesStats.of(noVolume, Timeframe.DAY_1, NEW_YORK)).isEmpty();
    }

    @Test
    void examplesStopAtTenButTheCountDoesNot() {
        long[] volume = new long[25];
        Stat s = SeriesStats.of(dailyBars(volume), Timeframe.DAY_1, NEW_YORK).get(SeriesStats.ZERO_VOLUME);
        assertThat(s.count()).isEqualTo(25);
        assertThat(s.examples()).hasSize(Stat.EXAMPLES);
        assertThat(s.examples().getFirst()).isEqualTo("2017-01-01");
        assertThat(s.examples().getLast()).isEqualTo("2017-01-10");
    }

    @Test
    void zeroSizeAndSuspiciousTrades() {
        long t = ny("2017-01-05T09:30");
        List<Column> cols = new ArrayList<>(List.of(col(TS, t, t + Nanos.PER_SECOND, t + 2 * Nanos.PER_SECOND),
                col(PRICE, 10, 10, 10), col(SIZE, 0, 5, 0), new ByteColumn(SUSPICIOUS, new byte[]{0, 1, 0})));
        Map<String, Stat> stats = SeriesStats.of(new SeriesData(SeriesKind.TRADES, cols), null, NEW_YORK);
        assertThat(stats).containsOnlyKeys(SeriesStats.ZERO_SIZE, SeriesStats.SUSPICIOUS);
        assertThat(stats.get(SeriesStats.ZERO_SIZE)).isEqualTo(new Stat(2, List.of("2017-01-05T09:30", "2017-01-05T09:30:02")));
        assertThat(stats.get(SeriesStats.SUSPICIOUS)).isEqualTo(new Stat(1, List.of("2017-01-05T09:30:01")));
    }

    @Test
    void crossedAndLockedQuotes() {
        long t = ny("2017-01-05T09:30");
        SeriesData d = new SeriesData(SeriesKind.QUOTES, List.of(col(TS, t, t + 1, t + 2, t + 3),
                col(BID, 100, 102, 101, 100), col(ASK, 101, 101, 101, 99)));
        Map<String, Stat> stats = SeriesStats.of(d, null, NEW_YORK);
        assertThat(stats.get(SeriesStats.CROSSED)).isEqualTo(new Stat(2,
                List.of("2017-01-05T09:30:00.000000001", "2017-01-05T09:30:00.000000003")));
        assertThat(stats.get(SeriesStats.LOCKED)).isEqualTo(new Stat(1, List.of("2017-01-05T09:30:00.000000002")));
    }

    @Test
    void quoteBarsAreJudgedByTheirCloses() {
        long t = ny("2017-01-05T09:30");
        List<Column> cols = new ArrayList<>(List.of(col(TS_OPEN, t, t + Nanos.PER_MINUTE),
                col(TS_CLOSE, t + Nanos.PER_MINUTE, t + 2 * Nanos.PER_MINUTE)));
        for (String n : List.of(BID_OPEN, BID_HIGH, BID_LOW)) {
            cols.add(col(n, 200, 200)); // crossed opens do not count
        }
        cols.add(col(BID_CLOSE, 100, 101));
        for (String n : List.of(ASK_OPEN, ASK_HIGH, ASK_LOW)) {
            cols.add(col(n, 100, 100));
        }
        cols.add(col(ASK_CLOSE, 101, 101));
        Map<String, Stat> stats = SeriesStats.of(new SeriesData(SeriesKind.QUOTE_BARS, cols), Timeframe.MINUTE_1, NEW_YORK);
        assertThat(stats).containsOnlyKeys(SeriesStats.LOCKED);
        assertThat(stats.get(SeriesStats.LOCKED).examples()).containsExactly("2017-01-05T09:31");
    }

    @Test
    void localTimes() {
        long t = ny("2017-07-05T16:00");
        assertThat(SeriesStats.local(t, NEW_YORK, true)).isEqualTo("2017-07-05");
        assertThat(SeriesStats.local(t, NEW_YORK, false)).isEqualTo("2017-07-05T16:00");
        assertThat(SeriesStats.local(t, ZoneId.of("UTC"), false)).isEqualTo("2017-07-05T20:00");
    }
}
