package io.sextant.data.text;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.sextant.core.time.Nanos;
import io.sextant.data.text.EpochTimestamp.Unit;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EpochTimestampTest {

    private static long parse(Unit unit, String text) {
        byte[] b = text.getBytes(US_ASCII);
        return new EpochTimestamp(unit).parse(b, 0, b.length);
    }

    /** unit, text, the instant */
    @ParameterizedTest
    @CsvSource({
            "SECONDS, 0, 1970-01-01T00:00:00Z",
            "SECONDS, 1385337600, 2013-11-25T00:00:00Z",
            "SECONDS, 1385337600.5, 2013-11-25T00:00:00.500Z",
            "SECONDS, 1385337600.123456789, 2013-11-25T00:00:00.123456789Z",
            "SECONDS, -1.5, 1969-12-31T23:59:58.500Z",
            "SECONDS, 1.3853376E9, 2013-11-25T00:00:00Z",
            "MILLIS, 1385337600123, 2013-11-25T00:00:00.123Z",
            "MILLIS, 1385337600123.456, 2013-11-25T00:00:00.123456Z",
            "MICROS, 1385337600123456, 2013-11-25T00:00:00.123456Z",
            "MICROS, 1385337600123456.7, 2013-11-25T00:00:00.1234567Z",
            "NANOS, 1385337600123456789, 2013-11-25T00:00:00.123456789Z",
            "NANOS, 1385337600123456789.000, 2013-11-25T00:00:00.123456789Z",
            "NANOS, 9223372036854775807, 2262-04-11T23:47:16.854775807Z",
    })
    void parses(Unit unit, String text, String expected) {
        assertThat(parse(unit, text)).as(text).isEqualTo(Nanos.ofInstant(Instant.parse(expected)));
    }

    @ParameterizedTest
    @CsvSource({
            "SECONDS, ''",
            "SECONDS, abc",
            "SECONDS, NaN",
            "SECONDS, Infinity",
            "SECONDS, 1.0000000001",        // finer than a nanosecond: rounded by the parser, so refused
            "MILLIS, 1.0000001",            // 10^-7 ms is finer than a nanosecond
            "MICROS, 1.0001",
            "NANOS, 1.5",
            "SECONDS, 9223372037",          // 9,223,372,037 s is past 2262-04-11
            "SECONDS, -9223372037",
            "MILLIS, 9223372036855",
            "NANOS, 9223372036854775808",
            "SECONDS, 1e30",
    })
    void refuses(Unit unit, String text) {
        assertThat(parse(unit, text)).as(text).isEqualTo(TimestampParser.INVALID);
    }

    @Test
    void theUnitIsGuessedFromTheMagnitude() {
        // 2023-11-14T22:13:20Z in each unit
        assertThat(Unit.guess(1_700_000_000L)).isEqualTo(Unit.SECONDS);
        assertThat(Unit.guess(1_700_000_000_000L)).isEqualTo(Unit.MILLIS);
        assertThat(Unit.guess(1_700_000_000_000_000L)).isEqualTo(Unit.MICROS);
        assertThat(Unit.guess(1_700_000_000_000_000_000L)).isEqualTo(Unit.NANOS);
        // the boundaries: 10^11, 10^14, 10^17
        assertThat(Unit.guess(99_999_999_999L)).isEqualTo(Unit.SECONDS);
        assertThat(Unit.guess(100_000_000_000L)).isEqualTo(Unit.MILLIS);
        assertThat(Unit.guess(99_999_999_999_999L)).isEqualTo(Unit.MILLIS);
        assertThat(Unit.guess(100_000_000_000_000L)).isEqualTo(Unit.MICROS);
        assertThat(Unit.guess(99_999_999_999_999_999L)).isEqualTo(Unit.MICROS);
        assertThat(Unit.guess(100_000_000_000_000_000L)).isEqualTo(Unit.NANOS);
        // before 1970 by magnitude too
        assertThat(Unit.guess(-1_700_000_000_000L)).isEqualTo(Unit.MILLIS);
        assertThat(Unit.guess(0)).isEqualTo(Unit.SECONDS);
    }

    @Test
    void unitNames() {
        assertThat(Unit.parse(" S ")).isEqualTo(Unit.SECONDS);
        assertThat(Unit.parse("seconds")).isEqualTo(Unit.SECONDS);
        assertThat(Unit.parse("ms")).isEqualTo(Unit.MILLIS);
        assertThat(Unit.parse("Millis")).isEqualTo(Unit.MILLIS);
        assertThat(Unit.parse("us")).isEqualTo(Unit.MICROS);
        assertThat(Unit.parse("microseconds")).isEqualTo(Unit.MICROS);
        assertThat(Unit.parse("NS")).isEqualTo(Unit.NANOS);
        assertThat(Unit.parse("nanos")).isEqualTo(Unit.NANOS);
        assertThatThrownBy(() -> Unit.parse("minutes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minutes").hasMessageContaining("s, ms, us or ns");
    }

    @Test
    void describesItself() {
        assertThat(new EpochTimestamp(Unit.MILLIS).describe()).isEqualTo("epoch millis (UTC)");
        assertThat(new EpochTimestamp(Unit.MICROS).unit()).isEqualTo(Unit.MICROS);
    }

    /** Random epoch numbers with random fractions agree with exact decimal arithmetic, or are refused where it does not fit. */
    @Test
    void agreesWithBigDecimal() {
        qt().withFixedSeed(11L).withExamples(10_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            Unit unit = Unit.values()[r.nextInt(4)];
            long whole = r.nextInt(3) == 0 ? r.nextLong() / (1L << r.nextInt(64)) : r.nextLong(-3_000_000_000_000_000L, 3_000_000_000_000_000L)
                    / (long) Math.pow(10, r.nextInt(10));
            int decimals = r.nextInt(4) == 0 ? 0 : r.nextInt(11);
            String fraction = decimals == 0 ? "" : "." + "%011d".formatted(r.nextLong(100_000_000_000L)).substring(0, decimals);
            String text = whole + fraction;
            BigDecimal nanos = new BigDecimal(text).multiply(BigDecimal.valueOf(unit.nanos));
            boolean exact = nanos.stripTrailingZeros().scale() <= 0;
            BigInteger n = exact ? nanos.toBigIntegerExact() : null;
            boolean fits = exact && n.bitLength() <= 63 && n.longValue() != Long.MIN_VALUE;
            long got = parse(unit, text);
            if (fits) {
                assertThat(got).as("%s %s", text, unit).isEqualTo(n.longValueExact());
            } else {
                assertThat(got).as("%s %s", text, unit).isEqualTo(TimestampParser.INVALID);
            }
        });
    }
}
