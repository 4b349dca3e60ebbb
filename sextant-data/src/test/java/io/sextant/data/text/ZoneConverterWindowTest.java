package io.sextant.data.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.time.Nanos;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@link ZoneConverter} against {@link java.time} on every day from 1900 to 2100 in zones with odd
 * clock changes (30-minute DST, 2-hour DST, a skipped day, changes at midnight, Ramadan pauses), in
 * order, backwards and at random, so the per-stretch caches never change an answer.
 */
class ZoneConverterWindowTest {
    private static final List<String> ZONES = List.of("America/New_York", "Europe/London", "Australia/Sydney",
            "Australia/Lord_Howe", "Asia/Kathmandu", "Pacific/Apia", "Africa/Casablanca", "Antarctica/Troll",
            "America/Sao_Paulo", "America/Santiago", "America/Havana", "Europe/Moscow", "Asia/Tokyo",
            "America/St_Johns", "Pacific/Kiritimati", "UTC", "-05:00");
    private static final long FIRST = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long LAST = LocalDate.of(2100, 12, 31).toEpochDay();
    private static final long[] TIMES_OF_DAY = {0, LocalTime.of(0, 30).toNanoOfDay(), LocalTime.of(1, 30).toNanoOfDay(),
            LocalTime.of(2, 30).toNanoOfDay(), LocalTime.of(12, 0).toNanoOfDay(), Nanos.PER_DAY - 1};

    @Test
    void everyDayInOrderMatchesJavaTime() {
        for (String z : ZONES) {
            ZoneId zone = ZoneId.of(z);
            ZoneConverter converter = new ZoneConverter(zone);
            for (long day = FIRST; day <= LAST; day++) {
                check(converter, zone, day);
            }
        }
    }

    @Test
    void backwardsAndRandomOrderMatchJavaTime() {
        SplittableRandom random = new SplittableRandom(7);
        for (String z : ZONES) {
            ZoneId zone = ZoneId.of(z);
            ZoneConverter converter = new ZoneConverter(zone);
            for (long day = LAST; day >= FIRST; day -= 1 + random.nextInt(3)) {
                check(converter, zone, day);
            }
            for (int i = 0; i < 50_000; i++) {
                check(converter, zone, random.nextLong(FIRST, LAST + 1));
            }
        }
    }

    @Test
    void localDayOfInstantsMatchesJavaTime() {
        SplittableRandom random = new SplittableRandom(11);
        long from = LocalDate.of(1900, 1, 2).toEpochDay() * Nanos.PER_DAY;
        long to = LocalDate.of(2100, 12, 30).toEpochDay() * Nanos.PER_DAY;
        for (String z : ZONES) {
            ZoneId zone = ZoneId.of(z);
            ZoneConverter converter = new ZoneConverter(zone);
            for (long ns = from; ns < to; ns += 7 * Nanos.PER_HOUR + 13 * Nanos.PER_MINUTE + 1) {
                assertThat(converter.epochDayOf(ns)).as("%s at %s", z, Nanos.format(ns))
                        .isEqualTo(Nanos.toZoned(ns, zone).toLocalDate().toEpochDay());
            }
            for (int i = 0; i < 50_000; i++) {
                long ns = random.nextLong(from, to);
                assertThat(converter.epochDayOf(ns)).as("%s at %s", z, Nanos.format(ns))
                        .isEqualTo(Nanos.toZoned(ns, zone).toLocalDate().toEpochDay());
            }
        }
    }

    @Test
    void dailyDatesInADaylightSavingZoneSkipJavaTimeOnAlmostEveryDay() {
        ZoneConverter converter = new ZoneConverter(ZoneId.of("America/New_York"));
        long fast = 0;
        long days = 0;
        for (long day = LocalDate.of(1990, 1, 1).toEpochDay(); day < LocalDate.of(2030, 1, 1).toEpochDay(); day++) {
            days++;
            if (converter.startOfDayOrMin(day) != Long.MIN_VALUE) {
                fast++;
            }
        }
        // Two clock changes a year, each sending two or three days to java.time.
        assertThat(days - fast).isBetween(40 * 2L, 40 * 6L);
    }

    private static void check(ZoneConverter converter, ZoneId zone, long day) {
        LocalDate date = LocalDate.ofEpochDay(day);
        long midnight = Nanos.ofInstant(date.atStartOfDay(zone).toInstant());
        long start = converter.startOfDayOrMin(day);
        if (start != Long.MIN_VALUE) {
            assertThat(start).as("start of %s in %s", date, zone).isEqualTo(midnight);
        }
        for (long nanoOfDay : TIMES_OF_DAY) {
            long expected = Nanos.ofInstant(LocalDateTime.of(date, LocalTime.ofNanoOfDay(nanoOfDay)).atZone(zone)
                    .toInstant());
            assertThat(converter.toEpochNanos(day, nanoOfDay)).as("%s %s in %s", date, LocalTime.ofNanoOfDay(nanoOfDay),
                    zone).isEqualTo(expected);
        }
    }
}
