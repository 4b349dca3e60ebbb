package io.sextant.core.money;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount of a currency, signed, held at exactly the currency's precision
 * ({@code raw} &times; 10<sup>-currency.precision</sup>). Cash, fees, PnL and notional are Money.
 *
 * <p>Adding amounts of different currencies is a programming error and throws. Conversions and
 * products name their rounding rule.
 *
 * @param raw      the unscaled amount
 * @param currency the currency; its precision is the amount's precision
 */
public record Money(long raw, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(currency, "currency");
    }

    public static Money zero(Currency currency) {
        return new Money(0, currency);
    }

    /** Parses decimal text exactly; fails if it has more decimals than the currency allows. */
    public static Money of(String text, Currency currency) {
        return of(Decimals.parse(text, "amount"), currency, Rounding.EXACT);
    }

    /** A decimal rounded to the currency's precision with {@code rounding}. */
    public static Money of(BigDecimal value, Currency currency, Rounding rounding) {
        if (rounding == Rounding.EXACT && value.signum() != 0
                && value.stripTrailingZeros().scale() > currency.precision()) {
            throw new ArithmeticException(Decimals.show(value) + " has more decimals than "
                    + currency.code() + " allows (" + currency.precision() + "); round it explicitly");
        }
        return new Money(FixedPoint.fromBigDecimal(value, currency.precision(), rounding), currency);
    }

    /**
     * The notional {@code price &times; quantity} in {@code currency}, rounded to its precision.
     * Exact to the last digit before rounding (128-bit intermediate).
     */
    public static Money product(Price price, Quantity quantity, Currency currency, Rounding rounding) {
        return new Money(FixedPoint.multiply(price.raw(), price.precision(), quantity.raw(), quantity.precision(),
                currency.precision(), rounding), currency);
    }

    public int precision() {
        return currency.precision();
    }

    public Money plus(Money other) {
        requireSameCurrency(other, "+");
        return new Money(FixedPoint.add(raw, precision(), other.raw, precision(), precision()), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other, "-");
        return new Money(FixedPoint.subtract(raw, precision(), other.raw, precision(), precision()), currency);
    }

    public Money negate() {
        return new Money(Math.negateExact(raw), currency);
    }

    public Money abs() {
        return raw < 0 ? negate() : this;
    }

    /** This amount times a rate (a fee rate, a fraction of equity), rounded to the currency's precision. */
    public Money times(BigDecimal factor, Rounding rounding) {
        return of(toBigDecimal().multiply(factor), currency, rounding);
    }

    /** This amount times a fixed-point factor, rounded to the currency's precision. */
    public Money times(Quantity factor, Rounding rounding) {
        return new Money(FixedPoint.multiply(raw, precision(), factor.raw(), factor.precision(),
                precision(), rounding), currency);
    }

    public int signum() {
        return Long.signum(raw);
    }

    public boolean isZero() {
        return raw == 0;
    }

    public BigDecimal toBigDecimal() {
        return FixedPoint.toBigDecimal(raw, precision());
    }

    /** A double approximation for analytics; never use it for accounting. */
    public double toDouble() {
        return FixedPoint.toDouble(raw, precision());
    }

    private void requireSameCurrency(Money other, String op) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot compute " + this + " " + op + " " + other
                    + ": different currencies; convert one first");
        }
    }

    @Override
    public int compareTo(Money o) {
        requireSameCurrency(o, "compare");
        return Long.compare(raw, o.raw);
    }

    @Override
    public String toString() {
        return FixedPoint.format(raw, precision()) + " " + currency.code();
    }
}
