package io.sextant.data.text;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.core.time.Nanos;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PatternTimestampTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static long parse(String pattern, String text) {
        byte[] b = text.getBytes(UTF_8);
        return new PatternTimestamp(pattern, NEW_YORK).parse(b, 0, b.length);
    }

    /** pattern, text (local to New York unless it names an offset or zone), the instant */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dd/MM/yyyy|05/01/2017|2017-01-05T05:00:00Z",                   // midnight EST
            "dd/MM/yyyy HH:mm|05/07/2017 09:30|2017-07-05T13:30:00Z",       // EDT (-4)
            "MM/dd/yyyy hh:mm a|01/05/2017 04:15 PM|2017-01-05T21:15:00Z",
            "yyyy-MM-dd HH:mm:ss.SSS|2017-01-05 09:30:00.250|2017-01-05T14:30:00.250Z",
            "uuuu-MM-dd HH:mm|2017-01-05 09:30|2017-01-05T14:30:00Z",
            "yyyy-MM-dd HH:mmXXX|2017-01-05 09:30+05:30|2017-01-05T04:00:00Z",
            "yyyy-MM-dd HH:mm VV|2017-01-05 09:30 Europe/London|2017-01-05T09:30:00Z",
            "yyyy-MM-dd HH:mm VV|2017-07-05 09:30 Asia/Kolkata|2017-07-05T04:00:00Z",
            "dd/MM/yyyy|' 05/01/2017 '|2017-01-05T05:00:00Z",               // blanks around are ignored
            "dd/MM/yyyy|29/02/2016|2016-02-29T05:00:00Z",
            "EEE dd/MM/yyyy|Thu 05/01/2017|2017-01-05T05:00:00Z",
    })
    void parses(String pattern, String text, String expected) {
        assertThat(parse(pattern, text)).as(text).isEqualTo(Nanos.ofInstant(Instant.parse(expected)));
    }

    /** Dates that do not exist are refused, never moved to the end of the month. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dd/MM/yyyy|30/02/2017",
            "dd/MM/yyyy|29/02/2017",
            "dd/MM/yyyy|31/04/2017",
            "dd/MM/yyyy|32/01/2017",
            "dd/MM/yyyy|01/13/2017",
            "uuuu-MM-dd|2017-02-30",
            "dd/MM/yyyy HH:mm|05/01/2017 24:00",
            "dd/MM/yyyy HH:mm|05/01/2017 09:60",
            "EEE dd/MM/yyyy|Fri 05/01/2017",   // 2017-01-05 was a Thursday
    })
    void refusesDatesAndTimesThatDoNotExist(String pattern, String text) {
        assertThat(parse(pattern, text)).as(text).isEqualTo(TimestampParser.INVALID);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dd/MM/yyyy|2017-01-05",
            "dd/MM/yyyy|05/01/2017 09:30",
            "dd/MM/yyyy|''",
            "HH:mm|09:30",            // no date
            "yyyy-MM-dd HH:mmXXX|2017-01-05 09:30+25:00",
            "dd/MM/yyyy|01/01/2300",  // past 2262-04-11, where epoch nanoseconds end
    })
    void refusesTextThatDoesNotFit(String pattern, String text) {
        assertThat(parse(pattern, text)).as(text).isEqualTo(TimestampParser.INVALID);
    }

    @Test
    void aBadPatternIsAnArgumentErrorThatNamesIt() {
        assertThatThrownBy(() -> new PatternTimestamp("yyyy-MM-dd bb", NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yyyy-MM-dd bb");
    }

    @Test
    void describesThePatternAndZone() {
        assertThat(new PatternTimestamp("dd/MM/yyyy", NEW_YORK).describe())
                .contains("dd/MM/yyyy").contains("America/New_York");
    }
}
