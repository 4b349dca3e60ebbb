package io.sextant.data.text;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.time.Nanos;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MillisOfDayTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long parse(String day, String text) {
        byte[] b = text.getBytes(US_ASCII);
        return new MillisOfDay(LocalDate.parse(day), new ZoneConverter(NEW_YORK)).parse(b, 0, b.length);
    }

    /** LEAN files: the day from the file name, milliseconds since local midnight in the row. */
    @ParameterizedTest
    @CsvSource({
            "2013-10-07, 0, 2013-10-07T04:00:00Z",                       // midnight EDT (-4)
            "2013-10-07, 34200000, 2013-10-07T13:30:00Z",                // 34,200,000 ms = 9.5 h: 09:30 EDT
            "2013-10-07, 14400009.367, 2013-10-07T08:00:00.009367Z",     // 04:00:00.009367 EDT
            "2013-10-07, 86399999.999999, 2013-10-08T03:59:59.999999999Z", // 86,399,999 ms + 999,999 ns: 23:59:59.999999999 EDT
            "2013-12-02, 34200000, 2013-12-02T14:30:00Z",                // EST (-5) in December
            // 2013-03-10 springs forward at 02:00: wall-clock 01:59 is EST, 03:00 is EDT.
            "2013-03-10, 7140000, 2013-03-10T06:59:00Z",
            "2013-03-10, 10800000, 2013-03-10T07:00:00Z",
    })
    void readsWallClockMillisecondsOfTheDay(String day, String text, String expected) {
        assertThat(parse(day, text)).as(text).isEqualTo(Nanos.ofInstant(Instant.parse(expected)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "-1", "86400000", "90000000", "1.0000001", "NaN", "1e30"})
    void refuses(String text) {
        assertThat(parse("2013-10-07", text)).as(text).isEqualTo(TimestampParser.INVALID);
    }

    @Test
    void refusesADayOutsideTheNanosecondRange() {
        assertThat(parse("2300-01-01", "0")).isEqualTo(TimestampParser.INVALID);
    }

    @Test
    void describesTheDayAndZone() {
        assertThat(new MillisOfDay(LocalDate.of(2013, 10, 7), new ZoneConverter(NEW_YORK)).describe())
                .contains("2013-10-07").contains("America/New_York");
    }
}
