package io.sextant.core.money;

import java.math.BigDecimal;

/** Parsing and checking of decimal text at the edges of the fixed-point types. */
final class Decimals {
    private Decimals() {
    }

    static BigDecimal parse(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        String t = text.strip();
        if (t.equalsIgnoreCase("nan") || t.toLowerCase().contains("inf")) {
            throw new IllegalArgumentException(what + " must be a finite number, was '" + text + "'");
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a decimal number: '" + text + "'", e);
        }
    }

    static BigDecimal fromDouble(double value, String what) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(what + " must be a finite number, was " + value);
        }
        return BigDecimal.valueOf(value);
    }

    /** Drops trailing zeros beyond the point and checks the precision limit; never rounds. */
    static BigDecimal withinPrecision(BigDecimal value, String what) {
        BigDecimal v = value;
        if (v.scale() > FixedPoint.MAX_PRECISION) {
            v = v.stripTrailingZeros();
        }
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        if (v.scale() > FixedPoint.MAX_PRECISION) {
            throw new IllegalArgumentException(what + " " + value.toPlainString() + " has more than "
                    + FixedPoint.MAX_PRECISION + " decimals; round it explicitly");
        }
        return v;
    }
}
