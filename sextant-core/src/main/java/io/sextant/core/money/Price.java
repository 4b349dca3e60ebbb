package io.sextant.core.money;

import java.math.BigDecimal;

/**
 * A price as a fixed-point decimal: {@code raw} &times; 10<sup>-precision</sup>, with
 * 0 &le; precision &le; {@value FixedPoint#MAX_PRECISION}. Prices may be negative (calendar
 * spreads, negative-priced futures); the data boundary decides where that is an error.
 *
 * <p>Arithmetic is exact and overflow-checked; results keep the larger precision of the operands.
 * Equality is numeric: {@code 1.50} equals {@code 1.5}.
 *
 * @param raw       the unscaled value
 * @param precision the number of decimals
 */
public record Price(long raw, int precision) implements Comparable<Price> {

    public Price {
        FixedPoint.checkPrecision(precision);
    }

    /** Parses plain decimal text, e.g. {@code "101.25"}; the precision is the number of decimals written. */
    public static Price of(String text) {
        return of(Decimals.parse(text, "price"));
    }

    /** The decimal exactly; fails if it has more than {@value FixedPoint#MAX_PRECISION} decimals. */
    public static Price of(BigDecimal value) {
        BigDecimal v = Decimals.withinPrecision(value, "price");
        return new Price(FixedPoint.fromBigDecimal(v, v.scale(), Rounding.EXACT), v.scale());
    }

    /** The decimal rounded to {@code precision} decimals with {@code rounding}. */
    public static Price of(BigDecimal value, int precision, Rounding rounding) {
        FixedPoint.checkPrecision(precision);
        return new Price(FixedPoint.fromBigDecimal(value, precision, rounding), precision);
    }

    /**
     * The nearest price at {@code precision} decimals to a double (half-even on the shortest
     * decimal text of the double). Fails on NaN and infinities.
     */
    public static Price ofDouble(double value, int precision) {
        return of(Decimals.fromDouble(value, "price"), precision, Rounding.HALF_EVEN);
    }

    public Price plus(Price other) {
        int p = Math.max(precision, other.precision);
        return new Price(FixedPoint.add(raw, precision, other.raw, other.precision, p), p);
    }

    public Price minus(Price other) {
        int p = Math.max(precision, other.precision);
        return new Price(FixedPoint.subtract(raw, precision, other.raw, other.precision, p), p);
    }

    public Price negate() {
        return new Price(Math.negateExact(raw), precision);
    }

    /** This price to {@code newPrecision} decimals, rounded with {@code rounding} if digits are lost. */
    public Price withPrecision(int newPrecision, Rounding rounding) {
        FixedPoint.checkPrecision(newPrecision);
        return new Price(FixedPoint.rescale(raw, precision, newPrecision, rounding), newPrecision);
    }

    /**
     * Rounds to a whole multiple of {@code increment} (a tick size such as 0.01 or 0.25); the result
     * has the increment's precision, or this price's if that is larger.
     */
    public Price roundTo(Price increment, Rounding rounding) {
        if (increment.raw <= 0) {
            throw new IllegalArgumentException("tick size must be positive, was " + increment);
        }
        int p = Math.max(precision, increment.precision);
        long value = FixedPoint.rescale(raw, precision, p, Rounding.EXACT);
        long step = FixedPoint.rescale(increment.raw, increment.precision, p, Rounding.EXACT);
        long steps = FixedPoint.divide(value, step, rounding);
        return new Price(Math.multiplyExact(steps, step), p);
    }

    /** True if this price is a whole multiple of {@code increment}. */
    public boolean isMultipleOf(Price increment) {
        return roundTo(increment, Rounding.HALF_EVEN).compareTo(this) == 0;
    }

    public int signum() {
        return Long.signum(raw);
    }

    public BigDecimal toBigDecimal() {
        return FixedPoint.toBigDecimal(raw, precision);
    }

    /** A double approximation for indicators and analytics; never use it for money. */
    public double toDouble() {
        return FixedPoint.toDouble(raw, precision);
    }

    @Override
    public int compareTo(Price o) {
        return FixedPoint.compare(raw, precision, o.raw, o.precision);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Price p && compareTo(p) == 0;
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
