package io.sextant.data.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.sextant.core.time.Nanos;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ZoneConverterTest {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    static final ZoneId UTC = ZoneId.of("UTC");

    /**
     * The zones of the brief plus three with awkward transitions: Sao Paulo changed clocks at
     * midnight (the day started at 01:00), Lord Howe moves by 30 minutes, and Apia skipped
     * 2011-12-30 altogether.
     */
    static List<ZoneId> zones() {
        return List.of(NEW_YORK, LONDON, KOLKATA, UTC, ZoneId.of("America/Sao_Paulo"),
                ZoneId.of("Australia/Lord_Howe"), ZoneId.of("Pacific/Apia"), ZoneId.of("-05:00"));
    }

    private static long nanos(String local, ZoneId zone) {
        LocalDateTime t = LocalDateTime.parse(local);
        return new ZoneConverter(zone).toEpochNanos(t.toLocalDate().toEpochDay(), t.toLocalTime().toNanoOfDay());
    }

    private static long instant(String iso) {
        return Nanos.ofInstant(Instant.parse(iso));
    }

    @Test
    void fixedOffsetsAreASubtraction() {
        // 1970-01-02T00:00 at -05:00 is 05:00 UTC: 86_400 s + 5 h = 104_400 s.
        assertThat(nanos("1970-01-02T00:00", ZoneId.of("-05:00"))).isEqualTo(104_400L * Nanos.PER_SECOND);
        assertThat(nanos("1970-01-01T00:00:00.000000001", UTC)).isEqualTo(1L);
        // Kolkata is UTC+05:30 all year: 09:15 local is 03:45 UTC.
        assertThat(nanos("2020-07-01T09:15", KOLKATA)).isEqualTo(instant("2020-07-01T03:45:00Z"));
    }

    @Test
    void summerAndWinterOffsets() {
        // New York: EST (-5) in January, EDT (-4) in July.
        assertThat(nanos("2017-01-05T09:30", NEW_YORK)).isEqualTo(instant("2017-01-05T14:30:00Z"));
        assertThat(nanos("2017-07-05T09:30", NEW_YORK)).isEqualTo(instant("2017-07-05T13:30:00Z"));
        // London: GMT in January, BST (+1) in July.
        assertThat(nanos("2017-01-05T08:00", LONDON)).isEqualTo(instant("2017-01-05T08:00:00Z"));
        assertThat(nanos("2017-07-05T08:00", LONDON)).isEqualTo(instant("2017-07-05T07:00:00Z"));
    }

    @Test
    void aLocalTimeInTheSpringGapMovesForwardByTheGap() {
        // New York 2017-03-12: 02:00 EST jumps to 03:00 EDT; 02:30 does not exist and is read as 03:30 EDT = 07:30Z.
        assertThat(nanos("2017-03-12T02:30", NEW_YORK)).isEqualTo(instant("2017-03-12T07:30:00Z"));
        // London 2017-03-26: 01:00 GMT jumps to 02:00 BST; 01:30 is read as 02:30 BST = 01:30Z.
        assertThat(nanos("2017-03-26T01:30", LONDON)).isEqualTo(instant("2017-03-26T01:30:00Z"));
        // The minute before the gap is still EST.
        assertThat(nanos("2017-03-12T01:59", NEW_YORK)).isEqualTo(instant("2017-03-12T06:59:00Z"));
    }

    @Test
    void anAmbiguousLocalTimeInTheFallOverlapTakesTheEarlierOffset() {
        // New York 2017-11-05: 01:00-02:00 happens twice; the first (EDT, -4) is taken: 01:30 -> 05:30Z.
        assertThat(nanos("2017-11-05T01:30", NEW_YORK)).isEqualTo(instant("2017-11-05T05:30:00Z"));
        assertThat(nanos("2017-11-05T02:00", NEW_YORK)).isEqualTo(instant("2017-11-05T07:00:00Z"));
        // London 2017-10-29: 01:30 happens twice; BST (+1) first: 00:30Z.
        assertThat(nanos("2017-10-29T01:30", LONDON)).isEqualTo(instant("2017-10-29T00:30:00Z"));
    }

    @Test
    void aDayThatStartsInAGap() {
        // Sao Paulo 2018-11-04: clocks went from 00:00 to 01:00, so local midnight is 01:00 -02:00 = 03:00Z.
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
        assertThat(nanos("2018-11-04T00:00", saoPaulo)).isEqualTo(instant("2018-11-04T03:00:00Z"));
        assertThat(nanos("2018-11-04T12:00", saoPaulo)).isEqualTo(instant("2018-11-04T14:00:00Z"));
    }

    @Test
    void aDayThatDoesNotExist() {
        // Apia went from 2011-12-29T23:59:59-10:00 straight to 2011-12-31T00:00+14:00. 2011-12-30T12:00 lies in
        // that 24-hour gap and moves forward by it: 2011-12-31T12:00+14:00 = 2011-12-30T22:00Z.
        assertThat(nanos("2011-12-30T12:00", ZoneId.of("Pacific/Apia"))).isEqualTo(instant("2011-12-30T22:00:00Z"));
        assertThat(nanos("2011-12-29T12:00", ZoneId.of("Pacific/Apia"))).isEqualTo(instant("2011-12-29T22:00:00Z"));
    }

    @Test
    void theSameConverterAnswersRightWhateverOrderDaysComeIn() {
        ZoneConverter c = new ZoneConverter(NEW_YORK);
        String[] locals = {"2017-03-12T03:30", "2017-01-05T09:30", "2017-03-12T01:30", "2017-07-05T09:30",
                "2017-03-12T03:30", "2017-11-05T01:30", "2017-11-05T01:30", "2017-11-04T23:59", "2017-03-11T23:00"};
        for (String s : locals) {
            LocalDateTime t = LocalDateTime.parse(s);
            assertThat(c.toEpochNanos(t.toLocalDate().toEpochDay(), t.toLocalTime().toNanoOfDay()))
                    .as(s).isEqualTo(Nanos.ofInstant(t.atZone(NEW_YORK).toInstant()));
        }
    }

    /** Every 7 minutes (so every minute of the hour comes round) through 2016 and 2017, in every zone. */
    @ParameterizedTest
    @MethodSource("zones")
    void agreesWithZonedDateTimeOfThroughTwoYears(ZoneId zone) {
        ZoneConverter c = new ZoneConverter(zone);
        LocalDateTime t = LocalDateTime.of(2016, 1, 1, 0, 0);
        LocalDateTime end = LocalDateTime.of(2018, 1, 1, 0, 0);
        int checked = 0;
        while (t.isBefore(end)) {
            long expected = Nanos.ofInstant(ZonedDateTime.of(t, zone).toInstant());
            long got = c.toEpochNanos(t.toLocalDate().toEpochDay(), t.toLocalTime().toNanoOfDay());
            if (got != expected) {
                assertThat(got).as("%s in %s", t, zone).isEqualTo(expected);
            }
            t = t.plusMinutes(7);
            checked++;
        }
        assertThat(checked).isGreaterThan(150_000);
    }

    /** Random local times within two days of a random transition (1971-2037), in random order. */
    @ParameterizedTest
    @MethodSource("zones")
    void agreesWithZonedDateTimeOfAroundTransitions(ZoneId zone) {
        ZoneConverter c = new ZoneConverter(zone);
        qt().withFixedSeed(zone.getId().hashCode()).withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
            LocalDateTime t = nearTransition(zone, new SplittableRandom(seed));
            long expected = Nanos.ofInstant(ZonedDateTime.of(t, zone).toInstant());
            assertThat(c.toEpochNanos(t.toLocalDate().toEpochDay(), t.toLocalTime().toNanoOfDay()))
                    .as("%s in %s", t, zone).isEqualTo(expected);
        });
    }

    /** A local time near a clock change of {@code zone} (or anywhere, for zones without changes). */
    static LocalDateTime nearTransition(ZoneId zone, SplittableRandom r) {
        int year = 1971 + r.nextInt(67);
        ZoneOffsetTransition tr = zone.getRules().nextTransition(
                LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant().plusSeconds(r.nextLong(366L * 86_400)));
        LocalDateTime base = tr != null && tr.getInstant().isBefore(Instant.parse("2038-01-01T00:00:00Z"))
                ? tr.getDateTimeBefore() : LocalDateTime.of(year, 1, 1, 0, 0).plusSeconds(r.nextLong(365L * 86_400));
        long seconds = r.nextInt(4) == 0 ? r.nextLong(-172_800, 172_800) : r.nextLong(-7_200, 7_200);
        int step = switch (r.nextInt(3)) {
            case 0 -> 1;
            case 1 -> 60;
            default -> 900;
        };
        seconds -= Math.floorMod(seconds, step);
        LocalDateTime t = base.plusSeconds(seconds);
        return r.nextInt(3) == 0 ? t.withNano(r.nextInt(1_000_000_000)) : t;
    }

    @Test
    void epochDayAgreesWithLocalDateForEveryDayOfYears0To9999() {
        LocalDate d = LocalDate.of(0, 1, 1);
        LocalDate end = LocalDate.of(10_000, 1, 1);
        while (d.isBefore(end)) {
            long got = ZoneConverter.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            if (got != d.toEpochDay()) {
                assertThat(got).as(d.toString()).isEqualTo(d.toEpochDay());
            }
            d = d.plusDays(1);
        }
    }

    @Test
    void datesThatDoNotExistHaveNoEpochDay() {
        for (int year : new int[]{1900, 2000, 2016, 2017, 2100}) {
            for (int month = 1; month <= 12; month++) {
                int length = YearMonth.of(year, month).lengthOfMonth();
                assertThat(ZoneConverter.epochDay(year, month, length)).isNotEqualTo(Long.MIN_VALUE);
                assertThat(ZoneConverter.epochDay(year, month, length + 1)).as("%d-%d-%d", year, month, length + 1)
                        .isEqualTo(Long.MIN_VALUE);
                assertThat(ZoneConverter.epochDay(year, month, 0)).isEqualTo(Long.MIN_VALUE);
            }
            assertThat(ZoneConverter.epochDay(year, 0, 1)).isEqualTo(Long.MIN_VALUE);
            assertThat(ZoneConverter.epochDay(year, 13, 1)).isEqualTo(Long.MIN_VALUE);
        }
        // 1900 and 2100 are not leap years, 2000 is.
        assertThat(ZoneConverter.epochDay(1900, 2, 29)).isEqualTo(Long.MIN_VALUE);
        assertThat(ZoneConverter.epochDay(2000, 2, 29)).isEqualTo(LocalDate.of(2000, 2, 29).toEpochDay());
    }

    @ParameterizedTest
    @MethodSource("zones")
    void timesOutsideTheEpochNanosecondRangeThrowInsteadOfWrapping(ZoneId zone) {
        ZoneConverter c = new ZoneConverter(zone);
        // A signed 64-bit nanosecond count covers 1677-09-21 to 2262-04-11.
        long day2300 = LocalDate.of(2300, 1, 1).toEpochDay();
        long day1600 = LocalDate.of(1600, 1, 1).toEpochDay();
        assertThatThrownBy(() -> c.toEpochNanos(day2300, 0)).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> c.toEpochNanos(day1600, 0)).isInstanceOf(ArithmeticException.class);
        long day2262 = LocalDate.of(2262, 4, 10).toEpochDay();
        assertThat(c.toEpochNanos(day2262, 0))
                .isEqualTo(Nanos.ofInstant(ZonedDateTime.of(LocalDate.of(2262, 4, 10).atStartOfDay(), zone).toInstant()));
    }

    /** Near the ends of the range the checked path agrees with java.time to the nanosecond, or both refuse. */
    @ParameterizedTest
    @MethodSource("zones")
    void agreesWithJavaTimeAtTheEndsOfTheRange(ZoneId zone) {
        ZoneConverter c = new ZoneConverter(zone);
        qt().withFixedSeed(5L).withExamples(2_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            long day = (r.nextBoolean() ? 1 : -1) * r.nextLong(105_990, 106_760);
            long nanoOfDay = r.nextLong(Nanos.PER_DAY);
            LocalDateTime t = LocalDateTime.of(LocalDate.ofEpochDay(day), java.time.LocalTime.ofNanoOfDay(nanoOfDay));
            Long expected;
            try {
                expected = Nanos.ofInstant(ZonedDateTime.of(t, zone).toInstant());
            } catch (ArithmeticException outside) {
                expected = null;
            }
            if (expected == null) {
                assertThatThrownBy(() -> c.toEpochNanos(day, nanoOfDay)).as("%s in %s", t, zone)
                        .isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(c.toEpochNanos(day, nanoOfDay)).as("%s in %s", t, zone).isEqualTo(expected);
            }
        });
    }

    @Test
    void atAFixedOffset() {
        // 2262-04-12T02:00+05:00 is 2262-04-11T21:00Z, inside the range although its local day is not.
        long day = LocalDate.of(2262, 4, 12).toEpochDay();
        assertThat(ZoneConverter.atOffset(day, 2 * Nanos.PER_HOUR, 5 * 3600))
                .isEqualTo(instant("2262-04-11T21:00:00Z"));
        assertThatThrownBy(() -> ZoneConverter.atOffset(day, 2 * Nanos.PER_HOUR, 0)).isInstanceOf(ArithmeticException.class);
        // 1970-01-01T00:00-01:00 is 01:00Z.
        assertThat(ZoneConverter.atOffset(0, 0, -3600)).isEqualTo(Nanos.PER_HOUR);
    }

    @Test
    void namesItsZone() {
        assertThat(new ZoneConverter(LONDON).zone()).isEqualTo(LONDON);
    }
}
