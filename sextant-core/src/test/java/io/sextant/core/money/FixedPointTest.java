package io.sextant.core.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;

import static io.sextant.core.money.Theories.qt;
import static io.sextant.core.money.Theories.raws;
import static io.sextant.core.money.Theories.denominators;
import static io.sextant.core.money.Theories.precisions;
import static io.sextant.core.money.Theories.reference;
import static io.sextant.core.money.Theories.roundings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

class FixedPointTest {

    @Test
    void powersOfTenUpToEighteen() {
        assertThat(FixedPoint.pow10(0)).isEqualTo(1L);
        assertThat(FixedPoint.pow10(9)).isEqualTo(1_000_000_000L);
        assertThat(FixedPoint.pow10(18)).isEqualTo(1_000_000_000_000_000_000L);
        assertThatThrownBy(() -> FixedPoint.pow10(19)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("10^19 does not fit in a long (0 <= n <= 18)");
        assertThatThrownBy(() -> FixedPoint.pow10(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Every rule on quotients below, at and above a half, positive and negative. Columns:
     * numerator, denominator, HALF_EVEN, HALF_UP, HALF_DOWN, FLOOR, CEILING, DOWN, UP.
     */
    @ParameterizedTest(name = "{0}/{1}")
    @CsvSource({
            // 7/2 = 3.5: a tie; the even neighbour is 4
            "7, 2, 4, 4, 3, 3, 4, 3, 4",
            "-7, 2, -4, -4, -3, -4, -3, -3, -4",
            // 5/2 = 2.5: a tie; the even neighbour is 2
            "5, 2, 2, 3, 2, 2, 3, 2, 3",
            "-5, 2, -2, -3, -2, -3, -2, -2, -3",
            // 7/3 = 2.333: below half
            "7, 3, 2, 2, 2, 2, 3, 2, 3",
            "-7, 3, -2, -2, -2, -3, -2, -2, -3",
            // 8/3 = 2.667: above half
            "8, 3, 3, 3, 3, 2, 3, 2, 3",
            "-8, 3, -3, -3, -3, -3, -2, -2, -3",
            // 1/4 = 0.25 and -1/4: the quotient truncates to zero, the sign must still come from the numerator
            "1, 4, 0, 0, 0, 0, 1, 0, 1",
            "-1, 4, 0, 0, 0, -1, 0, 0, -1",
            // 1/2 = 0.5 and -1/2: ties at zero; 0 is even
            "1, 2, 0, 1, 0, 0, 1, 0, 1",
            "-1, 2, 0, -1, 0, -1, 0, 0, -1",
            // 6/3 = 2: exact, nothing to round
            "6, 3, 2, 2, 2, 2, 2, 2, 2",
            // 15/10 = 1.5 -> 2 (even); 25/10 = 2.5 -> 2 (even)
            "15, 10, 2, 2, 1, 1, 2, 1, 2",
            "25, 10, 2, 3, 2, 2, 3, 2, 3",
            // Long.MIN_VALUE / 2 = -4611686018427387904 exactly
            "-9223372036854775808, 2, -4611686018427387904, -4611686018427387904, -4611686018427387904, -4611686018427387904, -4611686018427387904, -4611686018427387904, -4611686018427387904",
            // Long.MAX_VALUE / 2 = 4611686018427387903.5: a tie, 4611686018427387903 is odd so HALF_EVEN goes up
            "9223372036854775807, 2, 4611686018427387904, 4611686018427387904, 4611686018427387903, 4611686018427387903, 4611686018427387904, 4611686018427387903, 4611686018427387904",
            // MAX / MAX = 1; (MAX-1) / MAX just below 1
            "9223372036854775807, 9223372036854775807, 1, 1, 1, 1, 1, 1, 1",
            "9223372036854775806, 9223372036854775807, 1, 1, 1, 0, 1, 0, 1",
    })
    void divideRoundsByEachRule(long n, long d, long halfEven, long halfUp, long halfDown,
                                long floor, long ceiling, long down, long up) {
        assertThat(FixedPoint.divide(n, d, Rounding.HALF_EVEN)).isEqualTo(halfEven);
        assertThat(FixedPoint.divide(n, d, Rounding.HALF_UP)).isEqualTo(halfUp);
        assertThat(FixedPoint.divide(n, d, Rounding.HALF_DOWN)).isEqualTo(halfDown);
        assertThat(FixedPoint.divide(n, d, Rounding.FLOOR)).isEqualTo(floor);
        assertThat(FixedPoint.divide(n, d, Rounding.CEILING)).isEqualTo(ceiling);
        assertThat(FixedPoint.divide(n, d, Rounding.DOWN)).isEqualTo(down);
        assertThat(FixedPoint.divide(n, d, Rounding.UP)).isEqualTo(up);
    }

    @Test
    void divideExactThrowsOnlyWhenDigitsAreLost() {
        assertThat(FixedPoint.divide(6, 3, Rounding.EXACT)).isEqualTo(2);
        assertThatThrownBy(() -> FixedPoint.divide(7, 2, Rounding.EXACT))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("rounding needed but EXACT was asked: 7/2");
    }

    @Test
    void divideRefusesZeroAndNegativeDenominators() {
        assertThatThrownBy(() -> FixedPoint.divide(1, 0, Rounding.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("denominator must be positive, was 0");
        assertThatThrownBy(() -> FixedPoint.divide(1, -3, Rounding.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("denominator must be positive, was -3");
    }

    @Test
    void divideAgreesWithBigDecimalForEveryRule() {
        qt(20_000).forAll(raws(), denominators(), roundings()).checkAssert((n, d, r) -> {
            BigDecimal expected;
            try {
                expected = BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 0, r.mode());
            } catch (ArithmeticException inexact) {
                assertThatThrownBy(() -> FixedPoint.divide(n, d, r)).isInstanceOf(ArithmeticException.class);
                return;
            }
            assertThat(FixedPoint.divide(n, d, r)).as("%d / %d %s", n, d, r).isEqualTo(expected.longValueExact());
        });
    }

    @Test
    void rescaleAgreesWithBigDecimalAndThrowsExactlyWhenTheResultDoesNotFit() {
        qt(20_000).forAll(raws(), precisions(), precisions(), roundings()).checkAssert((raw, from, to, r) -> {
            Long expected = reference(BigDecimal.valueOf(raw, from), to, r);
            if (expected == null) {
                assertThatThrownBy(() -> FixedPoint.rescale(raw, from, to, r))
                        .as("%d at %d -> %d %s", raw, from, to, r).isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(FixedPoint.rescale(raw, from, to, r)).as("%d at %d -> %d %s", raw, from, to, r)
                        .isEqualTo(expected);
            }
        });
    }

    @Test
    void rescaleExamples() {
        // 1.2345 (raw 12345 at 4) to 2 decimals: 1.23|45 -> HALF_EVEN 1.23, CEILING 1.24
        assertThat(FixedPoint.rescale(12345, 4, 2, Rounding.HALF_EVEN)).isEqualTo(123);
        assertThat(FixedPoint.rescale(12345, 4, 2, Rounding.CEILING)).isEqualTo(124);
        // -1.235 to 2 decimals: a tie; HALF_EVEN -> -1.24 (4 is even), HALF_DOWN -> -1.23
        assertThat(FixedPoint.rescale(-1235, 3, 2, Rounding.HALF_EVEN)).isEqualTo(-124);
        assertThat(FixedPoint.rescale(-1235, 3, 2, Rounding.HALF_DOWN)).isEqualTo(-123);
        // up: 1.5 at 1 decimal is 1.500000000 at 9
        assertThat(FixedPoint.rescale(15, 1, 9, Rounding.EXACT)).isEqualTo(1_500_000_000L);
        // 10^10 at 0 decimals is 10^19 at 9: does not fit
        assertThatThrownBy(() -> FixedPoint.rescale(10_000_000_000L, 0, 9, Rounding.EXACT))
                .isInstanceOf(ArithmeticException.class)
                .hasMessageContaining("10000000000 does not fit in 64 bits");
    }

    @Test
    void multiplyAgreesWithTheRoundedBigDecimalProduct() {
        qt(20_000).forAll(raws(), precisions(), raws(), precisions()).checkAssert((a, pa, b, pb) -> {
            BigDecimal exact = BigDecimal.valueOf(a, pa).multiply(BigDecimal.valueOf(b, pb));
            for (Rounding r : Rounding.values()) {
                for (int p : new int[] {0, 2, pa, Math.min(9, pa + pb), 9}) {
                    Long expected = reference(exact, p, r);
                    if (expected == null) {
                        assertThatThrownBy(() -> FixedPoint.multiply(a, pa, b, pb, p, r))
                                .as("%s * %s at %d %s", BigDecimal.valueOf(a, pa), BigDecimal.valueOf(b, pb), p, r)
                                .isInstanceOf(ArithmeticException.class);
                    } else {
                        assertThat(FixedPoint.multiply(a, pa, b, pb, p, r))
                                .as("%s * %s at %d %s", BigDecimal.valueOf(a, pa), BigDecimal.valueOf(b, pb), p, r)
                                .isEqualTo(expected);
                    }
                }
            }
        });
    }

    @Test
    void multiplyExamples() {
        // 101.255 * 3 = 303.765 -> 2 decimals: HALF_EVEN 303.76 (6 is even), HALF_UP 303.77
        assertThat(FixedPoint.multiply(101_255, 3, 3, 0, 2, Rounding.HALF_EVEN)).isEqualTo(30_376);
        assertThat(FixedPoint.multiply(101_255, 3, 3, 0, 2, Rounding.HALF_UP)).isEqualTo(30_377);
        // -0.5 * 0.5 = -0.25 -> 1 decimal: FLOOR -0.3, CEILING -0.2, HALF_EVEN -0.2
        assertThat(FixedPoint.multiply(-5, 1, 5, 1, 1, Rounding.FLOOR)).isEqualTo(-3);
        assertThat(FixedPoint.multiply(-5, 1, 5, 1, 1, Rounding.CEILING)).isEqualTo(-2);
        assertThat(FixedPoint.multiply(-5, 1, 5, 1, 1, Rounding.HALF_EVEN)).isEqualTo(-2);
        // 128-bit intermediate: 4.000000000 * 4.000000000 has raw product 1.6e19 (> Long.MAX_VALUE) at 18
        // decimals, but the result 16.000000000 fits at 9
        assertThat(FixedPoint.multiply(4_000_000_000L, 9, 4_000_000_000L, 9, 9, Rounding.EXACT))
                .isEqualTo(16_000_000_000L);
        // 3.0370005 * 3.0370005 = 9.22337203700025 (raw product 9.2e18 > Long.MAX_VALUE); to 9 decimals
        // HALF_EVEN gives 9.223372037, and EXACT refuses because 0.00000000000025 would be lost
        assertThat(FixedPoint.multiply(3_037_000_500L, 9, 3_037_000_500L, 9, 9, Rounding.HALF_EVEN))
                .isEqualTo(9_223_372_037L);
        assertThatThrownBy(() -> FixedPoint.multiply(3_037_000_500L, 9, 3_037_000_500L, 9, 9, Rounding.EXACT))
                .isInstanceOf(ArithmeticException.class);
        // a result that does not fit: 10^9 * 10^10 = 10^19 at 0 decimals
        assertThatThrownBy(() -> FixedPoint.multiply(1_000_000_000L, 0, 10_000_000_000L, 0, 0, Rounding.EXACT))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void addAgreesWithBigDecimalAndThrowsExactlyWhenTheSumDoesNotFit() {
        qt(20_000).forAll(raws(), precisions(), raws(), precisions()).checkAssert((a, pa, b, pb) -> {
            int p = Math.max(pa, pb);
            Long expected = reference(BigDecimal.valueOf(a, pa).add(BigDecimal.valueOf(b, pb)), p, Rounding.EXACT);
            if (expected == null) {
                assertThatThrownBy(() -> FixedPoint.add(a, pa, b, pb, p)).isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(FixedPoint.add(a, pa, b, pb, p)).isEqualTo(expected);
            }
        });
    }

    /**
     * The sum can fit even when one operand, rescaled to the larger precision, does not: a just
     * above Long.MAX_VALUE at the higher precision, b near Long.MIN_VALUE.
     */
    @Test
    void addDoesNotThrowWhenOnlyAnIntermediateWouldOverflow() {
        qt(5_000).forAll(integers().between(1, 9), longs().between(1, 1_000_000), longs().between(0, Long.MAX_VALUE))
                .checkAssert((k, j, m) -> {
                    long a = Long.MAX_VALUE / FixedPoint.pow10(k) + j; // a * 10^k > Long.MAX_VALUE
                    long b = Long.MIN_VALUE + m;
                    BigInteger sum = BigInteger.valueOf(a).multiply(BigInteger.TEN.pow(k)).add(BigInteger.valueOf(b));
                    if (Theories.fits(sum)) {
                        assertThat(FixedPoint.add(a, 0, b, k, k)).isEqualTo(sum.longValueExact());
                    } else {
                        assertThatThrownBy(() -> FixedPoint.add(a, 0, b, k, k)).isInstanceOf(ArithmeticException.class);
                    }
                });
        // 10000000000 (at 0 decimals) + -9200000000.000000000 = 800000000.000000000
        assertThat(FixedPoint.add(10_000_000_000L, 0, -9_200_000_000_000_000_000L, 9, 9))
                .isEqualTo(800_000_000_000_000_000L);
    }

    @Test
    void addOverflowNamesTheOperands() {
        assertThatThrownBy(() -> FixedPoint.add(Long.MAX_VALUE, 2, 1, 2, 2))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("fixed-point overflow: 92233720368547758.07 + 0.01");
    }

    @Test
    void compareAgreesWithBigDecimal() {
        qt(20_000).forAll(raws(), precisions(), raws(), precisions()).checkAssert((a, pa, b, pb) ->
                assertThat(Integer.signum(FixedPoint.compare(a, pa, b, pb)))
                        .as("%s vs %s", BigDecimal.valueOf(a, pa), BigDecimal.valueOf(b, pb))
                        .isEqualTo(BigDecimal.valueOf(a, pa).compareTo(BigDecimal.valueOf(b, pb))));
        // 1.50 == 1.5; 0.1 < 0.10000001; and a comparison whose rescale overflows: 10^10 > 9.2e9
        assertThat(FixedPoint.compare(150, 2, 15, 1)).isZero();
        assertThat(FixedPoint.compare(1, 1, 10_000_001, 8)).isNegative();
        assertThat(FixedPoint.compare(10_000_000_000L, 0, Long.MAX_VALUE, 9)).isPositive();
    }

    @ParameterizedTest(name = "{0} at {1} -> {2}")
    @CsvSource({
            "-5, 2, -0.05",
            "5, 3, 0.005",
            "-50, 3, -0.050",
            "0, 2, 0.00",
            "0, 0, 0",
            "100, 2, 1.00",
            "-100, 2, -1.00",
            "12345, 0, 12345",
            "-1, 9, -0.000000001",
            "-9223372036854775808, 0, -9223372036854775808",
            "-9223372036854775808, 9, -9223372036.854775808",
            "9223372036854775807, 9, 9223372036.854775807",
            "-9223372036854775808, 2, -92233720368547758.08",
    })
    void formatWritesExactlyPrecisionDecimals(long raw, int precision, String expected) {
        assertThat(FixedPoint.format(raw, precision)).isEqualTo(expected);
    }

    @Test
    void formatAgreesWithBigDecimalPlainText() {
        qt(20_000).forAll(raws(), precisions()).checkAssert((raw, p) ->
                assertThat(FixedPoint.format(raw, p)).isEqualTo(BigDecimal.valueOf(raw, p).toPlainString()));
    }

    @Test
    void minimalPrecisionDropsTrailingZeros() {
        assertThat(FixedPoint.minimalPrecision(150, 2)).isEqualTo(1);  // 1.50 -> 1.5
        assertThat(FixedPoint.minimalPrecision(100, 2)).isEqualTo(0);  // 1.00 -> 1
        assertThat(FixedPoint.minimalPrecision(123, 3)).isEqualTo(3);  // 0.123
        assertThat(FixedPoint.minimalPrecision(0, 5)).isEqualTo(0);    // 0.00000 -> 0
        assertThat(FixedPoint.minimalPrecision(1000, 0)).isEqualTo(0); // integers keep precision 0
    }

    @Test
    void fromBigDecimalFitsTheFullSignedRangeAndNoMore() {
        assertThat(FixedPoint.fromBigDecimal(new BigDecimal("-9223372036854775808"), 0, Rounding.EXACT))
                .isEqualTo(Long.MIN_VALUE);
        assertThat(FixedPoint.fromBigDecimal(new BigDecimal("9223372036.854775807"), 9, Rounding.EXACT))
                .isEqualTo(Long.MAX_VALUE);
        assertThatThrownBy(() -> FixedPoint.fromBigDecimal(new BigDecimal("9223372036854775808"), 0, Rounding.EXACT))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("fixed-point overflow: 9223372036854775808 does not fit in 64 bits at 0 decimals");
        // 0.125 to 2 decimals: HALF_EVEN 0.12, HALF_UP 0.13; EXACT refuses
        assertThat(FixedPoint.fromBigDecimal(new BigDecimal("0.125"), 2, Rounding.HALF_EVEN)).isEqualTo(12);
        assertThat(FixedPoint.fromBigDecimal(new BigDecimal("0.125"), 2, Rounding.HALF_UP)).isEqualTo(13);
        assertThatThrownBy(() -> FixedPoint.fromBigDecimal(new BigDecimal("0.125"), 2, Rounding.EXACT))
                .isInstanceOf(ArithmeticException.class);
    }

    /**
     * A huge exponent in input text must fail or round at once, not expand a 300-million-digit
     * integer (before the fix, 1E+300000000 took about four minutes).
     */
    @Test
    void fromBigDecimalDecidesHugeExponentsWithoutExpandingThem() {
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThatThrownBy(() -> FixedPoint.fromBigDecimal(new BigDecimal("1E+300000000"), 2, Rounding.HALF_EVEN))
                    .isInstanceOf(ArithmeticException.class)
                    .hasMessage("fixed-point overflow: 1E+300000000 does not fit in 64 bits at 2 decimals");
            // |1E-300000000| is below half a cent: HALF_EVEN gives 0, CEILING one unit, FLOOR of the negative -1 unit
            assertThat(FixedPoint.fromBigDecimal(new BigDecimal("1E-300000000"), 2, Rounding.HALF_EVEN)).isZero();
            assertThat(FixedPoint.fromBigDecimal(new BigDecimal("1E-300000000"), 2, Rounding.CEILING)).isEqualTo(1);
            assertThat(FixedPoint.fromBigDecimal(new BigDecimal("-1E-300000000"), 2, Rounding.FLOOR)).isEqualTo(-1);
            assertThat(FixedPoint.fromBigDecimal(new BigDecimal("-1E-300000000"), 2, Rounding.UP)).isEqualTo(-1);
            assertThat(FixedPoint.fromBigDecimal(new BigDecimal("-1E-300000000"), 2, Rounding.DOWN)).isZero();
            assertThatThrownBy(() -> FixedPoint.fromBigDecimal(new BigDecimal("1E-300000000"), 2, Rounding.EXACT))
                    .isInstanceOf(ArithmeticException.class);
        });
    }

    /** The shortcut for tiny and huge values gives what BigDecimal gives, for every rule, near its boundaries. */
    @Test
    void fromBigDecimalAgreesWithBigDecimalAcrossExponents() {
        qt(20_000).forAll(raws(), integers().between(-30, 30), precisions(), roundings()).checkAssert((unscaled, scale, p, r) -> {
            BigDecimal value = BigDecimal.valueOf(unscaled, scale);
            Long expected = reference(value, p, r);
            if (expected == null) {
                assertThatThrownBy(() -> FixedPoint.fromBigDecimal(value, p, r)).as("%s at %d %s", value, p, r)
                        .isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(FixedPoint.fromBigDecimal(value, p, r)).as("%s at %d %s", value, p, r).isEqualTo(expected);
            }
        });
    }

    @Test
    void toDoubleApproximates() {
        assertThat(FixedPoint.toDouble(12_345, 2)).isEqualTo(123.45);
        assertThat(FixedPoint.toDouble(-5, 2)).isEqualTo(-0.05);
        assertThat(FixedPoint.toBigDecimal(12_345, 2)).isEqualByComparingTo("123.45");
    }
}
