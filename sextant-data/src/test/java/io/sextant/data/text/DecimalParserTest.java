package io.sextant.data.text;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalParserTest {

    private final DecimalParser parser = new DecimalParser();

    private int parse(String text) {
        byte[] b = text.getBytes(US_ASCII);
        return parser.parse(b, 0, b.length);
    }

    /** text, unscaled, scale */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "0|0|0",
            "-0|0|0",
            "0.000|0|0",
            "42|42|0",
            "+42|42|0",
            "-42|-42|0",
            "007.50|75|1",             // leading zeros ignored, trailing zero dropped
            "800.010000|80001|2",      // 800.01
            ".5|5|1",
            "-.25|-25|2",
            "5.|5|0",
            "0.05|5|2",
            "123456789.123456789|123456789123456789|9",
            "9223372036854775807|9223372036854775807|0",
            "-9223372036854775807|-9223372036854775807|0",
            "1.479E+7|14790000|0",     // 1.479 x 10^7
            "1.5e3|1500|0",
            "2.5E-3|25|4",             // 0.0025
            "1e0|1|0",
            "-3.000e-2|-3|2",          // -0.03
    })
    void parsesExactly(String text, long unscaled, int scale) {
        assertThat(parse(text)).as(text).isEqualTo(DecimalParser.OK);
        assertThat(parser.unscaled()).as(text).isEqualTo(unscaled);
        assertThat(parser.scale()).as(text).isEqualTo(scale);
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertThat(parse(" \t 1.25\t ")).isEqualTo(DecimalParser.OK);
        assertThat(parser.unscaled()).isEqualTo(125);
        assertThat(parser.scale()).isEqualTo(2);
    }

    @Test
    void parsesARangeOfABuffer() {
        byte[] b = "x,12.5,y".getBytes(US_ASCII);
        assertThat(parser.parse(b, 2, 6)).isEqualTo(DecimalParser.OK);
        assertThat(parser.unscaled()).isEqualTo(125);
        assertThat(parser.scale()).isEqualTo(1);
    }

    /** text, unscaled, scale: more than 9 decimals is rounded half-even to 9 and reported. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "16.65999984741211|16659999847|9",  // 16.659999847|41211: the dropped part is below half a unit
            "0.0000000005|0|0",                  // exactly half of 1e-9: half-even to 0
            "0.0000000015|2|9",                  // 1.5e-9: half-even to 2e-9
            "0.0000000025|2|9",                  // 2.5e-9: half-even to 2e-9
            "0.00000000251|3|9",                 // above half: up
            "-0.0000000015|-2|9",
            "12345e-13|1|9",                     // 0.0000000012345 -> 0.000000001
            "0.00000000001|0|0",                 // 1e-11 rounds to zero, still reported
            "1.0000000001|1|0",                  // 1.000000000|1 -> 1
    })
    void roundsBeyondNineDecimalsHalfEven(String text, long unscaled, int scale) {
        assertThat(parse(text)).as(text).isEqualTo(DecimalParser.ROUNDED);
        assertThat(parser.unscaled()).as(text).isEqualTo(unscaled);
        assertThat(parser.scale()).as(text).isEqualTo(scale);
    }

    @Test
    void trailingZerosBeyondNineDecimalsAreNotRounding() {
        assertThat(parse("1.50000000000000000000")).isEqualTo(DecimalParser.OK);
        assertThat(parser.unscaled()).isEqualTo(15);
        assertThat(parser.scale()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t \t"})
    void emptyText(String text) {
        assertThat(parse(text)).isEqualTo(DecimalParser.EMPTY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "-NaN", "+nan"})
    void notANumber(String text) {
        assertThat(parse(text)).isEqualTo(DecimalParser.NAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Infinity", "-Infinity", "+inf", "INF", "-inf"})
    void infinite(String text) {
        assertThat(parse(text)).isEqualTo(DecimalParser.INFINITE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "-", "+", ".", "-.", "1.2.3", "1,5", "1 2", "--1", "+-1", "1e", "1e+", "e5", ".e5",
            "1.5x", "0x10", "1_000", "12a", "Infinityx", "nana", "1e5.5", "\u00e9"})
    void syntaxErrors(String text) {
        byte[] b = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(parser.parse(b, 0, b.length)).as(text).isEqualTo(DecimalParser.SYNTAX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "99999999999999999999",
            "1e19", "9.3e18", "92233720368547758.08", "123456789012345678901234567890"})
    void tooLargeForALong(String text) {
        assertThat(parse(text)).as(text).isEqualTo(DecimalParser.TOO_LARGE);
    }

    /** A huge exponent is decided from the exponent, not by expanding 10^n digit by digit. */
    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "-1e999999999", "1.5e99999999", "1e2147483647", "-9e9999999"})
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void hugeExponentsAreTooLarge(String text) {
        assertThat(parse(text)).as(text).isEqualTo(DecimalParser.TOO_LARGE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "-1e-99999999", "7.5e-9999999", "1e-2147483647"})
    @Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void hugeNegativeExponentsRoundToZero(String text) {
        assertThat(parse(text)).as(text).isEqualTo(DecimalParser.ROUNDED);
        assertThat(parser.unscaled()).isZero();
        assertThat(parser.scale()).isZero();
    }

    @Test
    void describesFailedStatuses() {
        assertThat(DecimalParser.describe(DecimalParser.EMPTY)).isEqualTo("is empty");
        assertThat(DecimalParser.describe(DecimalParser.SYNTAX)).isEqualTo("is not a number");
        assertThat(DecimalParser.describe(DecimalParser.NAN)).isEqualTo("is NaN");
        assertThat(DecimalParser.describe(DecimalParser.INFINITE)).isEqualTo("is infinite");
        assertThat(DecimalParser.describe(DecimalParser.TOO_LARGE)).contains("too large");
    }

    @Test
    void aFailedParseAfterASuccessfulOneDoesNotChangeTheStatusOfTheFirst() {
        assertThat(parse("1.5")).isEqualTo(DecimalParser.OK);
        assertThat(parse("x")).isEqualTo(DecimalParser.SYNTAX);
        assertThat(parse("-0.125")).isEqualTo(DecimalParser.OK);
        assertThat(parser.unscaled()).isEqualTo(-125);
        assertThat(parser.scale()).isEqualTo(3);
    }

    // ---------------------------------------------------------------- property

    /**
     * Random decimal text (signs, leading and trailing zeros, long mantissas, exponents) agrees with
     * {@code new BigDecimal(text).stripTrailingZeros()}, rounded half-even to 9 decimals where it has
     * more, and refused where it does not fit a long.
     */
    @Test
    void agreesWithBigDecimal() {
        qt().withFixedSeed(3141L).withExamples(20_000).forAll(longs().all()).checkAssert(seed -> {
            SplittableRandom r = new SplittableRandom(seed);
            String text = randomDecimal(r);
            BigDecimal v = new BigDecimal(text.strip());
            int expectedStatus = DecimalParser.OK;
            if (v.signum() == 0) {
                v = BigDecimal.ZERO;
            } else {
                v = v.stripTrailingZeros();
                if (v.scale() > 9) {
                    v = v.setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros();
                    expectedStatus = DecimalParser.ROUNDED;
                }
                if (v.signum() == 0) {
                    v = BigDecimal.ZERO;
                }
                if (v.scale() < 0) {
                    v = v.setScale(0);
                }
            }
            if (v.unscaledValue().bitLength() > 63) {
                expectedStatus = DecimalParser.TOO_LARGE;
            }
            int status = parse(text);
            assertThat(status).as(text).isEqualTo(expectedStatus);
            if (status <= DecimalParser.ROUNDED) {
                assertThat(BigDecimal.valueOf(parser.unscaled(), parser.scale())).as(text).isEqualTo(v);
            }
        });
    }

    private static String randomDecimal(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextInt(4) == 0) {
            sb.append(r.nextBoolean() ? ' ' : '\t');
        }
        int sign = r.nextInt(3);
        if (sign == 1) {
            sb.append('-');
        } else if (sign == 2) {
            sb.append('+');
        }
        int intDigits = r.nextInt(5) == 0 ? r.nextInt(25) : r.nextInt(8);
        int fracDigits = r.nextInt(3) == 0 ? -1 : (r.nextInt(5) == 0 ? r.nextInt(25) : r.nextInt(12));
        if (intDigits == 0 && fracDigits <= 0) {
            intDigits = 1;
        }
        appendDigits(sb, r, intDigits);
        if (fracDigits >= 0) {
            sb.append('.');
            appendDigits(sb, r, fracDigits);
        }
        if (r.nextInt(4) == 0) {
            sb.append(r.nextBoolean() ? 'e' : 'E');
            int es = r.nextInt(3);
            if (es == 1) {
                sb.append('-');
            } else if (es == 2) {
                sb.append('+');
            }
            sb.append(r.nextInt(30));
        }
        if (r.nextInt(4) == 0) {
            sb.append(' ');
        }
        return sb.toString();
    }

    /** Digits with runs of zeros, so that leading and trailing zeros are common. */
    private static void appendDigits(StringBuilder sb, SplittableRandom r, int n) {
        boolean zeros = r.nextInt(3) == 0;
        for (int i = 0; i < n; i++) {
            if (r.nextInt(5) == 0) {
                zeros = !zeros;
            }
            sb.append(zeros ? '0' : (char) ('0' + r.nextInt(10)));
        }
    }
}
