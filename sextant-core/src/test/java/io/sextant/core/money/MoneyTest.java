package io.sextant.core.money;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.sextant.core.money.Theories.qt;
import static io.sextant.core.money.Theories.raws;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MoneyTest {

    private static final Currency USD = Currency.USD;

    @Test
    void holdsExactlyTheCurrencysDecimals() {
        assertThat(Money.of("1.23", USD)).isEqualTo(new Money(123, USD));
        assertThat(Money.of("1.5", USD)).isEqualTo(new Money(150, USD)).isEqualTo(Money.of("1.500", USD));
        assertThat(Money.of("1.5", USD)).hasToString("1.50 USD");
        assertThat(Money.of("1500", Currency.JPY)).hasToString("1500 JPY");
        assertThat(Money.of("1.234", Currency.of("BHD"))).hasToString("1.234 BHD");
        assertThat(Money.of("0.00000001", Currency.BTC)).hasToString("0.00000001 BTC");
        assertThat(Money.of("-0.05", USD)).hasToString("-0.05 USD");
        assertThat(Money.zero(Currency.JPY)).hasToString("0 JPY");
        assertThat(Money.of("12.34", USD).precision()).isEqualTo(2);
    }

    @Test
    void refusesTextWithMoreDecimalsThanTheCurrency() {
        assertThatThrownBy(() -> Money.of("1.005", USD)).isInstanceOf(ArithmeticException.class)
                .hasMessage("1.005 has more decimals than USD allows (2); round it explicitly");
        assertThatThrownBy(() -> Money.of("1500.5", Currency.JPY)).isInstanceOf(ArithmeticException.class)
                .hasMessage("1500.5 has more decimals than JPY allows (0); round it explicitly");
        assertThatThrownBy(() -> Money.of("abc", USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("amount is not a decimal number: 'abc'");
    }

    @Test
    void anAmountTooLargeIsReportedAsAnOverflowNotAsTooManyDecimals() {
        // 10^20 dollars has no decimals at all; it does not fit in a long at 2 decimals
        assertThatThrownBy(() -> Money.of("100000000000000000000", USD)).isInstanceOf(ArithmeticException.class)
                .hasMessage("fixed-point overflow: 100000000000000000000 does not fit in 64 bits at 2 decimals");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1E+20"), USD, Rounding.HALF_EVEN))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("fixed-point overflow: 100000000000000000000 does not fit in 64 bits at 2 decimals");
    }

    @Test
    void roundsDecimalsWithTheNamedRule() {
        // 1.005 to cents: a tie; HALF_EVEN 1.00, HALF_UP 1.01; -1.005 FLOOR -1.01, CEILING -1.00
        assertThat(Money.of(new BigDecimal("1.005"), USD, Rounding.HALF_EVEN)).isEqualTo(Money.of("1.00", USD));
        assertThat(Money.of(new BigDecimal("1.005"), USD, Rounding.HALF_UP)).isEqualTo(Money.of("1.01", USD));
        assertThat(Money.of(new BigDecimal("-1.005"), USD, Rounding.FLOOR)).isEqualTo(Money.of("-1.01", USD));
        assertThat(Money.of(new BigDecimal("-1.005"), USD, Rounding.CEILING)).isEqualTo(Money.of("-1.00", USD));
    }

    @Test
    void addsAndSubtractsInOneCurrency() {
        // 10.25 + 0.75 = 11.00; 10.25 - 20 = -9.75
        assertThat(Money.of("10.25", USD).plus(Money.of("0.75", USD))).isEqualTo(Money.of("11", USD));
        assertThat(Money.of("10.25", USD).minus(Money.of("20", USD))).isEqualTo(Money.of("-9.75", USD));
        assertThat(Money.of("-9.75", USD).abs()).isEqualTo(Money.of("9.75", USD));
        assertThat(Money.of("-9.75", USD).negate()).isEqualTo(Money.of("9.75", USD));
        assertThat(Money.of("-9.75", USD).signum()).isEqualTo(-1);
        assertThat(Money.zero(USD).isZero()).isTrue();
        assertThat(Money.of("1", USD)).isLessThan(Money.of("1.01", USD));
        // exact subtraction near the edge: -0.01 - (Long.MIN_VALUE cents) fits
        assertThat(new Money(-1, USD).minus(new Money(Long.MIN_VALUE, USD))).isEqualTo(new Money(Long.MAX_VALUE, USD));
        assertThatThrownBy(() -> new Money(Long.MAX_VALUE, USD).plus(new Money(1, USD)))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage("fixed-point overflow: 92233720368547758.07 + 0.01");
    }

    @Test
    void plusMinusAgreeWithBigDecimal() {
        qt(20_000).forAll(raws(), raws()).checkAssert((a, b) -> {
            Money x = new Money(a, USD);
            Money y = new Money(b, USD);
            Long sum = Theories.reference(x.toBigDecimal().add(y.toBigDecimal()), 2, Rounding.EXACT);
            Long diff = Theories.reference(x.toBigDecimal().subtract(y.toBigDecimal()), 2, Rounding.EXACT);
            if (sum == null) {
                assertThatThrownBy(() -> x.plus(y)).isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(x.plus(y).raw()).isEqualTo(sum);
            }
            if (diff == null) {
                assertThatThrownBy(() -> x.minus(y)).isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(x.minus(y).raw()).isEqualTo(diff);
            }
            assertThat(Integer.signum(x.compareTo(y))).isEqualTo(Long.compare(a, b));
        });
    }

    @Test
    void mixingCurrenciesIsAnErrorThatNamesBoth() {
        Money usd = Money.of("1", USD);
        Money eur = Money.of("1", Currency.EUR);
        assertThatThrownBy(() -> usd.plus(eur)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot compute 1.00 USD + 1.00 EUR: different currencies; convert one first");
        assertThatThrownBy(() -> usd.minus(eur)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot compute 1.00 USD - 1.00 EUR: different currencies; convert one first");
        assertThatThrownBy(() -> usd.compareTo(eur)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot compute 1.00 USD compare 1.00 EUR: different currencies; convert one first");
        // equal raw values in different currencies are different amounts
        assertThat(usd).isNotEqualTo(eur);
        assertThat(new Money(100, USD)).isNotEqualTo(new Money(100, Currency.JPY));
    }

    @Test
    void productOfPriceAndQuantity() {
        // 50000.00 * 0.015 = 750.00000 -> 750.00 USD
        assertThat(Money.product(Price.of("50000.00"), Quantity.of("0.015"), USD, Rounding.HALF_EVEN))
                .isEqualTo(Money.of("750.00", USD));
        // 101.255 * 3 = 303.765 -> cents: HALF_EVEN 303.76, HALF_UP 303.77, FLOOR 303.76, CEILING 303.77
        Price p = Price.of("101.255");
        Quantity q = Quantity.of(3);
        assertThat(Money.product(p, q, USD, Rounding.HALF_EVEN)).isEqualTo(Money.of("303.76", USD));
        assertThat(Money.product(p, q, USD, Rounding.HALF_UP)).isEqualTo(Money.of("303.77", USD));
        assertThat(Money.product(p, q, USD, Rounding.FLOOR)).isEqualTo(Money.of("303.76", USD));
        assertThat(Money.product(p, q, USD, Rounding.CEILING)).isEqualTo(Money.of("303.77", USD));
        assertThatThrownBy(() -> Money.product(p, q, USD, Rounding.EXACT)).isInstanceOf(ArithmeticException.class);
        // a negative price (a calendar spread): -1.255 * 2 = -2.51
        assertThat(Money.product(Price.of("-1.255"), Quantity.of(2), USD, Rounding.EXACT)).isEqualTo(Money.of("-2.51", USD));
        // JPY: 150.123 * 100000 = 15012300 yen
        assertThat(Money.product(Price.of("150.123"), Quantity.of(100_000), Currency.JPY, Rounding.EXACT))
                .hasToString("15012300 JPY");
    }

    @Test
    void timesARateOrAFactor() {
        // a 10 bp fee on 1234.56: 1.23456 -> HALF_EVEN 1.23, CEILING 1.24
        Money notional = Money.of("1234.56", USD);
        assertThat(notional.times(new BigDecimal("0.001"), Rounding.HALF_EVEN)).isEqualTo(Money.of("1.23", USD));
        assertThat(notional.times(new BigDecimal("0.001"), Rounding.CEILING)).isEqualTo(Money.of("1.24", USD));
        // a maker rebate: -0.0001 * 1234.56 = -0.123456 -> FLOOR -0.13, DOWN -0.12
        assertThat(notional.times(new BigDecimal("-0.0001"), Rounding.FLOOR)).isEqualTo(Money.of("-0.13", USD));
        assertThat(notional.times(new BigDecimal("-0.0001"), Rounding.DOWN)).isEqualTo(Money.of("-0.12", USD));
        // 1234.56 * 0.5 = 617.28 exactly
        assertThat(notional.times(Quantity.of("0.5"), Rounding.EXACT)).isEqualTo(Money.of("617.28", USD));
        // 0.05 * 0.5 = 0.025 -> HALF_EVEN 0.02
        assertThat(Money.of("0.05", USD).times(Quantity.of("0.5"), Rounding.HALF_EVEN)).isEqualTo(Money.of("0.02", USD));
    }

    @Test
    void conversions() {
        assertThat(Money.of("-0.05", USD).toBigDecimal()).isEqualTo(new BigDecimal("-0.05"));
        assertThat(Money.of("-0.05", USD).toDouble()).isEqualTo(-0.05);
        assertThatThrownBy(() -> new Money(1, null)).isInstanceOf(NullPointerException.class).hasMessage("currency");
    }
}
