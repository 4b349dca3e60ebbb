package io.sextant.data.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.sextant.core.time.Nanos;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateTimeTextTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long parse(String text, ZoneId zone) {
        byte[] b = text.getBytes(UTF_8);
        return new DateTimeText(new ZoneConverter(zone)).parse(b, 0, b.length);
    }

    private static long instant(String iso) {
        return Nanos.ofInstant(Instant.parse(iso));
    }

    /** text (local to New York unless it has an offset), the instant it is */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2017-01-05|2017-01-05T05:00:00Z",                       // midnight EST (-5)
            "2017/01/05|2017-01-05T05:00:00Z",
            "20170105|2017-01-05T05:00:00Z",
            "2017-07-05|2017-07-05T04:00:00Z",                       // midnight EDT (-4)
            "2017-01-05 09:30|2017-01-05T14:30:00Z",
            "2017-01-05T09:30|2017-01-05T14:30:00Z",
            "20170105 09:30|2017-01-05T14:30:00Z",
            "2017/01/05 16:00:01|2017-01-05T21:00:01Z",
            "2017-01-05 09:30:00.5|2017-01-05T14:30:00.500Z",
            "2017-01-05 09:30:00,25|2017-01-05T14:30:00.250Z",
            "2017-01-05 09:30:00.123456789|2017-01-05T14:30:00.123456789Z",
            "2017-01-05 09:30:00.1234567890|2017-01-05T14:30:00.123456789Z", // a trailing zero past ns is harmless
            "2017-01-05 09:30:00.000001|2017-01-05T14:30:00.000001Z",
            "2017-01-05 23:59:59.999999999|2017-01-06T04:59:59.999999999Z",
            "2017-01-05 09:30Z|2017-01-05T09:30:00Z",
            "2017-01-05T09:30:00z|2017-01-05T09:30:00Z",
            "2017-01-05 09:30 UTC|2017-01-05T09:30:00Z",
            "2017-01-05 09:30UTC|2017-01-05T09:30:00Z",
            "2017-01-05 09:30:00+05:30|2017-01-05T04:00:00Z",         // 09:30 at +05:30 is 04:00 UTC
            "2017-01-05 09:30:00+0530|2017-01-05T04:00:00Z",
            "2017-01-05 09:30:00 -05:00|2017-01-05T14:30:00Z",
            "2017-01-05T09:30-03|2017-01-05T12:30:00Z",
            "2017-01-05T09:30+18:00|2017-01-04T15:30:00Z",
            "2017-01-05Z|2017-01-05T00:00:00Z",                      // a date with an offset is midnight there
            "'  2017-01-05 09:30  '|2017-01-05T14:30:00Z",           // blanks around are ignored
            "2016-02-29|2016-02-29T05:00:00Z",
            "2017-03-12 02:30|2017-03-12T07:30:00Z",                 // in the spring gap: moved forward to 03:30 EDT
            "2017-11-05 01:30|2017-11-05T05:30:00Z",                 // in the fall overlap: the earlier offset (EDT)
            "1970-01-01 00:00Z|1970-01-01T00:00:00Z",
            "1969-12-31 23:59:59.9Z|1969-12-31T23:59:59.900Z",
    })
    void parses(String text, String expected) {
        assertThat(parse(text, NEW_YORK)).as(text).isEqualTo(instant(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "   ", "2017", "2017-01", "201701", "2017-1-5", "17-01-05", "2017-01-5", "2017-01/05", "2017/01-05",
            "2017.01.05", "x2017-01-05", "2017-01-05x", "2017-01-05  09:30", "2017-01-05T",
            "2017-02-30", "2017-02-29", "1900-02-29", "2017-04-31", "2017-13-01", "2017-00-10", "2017-01-00", "2017-01-32",
            "2017-01-05 24:00", "2017-01-05 09:60", "2017-01-05 09:30:60", "2017-01-05 9:30", "2017-01-05 09",
            "2017-01-05 0930", "2017-01-05 09:30:", "2017-01-05 09:30:00.", "2017-01-05 09:30.5",
            "2017-01-05 09:30:00.1234567891", "2017-01-05 09:30:00.5.5", "2017-01-05 09:30 +5", "2017-01-05 09:30 +05:",
            "2017-01-05 09:30+05:3", "2017-01-05 09:30+05:300", "2017-01-05 09:30+19:00", "2017-01-05 09:30+18:30",
            "2017-01-05 09:30+05:60", "2017-01-05 09:30 ZZ", "2017-01-05 09:30 GMT",
            "2017-01-05 09:30 EST", "2017-01-05 09:30 Z x", "2017-01-05\t09:30",
    })
    void refuses(String text) {
        assertThat(parse(text, NEW_YORK)).as("'%s'", text).isEqualTo(TimestampParser.INVALID);
    }

    /** Dates a 64-bit nanosecond count cannot hold (it covers 1677-09-21 to 2262-04-11) are refused, not wrapped. */
    @ParameterizedTest
    @ValueSource(strings = {"2300-01-01", "2262-04-12", "9999-12-31 23:59", "1600-01-01", "0000-01-01",
            "1677-09-20", "2300-01-01 00:00Z", "1600-06-01T12:00+05:00"})
    void refusesDatesOutsideTheEpochNanosecondRange(String text) {
        for (ZoneId zone : new ZoneId[]{ZoneOffset.UTC, NEW_YORK, ZoneId.of("-05:00")}) {
            assertThat(parse(text, zone)).as("%s in %s", text, zone).isEqualTo(TimestampParser.INVALID);
        }
    }

    @Test
    void theEdgesOfTheRangeStillParse() {
        assertThat(parse("2262-04-11 23:47:16.854775807Z", ZoneOffset.UTC)).isEqualTo(Long.MAX_VALUE);
        assertThat(parse("1677-09-22", ZoneOffset.UTC)).isEqualTo(instant("1677-09-22T00:00:00Z"));
    }

    @Test
    void parsesARangeOfABuffer() {
        byte[] b = "AAPL,2017-01-05 09:30,1.5".getBytes(UTF_8);
        DateTimeText p = new DateTimeText(new ZoneConverter(NEW_YORK));
        assertThat(p.parse(b, 5, 21)).isEqualTo(instant("2017-01-05T14:30:00Z"));
    }

    @Test
    void describesTheFormatAndZone() {
        assertThat(new DateTimeText(new ZoneConverter(NEW_YORK)).describe())
                .contains("yyyy-MM-dd").contains("America/New_York");
    }

    // ---------------------------------------------------------------- properties

    static ZoneId[] zones() {
        return ZoneConverterTest.zones().toArray(ZoneId[]::new);
    }

    /**
     * Random local times near clock changes, written in every layout DateTimeText reads, agree with
     * {@code LocalDateTime.parse(iso).atZone(zone)}. One parser per zone, so its day cache is exercised.
     */
    @ParameterizedTest
    @MethodSource("zones")
    void localTimesAgreeWithJavaTime(ZoneId zone) {
        DateTimeText parser = new DateTimeText(new ZoneConverter(zone));
        qt().withFixedSeed(zone.getId().hashCode() * 31L).withExamples(4_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            LocalDateTime t = ZoneConverterTest.nearTransition(zone, r);
            Written w = write(t, r);
            long expected = Nanos.ofInstant(LocalDateTime.parse(w.iso()).atZone(zone).toInstant());
            byte[] b = w.text().getBytes(UTF_8);
            assertThat(parser.parse(b, 0, b.length)).as("'%s' in %s", w.text(), zone).isEqualTo(expected);
        });
    }

    /** Random times with an explicit offset agree with {@code LocalDateTime.parse(iso).atOffset(offset)}, whatever the zone. */
    @Test
    void timesWithAnOffsetAgreeWithJavaTime() {
        DateTimeText parser = new DateTimeText(new ZoneConverter(NEW_YORK));
        qt().withFixedSeed(99L).withExamples(4_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            LocalDateTime t = ZoneConverterTest.nearTransition(NEW_YORK, r);
            Written w = write(t, r);
            int minutes = r.nextInt(-18 * 60, 18 * 60 + 1);
            if (r.nextBoolean()) {
                minutes -= minutes % 15;
            }
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(minutes * 60);
            String sign = minutes < 0 ? "-" : "+";
            int abs = Math.abs(minutes);
            String hh = "%02d".formatted(abs / 60);
            String mm = "%02d".formatted(abs % 60);
            String suffix = switch (r.nextInt(5)) {
                case 0 -> sign + hh + ":" + mm;
                case 1 -> sign + hh + mm;
                case 2 -> abs % 60 == 0 ? sign + hh : sign + hh + ":" + mm;
                case 3 -> " " + sign + hh + ":" + mm;
                default -> minutes == 0 ? (r.nextBoolean() ? "Z" : " UTC") : sign + hh + mm;
            };
            if (!w.text().contains(":")) {
                suffix = suffix.strip(); // a blank before the offset is read only after a time
            }
            String text = w.text() + suffix;
            long expected = Nanos.ofInstant(LocalDateTime.parse(w.iso()).atOffset(offset).toInstant());
            byte[] b = text.getBytes(UTF_8);
            assertThat(parser.parse(b, 0, b.length)).as("'%s'", text).isEqualTo(expected);
        });
    }

    /** A local time as text in one of the layouts, and the same (possibly truncated) time in ISO form. */
    record Written(String text, String iso) {
    }

    static Written write(LocalDateTime t, SplittableRandom r) {
        String date = switch (r.nextInt(3)) {
            case 0 -> "%04d-%02d-%02d";
            case 1 -> "%04d/%02d/%02d";
            default -> "%04d%02d%02d";
        };
        date = date.formatted(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
        String isoDate = "%04d-%02d-%02d".formatted(t.getYear(), t.getMonthValue(), t.getDayOfMonth());
        int shape = r.nextInt(4); // date only, HH:mm, HH:mm:ss, HH:mm:ss.fraction
        if (shape == 0) {
            return new Written(date, isoDate + "T00:00");
        }
        String sep = r.nextBoolean() ? " " : "T";
        String hm = "%02d:%02d".formatted(t.getHour(), t.getMinute());
        if (shape == 1) {
            return new Written(date + sep + hm, isoDate + "T" + hm);
        }
        String hms = hm + ":%02d".formatted(t.getSecond());
        if (shape == 2) {
            return new Written(date + sep + hms, isoDate + "T" + hms);
        }
        int digits = 1 + r.nextInt(9);
        String nine = "%09d".formatted(t.getNano());
        String fraction = nine.substring(0, digits);
        return new Written(date + sep + hms + (r.nextInt(4) == 0 ? "," : ".") + fraction, isoDate + "T" + hms + "." + fraction);
    }
}
