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
        if (v.scale() > FixedPoint.MAX_PRECISION) {
            throw new IllegalArgumentException(what + " " + show(value) + " has more than "
                    + FixedPoint.MAX_PRECISION + " decimals; round it explicitly");
        }
        if (v.scale() < 0) {
            // 1E+300000000 would be expanded digit by digit by setScale(0); no long holds 20 digits anyway.
            if ((long) v.precision() - v.scale() > 19) {
                throw new ArithmeticException("fixed-point overflow: " + what + " " + show(value)
                        + " does not fit in 64 bits");
            }
            v = v.setScale(0);
        }
        return v;
    }

    /** Text for a message: plain where that is short, scientific for extreme exponents (1E+300000000). */
    static String show(BigDecimal value) {
        return Math.abs((long) value.scale()) <= 40 ? value.toPlainString() : value.toString();
    }
}
