package io.sextant.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.text.ZoneConverter;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Day-bar open and close times found without java.time equal {@link Timeframe}'s, in every zone and step. */
class BarTimesDayTest {
    private static final List<String> ZONES = List.of("America/New_York", "Australia/Lord_Howe", "Pacific/Apia",
            "Africa/Casablanca", "America/Santiago", "America/Havana", "Asia/Kathmandu", "UTC", "-05:00");
    private static final List<Timeframe> DAYS = List.of(Timeframe.DAY_1, Timeframe.parse("2d"), Timeframe.parse("3d"));

    @Test
    void bucketsMatchTimeframeAtMidnightsAndAnyTimeOfDay() {
        SplittableRandom random = new SplittableRandom(3);
        long first = LocalDate.of(1960, 1, 1).toEpochDay();
        long last = LocalDate.of(2040, 12, 31).toEpochDay();
        for (String z : ZONES) {
            ZoneId zone = ZoneId.of(z);
            for (Timeframe tf : DAYS) {
                ZoneConverter days = new ZoneConverter(zone);
                for (long day = first; day <= last; day += 1 + random.nextInt(2)) {
                    LocalDate date = LocalDate.ofEpochDay(day);
                    long midnight = Nanos.ofInstant(date.atStartOfDay(zone).toInstant());
                    long noonish = Nanos.ofInstant(date.atTime(LocalTime.ofSecondOfDay(random.nextInt(86_400)))
                            .atZone(zone).toInstant());
                    for (long ts : new long[] {midnight, midnight - 1, noonish}) {
                        long open = BarTimes.bucketOpen(tf, days, ts, zone);
                        assertThat(open).as("%s %s open of %s", z, tf, Nanos.format(ts))
                                .isEqualTo(tf.bucketOpen(ts, zone));
                        assertThat(BarTimes.bucketClose(tf, days, open, zone)).as("%s %s close of %s", z, tf,
                                Nanos.format(open)).isEqualTo(tf.bucketClose(open, zone));
                    }
                }
            }
        }
    }

    @Test
    void fillGivesDailyBarsTheirMidnightsAcrossClockChanges() {
        ZoneId ny = ZoneId.of("America/New_York");
        List<LocalDate> dates = List.of(LocalDate.of(2021, 3, 12), LocalDate.of(2021, 3, 15), LocalDate.of(2021, 11, 5),
                LocalDate.of(2021, 11, 8));
        long[] stamps = dates.stream().mapToLong(d -> Nanos.ofInstant(d.atStartOfDay(ny).toInstant())).toArray();
        SeriesData filled = BarTimes.fill(bars(stamps), Timeframe.DAY_1, StampAt.OPEN, ny, "X");
        assertThat(filled.longs(ColumnNames.TS_OPEN).values()).containsExactly(stamps);
        long[] closes = dates.stream().mapToLong(d -> Nanos.ofInstant(d.plusDays(1).atStartOfDay(ny).toInstant()))
                .toArray();
        assertThat(filled.longs(ColumnNames.TS_CLOSE).values()).containsExactly(closes);

        SeriesData atClose = BarTimes.fill(bars(closes), Timeframe.DAY_1, StampAt.CLOSE, ny, "X");
        assertThat(atClose.longs(ColumnNames.TS_OPEN).values()).containsExactly(stamps);
        assertThat(atClose.longs(ColumnNames.TS_CLOSE).values()).containsExactly(closes);
    }

    @Test
    void twoBarsInOneDayAreRefused() {
        ZoneId ny = ZoneId.of("America/New_York");
        long day = Nanos.ofInstant(LocalDate.of(2021, 6, 1).atStartOfDay(ny).toInstant());
        assertThatThrownBy(() -> BarTimes.fill(bars(new long[] {day, day + Nanos.PER_HOUR}), Timeframe.DAY_1,
                StampAt.OPEN, ny, "X")).isInstanceOf(BadInputException.class).hasMessageContaining("same 1d period");
    }

    private static SeriesData bars(long[] stamps) {
        int n = stamps.length;
        long[] price = new long[n];
        java.util.Arrays.fill(price, 100);
        return new SeriesData(SeriesKind.BARS, List.of(new LongColumn(ColumnNames.TS_OPEN, stamps, 0),
                new LongColumn(ColumnNames.TS_CLOSE, unknownCloses(n), 0), new LongColumn(ColumnNames.OPEN, price, 0),
                new LongColumn(ColumnNames.HIGH, price, 0), new LongColumn(ColumnNames.LOW, price, 0),
                new LongColumn(ColumnNames.CLOSE, price, 0)));
    }

    /** Close times as importers leave them until the timeframe is known. */
    private static long[] unknownCloses(int n) {
        long[] c = new long[n];
        java.util.Arrays.fill(c, CsvSeriesReader.UNKNOWN_CLOSE);
        return c;
    }
}
