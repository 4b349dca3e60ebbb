package io.sextant.core.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.Duration;

import static io.sextant.core.money.Theories.precisions;
import static io.sextant.core.money.Theories.qt;
import static io.sextant.core.money.Theories.raws;
import static io.sextant.core.money.Theories.roundings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class PriceTest {

    @Test
    void parsesTheDecimalsWritten() {
        assertThat(Price.of("101.25")).isEqualTo(new Price(10_125, 2));
        assertThat(Price.of("101.25").precision()).isEqualTo(2);
        assertThat(Price.of("1.50").precision()).isEqualTo(2);
        assertThat(Price.of("-0.05")).extracting(Price::raw, Price::precision).containsExactly(-5L, 2);
        assertThat(Price.of("  7 ")).extracting(Price::raw, Price::precision).containsExactly(7L, 0);
        // 1E+3 has a negative scale; it becomes 1000 at 0 decimals
        assertThat(Price.of("1E+3")).extracting(Price::raw, Price::precision).containsExactly(1000L, 0);
        // more than 9 decimals written, but only zeros: the value has 0 decimals
        assertThat(Price.of("1.0000000000")).extracting(Price::raw, Price::precision).containsExactly(1L, 0);
        assertThat(Price.of("0.000000001")).extracting(Price::raw, Price::precision).containsExactly(1L, 9);
    }

    @Test
    void refusesTextThatIsNotAFiniteDecimal() {
        assertThatThrownBy(() -> Price.of("abc")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price is not a decimal number: 'abc'");
        assertThatThrownBy(() -> Price.of("NaN")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price must be a finite number, was 'NaN'");
        assertThatThrownBy(() -> Price.of("-Infinity")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price must be a finite number, was '-Infinity'");
        assertThatThrownBy(() -> Price.of(" ")).isInstanceOf(IllegalArgumentException.class).hasMessage("price is empty");
        assertThatThrownBy(() -> Price.of((String) null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price is empty");
        assertThatThrownBy(() -> Price.of("1.0000000001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price 1.0000000001 has more than 9 decimals; round it explicitly");
        assertThatThrownBy(() -> Price.of("9223372036854775808")).isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("does not fit in 64 bits");
    }

    @Test
    void hugeExponentsFailFast() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatThrownBy(() -> Price.of("1E+300000000")).isInstanceOf(ArithmeticException.class)
                    .hasMessage("fixed-point overflow: price 1E+300000000 does not fit in 64 bits");
            assertThatThrownBy(() -> Price.of("1E-300000000")).isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("price 1E-300000000 has more than 9 decimals; round it explicitly");
            assertThat(Price.of(new BigDecimal("1E-300000000"), 2, Rounding.CEILING)).isEqualTo(Price.of("0.01"));
        });
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 10})
    void precisionIsZeroToNine(int precision) {
        assertThatThrownBy(() -> new Price(1, precision)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("precision " + precision + " is outside 0..9 decimals");
        assertThatThrownBy(() -> Price.of(BigDecimal.ONE, precision, Rounding.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("precision " + precision + " is outside 0..9 decimals");
        assertThatThrownBy(() -> Price.of("1").withPrecision(precision, Rounding.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void fromADoubleRoundsItsShortestTextHalfEven() {
        // 0.1 + 0.2 = 0.30000000000000004 as a double -> 0.30
        assertThat(Price.ofDouble(0.1 + 0.2, 2)).isEqualTo(new Price(30, 2));
        // the double nearest 2.675 is 2.67499999999999982236431605997495353221893310546875, but its
        // shortest text is "2.675", a tie -> 2.68 (8 is even); documented behaviour
        assertThat(Price.ofDouble(2.675, 2)).isEqualTo(Price.of("2.68"));
        assertThat(Price.ofDouble(2.665, 2)).isEqualTo(Price.of("2.66"));
        assertThatThrownBy(() -> Price.ofDouble(Double.NaN, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("price must be a finite number, was NaN");
        assertThatThrownBy(() -> Price.ofDouble(Double.POSITIVE_INFINITY, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void arithmeticKeepsTheLargerPrecision() {
        // 1.5 + 0.25 = 1.75 at 2 decimals
        Price sum = Price.of("1.5").plus(Price.of("0.25"));
        assertThat(sum).extracting(Price::raw, Price::precision).containsExactly(175L, 2);
        // 100 - 100.125 = -0.125 at 3 decimals
        assertThat(Price.of("100").minus(Price.of("100.125"))).extracting(Price::raw, Price::precision)
                .containsExactly(-125L, 3);
        assertThat(Price.of("-0.05").negate()).isEqualTo(Price.of("0.05"));
        assertThat(Price.of("-0.05").signum()).isEqualTo(-1);
    }

    @Test
    void minusIsExactEvenForTheMostNegativeRawValue() {
        // -1 - (-9223372036854775808) = 9223372036854775807 fits, though -(Long.MIN_VALUE) does not
        assertThat(new Price(-1, 0).minus(new Price(Long.MIN_VALUE, 0))).isEqualTo(new Price(Long.MAX_VALUE, 0));
        assertThatThrownBy(() -> new Price(0, 0).minus(new Price(Long.MIN_VALUE, 0)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("fixed-point overflow: 0 - -9223372036854775808");
        assertThatThrownBy(() -> new Price(Long.MIN_VALUE, 2).negate()).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void plusAndMinusAgreeWithBigDecimal() {
        qt(20_000).forAll(raws(), precisions(), raws(), precisions()).checkAssert((a, pa, b, pb) -> {
            Price x = new Price(a, pa);
            Price y = new Price(b, pb);
            int p = Math.max(pa, pb);
            Long sum = Theories.reference(x.toBigDecimal().add(y.toBigDecimal()), p, Rounding.EXACT);
            Long difference = Theories.reference(x.toBigDecimal().subtract(y.toBigDecimal()), p, Rounding.EXACT);
            if (sum == null) {
                assertThatThrownBy(() -> x.plus(y)).isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(x.plus(y)).extracting(Price::raw, Price::precision).containsExactly(sum, p);
            }
            if (difference == null) {
                assertThatThrownBy(() -> x.minus(y)).isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(x.minus(y)).extracting(Price::raw, Price::precision).containsExactly(difference, p);
            }
        });
    }

    @Test
    void equalityIsNumericAcrossPrecisions() {
        assertThat(Price.of("1.50")).isEqualTo(Price.of("1.5")).hasSameHashCodeAs(Price.of("1.5"));
        assertThat(Price.of("-1.10")).isEqualTo(Price.of("-1.1")).hasSameHashCodeAs(Price.of("-1.1"));
        assertThat(Price.of("0.000000000")).isEqualTo(Price.of("0")).hasSameHashCodeAs(Price.of("0"));
        assertThat(Price.of("100")).isEqualTo(Price.of("100.000")).hasSameHashCodeAs(Price.of("100.000"));
        assertThat(Price.of("1.5")).isNotEqualTo(Price.of("1.51")).isNotEqualTo(Price.of("-1.5"));
        assertThat(Price.of("1.5")).isNotEqualTo(Quantity.of("1.5"));
        // the value is equal but the text differs: toString keeps the precision
        assertThat(Price.of("1.50")).hasToString("1.50");
        assertThat(Price.of("1.5")).hasToString("1.5");
    }

    @Test
    void equalValuesAtDifferentPrecisionsShareEqualityOrderAndHash() {
        qt(20_000).forAll(raws(), precisions(), integers().between(0, 9)).checkAssert((raw, p, k) -> {
            if (p + k > 9) {
                return;
            }
            long scaled;
            try {
                scaled = Math.multiplyExact(raw, FixedPoint.pow10(k));
            } catch (ArithmeticException doesNotFit) {
                return;
            }
            Price a = new Price(raw, p);
            Price b = new Price(scaled, p + k);
            assertThat(a).isEqualTo(b);
            assertThat(a.hashCode()).isEqualTo(b.hashCode());
            assertThat(a.compareTo(b)).isZero();
        });
    }

    @Test
    void orderAgreesWithBigDecimal() {
        qt(20_000).forAll(raws(), precisions(), raws(), precisions()).checkAssert((a, pa, b, pb) -> {
            Price x = new Price(a, pa);
            Price y = new Price(b, pb);
            int expected = x.toBigDecimal().compareTo(y.toBigDecimal());
            assertThat(Integer.signum(x.compareTo(y))).isEqualTo(expected);
            assertThat(x.equals(y)).isEqualTo(expected == 0);
        });
    }

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({
            "-5, 2, -0.05",
            "-1, 9, -0.000000001",
            "-123, 3, -0.123",
            "123, 0, 123",
            "0, 0, 0",
            "0, 4, 0.0000",
            "-9223372036854775808, 0, -9223372036854775808",
            "-9223372036854775808, 9, -9223372036.854775808",
    })
    void toStringIsPlainWithEveryDecimal(long raw, int precision, String text) {
        assertThat(new Price(raw, precision)).hasToString(text);
        // and it parses back to the same raw value and precision
        assertThat(Price.of(text)).extracting(Price::raw, Price::precision).containsExactly(raw, precision);
    }

    /**
     * Rounding to a 0.05 tick. Columns: price, HALF_EVEN, HALF_UP, HALF_DOWN, FLOOR, CEILING, DOWN, UP.
     * 1.03 = 20.6 ticks; 1.025 = 20.5 ticks (tie, 20 is even); 1.075 = 21.5 ticks (tie, 22 is even).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "1.03, 1.05, 1.05, 1.05, 1.00, 1.05, 1.00, 1.05",
            "1.025, 1.00, 1.05, 1.00, 1.00, 1.05, 1.00, 1.05",
            "1.075, 1.10, 1.10, 1.05, 1.05, 1.10, 1.05, 1.10",
            "1.01, 1.00, 1.00, 1.00, 1.00, 1.05, 1.00, 1.05",
            "1.05, 1.05, 1.05, 1.05, 1.05, 1.05, 1.05, 1.05",
            "-1.03, -1.05, -1.05, -1.05, -1.05, -1.00, -1.00, -1.05",
            "-1.025, -1.00, -1.05, -1.00, -1.05, -1.00, -1.00, -1.05",
            "-0.01, 0.00, 0.00, 0.00, -0.05, 0.00, 0.00, -0.05",
    })
    void roundsToAFiveCentTick(String price, String halfEven, String halfUp, String halfDown,
                               String floor, String ceiling, String down, String up) {
        Price tick = Price.of("0.05");
        Price p = Price.of(price);
        assertThat(p.roundTo(tick, Rounding.HALF_EVEN)).isEqualTo(Price.of(halfEven));
        assertThat(p.roundTo(tick, Rounding.HALF_UP)).isEqualTo(Price.of(halfUp));
        assertThat(p.roundTo(tick, Rounding.HALF_DOWN)).isEqualTo(Price.of(halfDown));
        assertThat(p.roundTo(tick, Rounding.FLOOR)).isEqualTo(Price.of(floor));
        assertThat(p.roundTo(tick, Rounding.CEILING)).isEqualTo(Price.of(ceiling));
        assertThat(p.roundTo(tick, Rounding.DOWN)).isEqualTo(Price.of(down));
        assertThat(p.roundTo(tick, Rounding.UP)).isEqualTo(Price.of(up));
    }

    @Test
    void roundsToAQuarterTick() {
        Price tick = Price.of("0.25");
        // 4500.30 = 18001.2 ticks -> FLOOR 18001 = 4500.25, CEILING 18002 = 4500.50
        assertThat(Price.of("4500.30").roundTo(tick, Rounding.FLOOR)).isEqualTo(Price.of("4500.25"));
        assertThat(Price.of("4500.30").roundTo(tick, Rounding.CEILING)).isEqualTo(Price.of("4500.50"));
        // 4500.125 = 18000.5 ticks: a tie; HALF_EVEN 18000 = 4500.00, HALF_UP 18001 = 4500.25
        assertThat(Price.of("4500.125").roundTo(tick, Rounding.HALF_EVEN)).isEqualTo(Price.of("4500.00"));
        assertThat(Price.of("4500.125").roundTo(tick, Rounding.HALF_UP)).isEqualTo(Price.of("4500.25"));
        // 4500.375 = 18001.5 ticks: a tie; HALF_EVEN 18002 = 4500.50, HALF_DOWN 18001 = 4500.25
        assertThat(Price.of("4500.375").roundTo(tick, Rounding.HALF_EVEN)).isEqualTo(Price.of("4500.50"));
        assertThat(Price.of("4500.375").roundTo(tick, Rounding.HALF_DOWN)).isEqualTo(Price.of("4500.25"));
        // the documented precision: the larger of the price's and the tick's
        assertThat(Price.of("4500.375").roundTo(tick, Rounding.HALF_EVEN).precision()).isEqualTo(3);
        assertThat(Price.of("4500").roundTo(tick, Rounding.HALF_EVEN).precision()).isEqualTo(2);
        assertThat(Price.of("4500.25").isMultipleOf(tick)).isTrue();
        assertThat(Price.of("4500.30").isMultipleOf(tick)).isFalse();
        assertThat(Price.of("-4500.75").isMultipleOf(tick)).isTrue();
        // a tick coarser than one: 5; 12.5 is 2.5 ticks -> HALF_EVEN 10
        assertThat(Price.of("12.5").roundTo(Price.of("5"), Rounding.HALF_EVEN)).isEqualTo(Price.of("10"));
    }

    @Test
    void roundToRefusesNonPositiveTicks() {
        assertThatThrownBy(() -> Price.of("1").roundTo(Price.of("0.00"), Rounding.FLOOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tick size must be positive, was 0.00");
        assertThatThrownBy(() -> Price.of("1").roundTo(Price.of("-0.01"), Rounding.FLOOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("tick size must be positive, was -0.01");
    }

    @Test
    void roundToAgreesWithBigDecimal() {
        var ticks = org.quicktheories.generators.SourceDSL.arbitrary()
                .pick("0.01", "0.05", "0.25", "0.5", "1", "5", "100", "0.0001", "0.00000001", "0.125", "0.3");
        qt(20_000).forAll(longs().between(-1_000_000_000_000L, 1_000_000_000_000L), precisions(), ticks, roundings())
                .checkAssert((raw, p, tickText, r) -> {
                    Price price = new Price(raw, p);
                    Price tick = Price.of(tickText);
                    BigDecimal steps;
                    try {
                        steps = price.toBigDecimal().divide(tick.toBigDecimal(), 0, r.mode());
                    } catch (ArithmeticException inexact) {
                        assertThatThrownBy(() -> price.roundTo(tick, r)).isInstanceOf(ArithmeticException.class);
                        return;
                    }
                    BigDecimal expected = steps.multiply(tick.toBigDecimal());
                    int resultPrecision = Math.max(price.precision(), tick.precision());
                    if (Theories.reference(expected, resultPrecision, Rounding.EXACT) == null) {
                        // e.g. 92237597136 to a 0.00000001 tick: the result does not fit at 8 decimals
                        assertThatThrownBy(() -> price.roundTo(tick, r)).isInstanceOf(ArithmeticException.class);
                        return;
                    }
                    Price rounded = price.roundTo(tick, r);
                    assertThat(rounded.toBigDecimal()).as("%s to %s %s", price, tick, r).isEqualByComparingTo(expected);
                    assertThat(rounded.precision()).isEqualTo(resultPrecision);
                    assertThat(rounded.isMultipleOf(tick)).isTrue();
                });
    }

    @Test
    void withPrecisionRoundsOrPadsExactly() {
        // 1.2345 -> 2 decimals: HALF_EVEN 1.23, CEILING 1.24; -> 6 decimals: 1.234500
        assertThat(Price.of("1.2345").withPrecision(2, Rounding.HALF_EVEN)).hasToString("1.23");
        assertThat(Price.of("1.2345").withPrecision(2, Rounding.CEILING)).hasToString("1.24");
        assertThat(Price.of("1.2345").withPrecision(6, Rounding.EXACT)).hasToString("1.234500");
        assertThatThrownBy(() -> Price.of("1.2345").withPrecision(2, Rounding.EXACT))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void convertsForAnalytics() {
        assertThat(Price.of("101.25").toDouble()).isEqualTo(101.25);
        assertThat(Price.of("101.25").toBigDecimal()).isEqualTo(new BigDecimal("101.25"));
    }
}
