package io.sextant.core.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static io.sextant.core.money.Theories.precisions;
import static io.sextant.core.money.Theories.qt;
import static io.sextant.core.money.Theories.roundings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

class QuantityTest {

    @Test
    void isNeverNegative() {
        assertThatThrownBy(() -> new Quantity(-5, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity must not be negative, was -0.5");
        assertThatThrownBy(() -> Quantity.of("-0.001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity must not be negative, was -0.001");
        assertThatThrownBy(() -> Quantity.of(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity must not be negative, was -1");
        assertThatThrownBy(() -> Quantity.of(new BigDecimal("-0.6"), 0, Rounding.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("quantity must not be negative, was -1");
    }

    @Test
    void parsesTheDecimalsWritten() {
        assertThat(Quantity.of("0.015")).extracting(Quantity::raw, Quantity::precision).containsExactly(15L, 3);
        assertThat(Quantity.of(100)).extracting(Quantity::raw, Quantity::precision).containsExactly(100L, 0);
        assertThat(Quantity.zero(8)).extracting(Quantity::raw, Quantity::precision).containsExactly(0L, 8);
        assertThat(Quantity.zero(8).isZero()).isTrue();
        assertThatThrownBy(() -> Quantity.of("x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity is not a decimal number: 'x'");
        assertThatThrownBy(() -> Quantity.of("0.0000000001")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity 0.0000000001 has more than 9 decimals; round it explicitly");
    }

    @Test
    void arithmetic() {
        // 1.5 + 0.25 = 1.75; 1.75 - 0.75 = 1.00
        assertThat(Quantity.of("1.5").plus(Quantity.of("0.25"))).isEqualTo(Quantity.of("1.75"));
        assertThat(Quantity.of("1.75").minus(Quantity.of("0.75"))).hasToString("1.00");
        assertThat(Quantity.of("1").minus(Quantity.of("1"))).isEqualTo(Quantity.zero(0));
        assertThatThrownBy(() -> Quantity.of("1").minus(Quantity.of("1.5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("quantity must not be negative, was -0.5");
        // 3 * 0.5 = 1.5; 0.333 * 0.5 = 0.1665 -> 3 decimals HALF_EVEN 0.166 (6 is even), CEILING 0.167
        assertThat(Quantity.of("3").times(Quantity.of("0.5"), 1, Rounding.EXACT)).hasToString("1.5");
        assertThat(Quantity.of("0.333").times(Quantity.of("0.5"), 3, Rounding.HALF_EVEN)).hasToString("0.166");
        assertThat(Quantity.of("0.333").times(Quantity.of("0.5"), 3, Rounding.CEILING)).hasToString("0.167");
        assertThatThrownBy(() -> Quantity.of("1").times(Quantity.of("1"), 10, Rounding.EXACT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quantity(Long.MAX_VALUE, 0).plus(Quantity.of(1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void equalityIsNumericAcrossPrecisions() {
        assertThat(Quantity.of("1.50")).isEqualTo(Quantity.of("1.5")).hasSameHashCodeAs(Quantity.of("1.5"));
        assertThat(Quantity.of("100")).isEqualTo(Quantity.of("100.000000000"))
                .hasSameHashCodeAs(Quantity.of("100.000000000"));
        assertThat(Quantity.of("0.1")).isLessThan(Quantity.of("0.10000001"));
        assertThat(Quantity.of("1.50")).hasToString("1.50");
    }

    /**
     * Lot 0.001 (crypto step size). Columns: quantity, HALF_EVEN, FLOOR, CEILING.
     * 1.23456 = 1234.56 lots; 0.0025 = 2.5 lots (tie, 2 is even); 0.0035 = 3.5 lots (tie, 4 is even).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "1.23456, 1.235, 1.234, 1.235",
            "0.0025, 0.002, 0.002, 0.003",
            "0.0035, 0.004, 0.003, 0.004",
            "0.0004, 0.000, 0.000, 0.001",
            "2, 2.000, 2.000, 2.000",
    })
    void roundsToAThousandthLot(String quantity, String halfEven, String floor, String ceiling) {
        Quantity lot = Quantity.of("0.001");
        Quantity q = Quantity.of(quantity);
        assertThat(q.roundTo(lot, Rounding.HALF_EVEN)).isEqualTo(Quantity.of(halfEven));
        assertThat(q.roundTo(lot, Rounding.FLOOR)).isEqualTo(Quantity.of(floor));
        assertThat(q.roundTo(lot, Rounding.CEILING)).isEqualTo(Quantity.of(ceiling));
    }

    /** Lot 100 (a board lot of shares). 250 = 2.5 lots, 350 = 3.5 lots, 149 = 1.49 lots. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "250, 200, 300, 200, 200, 300",
            "350, 400, 400, 300, 300, 400",
            "149, 100, 100, 100, 100, 200",
            "99.5, 100, 100, 100, 0, 100",
            "0, 0, 0, 0, 0, 0",
    })
    void roundsToABoardLotOfOneHundred(String quantity, String halfEven, String halfUp, String halfDown,
                                      String floor, String ceiling) {
        Quantity lot = Quantity.of("100");
        Quantity q = Quantity.of(quantity);
        assertThat(q.roundTo(lot, Rounding.HALF_EVEN)).isEqualTo(Quantity.of(halfEven));
        assertThat(q.roundTo(lot, Rounding.HALF_UP)).isEqualTo(Quantity.of(halfUp));
        assertThat(q.roundTo(lot, Rounding.HALF_DOWN)).isEqualTo(Quantity.of(halfDown));
        assertThat(q.roundTo(lot, Rounding.FLOOR)).isEqualTo(Quantity.of(floor));
        assertThat(q.roundTo(lot, Rounding.CEILING)).isEqualTo(Quantity.of(ceiling));
        assertThat(q.roundTo(lot, Rounding.FLOOR).isMultipleOf(lot)).isTrue();
    }

    @Test
    void roundToRefusesAZeroLot() {
        assertThatThrownBy(() -> Quantity.of("1").roundTo(Quantity.zero(3), Rounding.FLOOR))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("lot size must be positive, was 0.000");
    }

    @Test
    void roundToAgreesWithBigDecimal() {
        var lots = arbitrary().pick("0.001", "100", "0.01", "1", "0.00001", "0.5", "25", "0.00000001");
        qt(20_000).forAll(longs().between(0, 1_000_000_000_000L), precisions(), lots, roundings())
                .checkAssert((raw, p, lotText, r) -> {
                    Quantity q = new Quantity(raw, p);
                    Quantity lot = Quantity.of(lotText);
                    BigDecimal steps;
                    try {
                        steps = q.toBigDecimal().divide(lot.toBigDecimal(), 0, r.mode());
                    } catch (ArithmeticException inexact) {
                        assertThatThrownBy(() -> q.roundTo(lot, r)).isInstanceOf(ArithmeticException.class);
                        return;
                    }
                    BigDecimal expected = steps.multiply(lot.toBigDecimal());
                    if (Theories.reference(expected, Math.max(p, lot.precision()), Rounding.EXACT) == null) {
                        assertThatThrownBy(() -> q.roundTo(lot, r)).isInstanceOf(ArithmeticException.class);
                        return;
                    }
                    assertThat(q.roundTo(lot, r).toBigDecimal()).isEqualByComparingTo(expected);
                });
    }

    @Test
    void withPrecision() {
        assertThat(Quantity.of("1.2345").withPrecision(2, Rounding.FLOOR)).hasToString("1.23");
        assertThat(Quantity.of("1.2").withPrecision(4, Rounding.EXACT)).hasToString("1.2000");
        assertThat(Quantity.of("1.2").toDouble()).isEqualTo(1.2);
    }
}
