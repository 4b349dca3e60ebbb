package io.sextant.core.money;

import java.math.BigDecimal;

/**
 * A non-negative amount of an instrument (shares, contracts, coins) as a fixed-point decimal:
 * {@code raw} &times; 10<sup>-precision</sup>. A negative quantity is a broken invariant and fails
 * at construction; direction lives in the order side or the position, not here.
 *
 * @param raw       the unscaled value, never negative
 * @param precision the number of decimals, 0..{@value FixedPoint#MAX_PRECISION}
 */
public record Quantity(long raw, int precision) implements Comparable<Quantity> {

    public Quantity {
        FixedPoint.checkPrecision(precision);
        if (raw < 0) {
            throw new IllegalArgumentException(
                    "quantity must not be negative, was " + FixedPoint.format(raw, precision));
        }
    }

    public static Quantity zero(int precision) {
        return new Quantity(0, precision);
    }

    /** Parses plain decimal text, e.g. {@code "0.015"}; the precision is the number of decimals written. */
    public static Quantity of(String text) {
        return of(Decimals.parse(text, "quantity"));
    }

    public static Quantity of(long units) {
        return new Quantity(units, 0);
    }

    /** The decimal exactly; fails if it has more than {@value FixedPoint#MAX_PRECISION} decimals. */
    public static Quantity of(BigDecimal value) {
        BigDecimal v = Decimals.withinPrecision(value, "quantity");
        return new Quantity(FixedPoint.fromBigDecimal(v, v.scale(), Rounding.EXACT), v.scale());
    }

    public static Quantity of(BigDecimal value, int precision, Rounding rounding) {
        return new Quantity(FixedPoint.fromBigDecimal(value, precision, rounding), precision);
    }

    public Quantity plus(Quantity other) {
        int p = Math.max(precision, other.precision);
        return new Quantity(FixedPoint.add(raw, precision, other.raw, other.precision, p), p);
    }

    /** {@code this - other}; fails if the result would be negative. */
    public Quantity minus(Quantity other) {
        int p = Math.max(precision, other.precision);
        return new Quantity(FixedPoint.subtract(raw, precision, other.raw, other.precision, p), p);
    }

    /** This quantity times a fixed-point factor, rounded to {@code resultPrecision} decimals. */
    public Quantity times(Quantity factor, int resultPrecision, Rounding rounding) {
        FixedPoint.checkPrecision(resultPrecision);
        return new Quantity(FixedPoint.multiply(raw, precision, factor.raw, factor.precision,
                resultPrecision, rounding), resultPrecision);
    }

    public Quantity withPrecision(int newPrecision, Rounding rounding) {
        FixedPoint.checkPrecision(newPrecision);
        return new Quantity(FixedPoint.rescale(raw, precision, newPrecision, rounding), newPrecision);
    }

    /** Rounds to a whole multiple of {@code lot} (a lot or step size). */
    public Quantity roundTo(Quantity lot, Rounding rounding) {
        if (lot.raw <= 0) {
            throw new IllegalArgumentException("lot size must be positive, was " + lot);
        }
        int p = Math.max(precision, lot.precision);
        long value = FixedPoint.rescale(raw, precision, p, Rounding.EXACT);
        long step = FixedPoint.rescale(lot.raw, lot.precision, p, Rounding.EXACT);
        return new Quantity(Math.multiplyExact(FixedPoint.divide(value, step, rounding), step), p);
    }

    public boolean isMultipleOf(Quantity lot) {
        return roundTo(lot, Rounding.HALF_EVEN).compareTo(this) == 0;
    }

    public boolean isZero() {
        return raw == 0;
    }

    /** True when the quantity is exactly 1 (at any precision), e.g. a contract multiplier of 1. */
    public boolean isOne() {
        return precision < 19 && raw == FixedPoint.pow10(precision);
    }

    public BigDecimal toBigDecimal() {
        return FixedPoint.toBigDecimal(raw, precision);
    }

    /** A double approximation for indicators and analytics; never use it for accounting. */
    public double toDouble() {
        return FixedPoint.toDouble(raw, precision);
    }

    @Override
    public int compareTo(Quantity o) {
        return FixedPoint.compare(raw, precision, o.raw, o.precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Quantity q && compareTo(q) == 0;
    }

    @Override
    public int hashCode() {
        return FixedPoint.hash(raw, precision);
    }

    @Override
    public String toString() {
        return FixedPoint.format(raw, precision);
    }
}
