package io.sextant.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Arithmetic on fixed-point values held as a {@code long} raw value and a decimal precision
 * (value = raw &times; 10<sup>-precision</sup>). Shared by {@link Price}, {@link Quantity} and
 * {@link Money} so that rescaling, rounding and overflow checks are written once.
 *
 * <p>Every operation is exact or names its rounding, and throws {@link ArithmeticException} on
 * overflow instead of wrapping.
 */
public final class FixedPoint {
    /** The largest number of decimals a fixed-point value may carry. */
    public static final int MAX_PRECISION = 9;

    private static final long[] POW10 = new long[19];

    static {
        POW10[0] = 1;
        for (int i = 1; i < POW10.length; i++) {
            POW10[i] = POW10[i - 1] * 10;
        }
    }

    private FixedPoint() {
    }

    /** 10<sup>n</sup> for 0 &le; n &le; 18. */
    public static long pow10(int n) {
        if (n < 0 || n >= POW10.length) {
            throw new IllegalArgumentException("10^" + n + " does not fit in a long (0 <= n <= 18)");
        }
        return POW10[n];
    }

    static int checkPrecision(int precision) {
        if (precision < 0 || precision > MAX_PRECISION) {
            throw new IllegalArgumentException(
                    "precision " + precision + " is outside 0.." + MAX_PRECISION + " decimals");
        }
        return precision;
    }

    /** Rescales {@code raw} from {@code from} to {@code to} decimals, rounding with {@code rounding} when digits are lost. */
    public static long rescale(long raw, int from, int to, Rounding rounding) {
        if (to == from) {
            return raw;
        }
        if (to > from) {
            return multiplyExact(raw, pow10(to - from), raw, from);
        }
        return divide(raw, pow10(from - to), rounding);
    }

    private static long multiplyExact(long raw, long factor, long shown, int precision) {
        long hi = Math.multiplyHigh(raw, factor);
        long lo = raw * factor;
        if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
            throw new ArithmeticException("fixed-point overflow: " + format(shown, precision)
                    + " does not fit in 64 bits at a higher precision");
        }
        return lo;
    }

    /** {@code numerator / denominator} rounded with {@code rounding}; the denominator must be positive. */
    public static long divide(long numerator, long denominator, Rounding rounding) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive, was " + denominator);
        }
        long q = numerator / denominator;
        long r = numerator % denominator;
        if (r == 0) {
            return q;
        }
        int sign = numerator < 0 ? -1 : 1;
        // |r| vs the half of the denominator, without overflow.
        long absR = Math.abs(r);
        long rest = denominator - absR;
        int half = Long.compare(absR, rest); // <0 below half, 0 exactly half, >0 above
        boolean awayFromZero = switch (rounding) {
            case DOWN -> false;
            case UP -> true;
            case FLOOR -> sign < 0;
            case CEILING -> sign > 0;
            case HALF_UP -> half >= 0;
            case HALF_DOWN -> half > 0;
            case HALF_EVEN -> half > 0 || (half == 0 && (q & 1) != 0);
            case EXACT -> throw new ArithmeticException(
                    "rounding needed but EXACT was asked: " + numerator + "/" + denominator);
        };
        return awayFromZero ? q + sign : q;
    }

    /** Adds two values of possibly different precision; the result has the larger precision. */
    static long add(long a, int pa, long b, int pb, int resultPrecision) {
        return addOrSubtract(a, pa, b, pb, resultPrecision, false);
    }

    /** Subtracts {@code b} from {@code a}; exact, so {@code x - Long.MIN_VALUE} works where it fits. */
    static long subtract(long a, int pa, long b, int pb, int resultPrecision) {
        return addOrSubtract(a, pa, b, pb, resultPrecision, true);
    }

    private static long addOrSubtract(long a, int pa, long b, int pb, int resultPrecision, boolean subtract) {
        String op = subtract ? " - " : " + ";
        long x;
        long y;
        try {
            x = rescale(a, pa, resultPrecision, Rounding.EXACT);
            y = rescale(b, pb, resultPrecision, Rounding.EXACT);
        } catch (ArithmeticException intermediate) {
            // An operand does not fit at the result's precision, yet the result may (a large value
            // plus a nearly opposite one): decide exactly instead of failing on the intermediate.
            BigDecimal exact = subtract ? toBigDecimal(a, pa).subtract(toBigDecimal(b, pb))
                    : toBigDecimal(a, pa).add(toBigDecimal(b, pb));
            try {
                return fromBigDecimal(exact, resultPrecision, Rounding.EXACT);
            } catch (ArithmeticException overflow) {
                throw new ArithmeticException("fixed-point overflow: " + format(a, pa) + op + format(b, pb));
            }
        }
        long result = subtract ? x - y : x + y;
        boolean overflow = subtract ? ((x ^ y) & (x ^ result)) < 0 : ((x ^ result) & (y ^ result)) < 0;
        if (overflow) {
            throw new ArithmeticException("fixed-point overflow: " + format(a, pa) + op + format(b, pb));
        }
        return result;
    }

    /** Compares two values of possibly different precision exactly. */
    public static int compare(long a, int pa, long b, int pb) {
        if (pa == pb) {
            return Long.compare(a, b);
        }
        int p = Math.max(pa, pb);
        try {
            return Long.compare(rescale(a, pa, p, Rounding.EXACT), rescale(b, pb, p, Rounding.EXACT));
        } catch (ArithmeticException overflow) {
            return toBigDecimal(a, pa).compareTo(toBigDecimal(b, pb));
        }
    }

    /**
     * Multiplies two fixed-point values and rounds the product to {@code precision} decimals.
     * Uses a 128-bit product, so intermediate results never overflow; only a result that does not
     * fit in 64 bits throws.
     */
    public static long multiply(long a, int pa, long b, int pb, int precision, Rounding rounding) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        boolean fits = (hi == 0 && lo >= 0) || (hi == -1 && lo < 0);
        int productPrecision = pa + pb;
        if (fits && productPrecision <= 18) {
            return rescaleWide(lo, productPrecision, precision, rounding, a, pa, b, pb);
        }
        BigDecimal product = toBigDecimal(a, pa).multiply(toBigDecimal(b, pb));
        return fromBigDecimal(product, precision, rounding);
    }

    private static long rescaleWide(long raw, int from, int to, Rounding rounding,
                                    long a, int pa, long b, int pb) {
        try {
            return rescale(raw, from, to, rounding);
        } catch (ArithmeticException overflow) {
            throw new ArithmeticException("fixed-point overflow: " + format(a, pa) + " * " + format(b, pb)
                    + " does not fit in 64 bits at " + to + " decimals");
        }
    }

    /** The exact value as a {@link BigDecimal}. */
    public static BigDecimal toBigDecimal(long raw, int precision) {
        return BigDecimal.valueOf(raw, precision);
    }

    /** Converts a decimal to a raw value at {@code precision}, rounding as told; throws if it does not fit. */
    public static long fromBigDecimal(BigDecimal value, int precision, Rounding rounding) {
        BigDecimal v = value;
        if (v.signum() != 0) {
            // Decide from the exponent before setScale, which would otherwise expand a value such as
            // 1E+300000000 or 1E-300000000 digit by digit (minutes of CPU for one bad input cell).
            long digits = (long) v.precision() - v.scale(); // 10^(digits-1) <= |v| < 10^digits
            if (digits > 19) {
                throw overflow(value, precision);
            }
            if (digits <= -(precision + 1L)) {
                // |v| < 10^-(precision+1), below half a unit: every rule rounds it as it rounds this stand-in.
                v = BigDecimal.valueOf(v.signum(), precision + 1);
            }
        }
        BigDecimal scaled = v.setScale(precision, rounding.mode());
        BigInteger unscaled = scaled.unscaledValue();
        if (unscaled.bitLength() > 63) {
            throw overflow(value, precision);
        }
        return unscaled.longValue();
    }

    private static ArithmeticException overflow(BigDecimal value, int precision) {
        return new ArithmeticException("fixed-point overflow: " + Decimals.show(value)
                + " does not fit in 64 bits at " + precision + " decimals");
    }

    /** The smallest precision that represents {@code raw} at {@code precision} exactly (trailing zeros dropped). */
    public static int minimalPrecision(long raw, int precision) {
        int p = precision;
        while (p > 0 && raw % 10 == 0) {
            raw /= 10;
            p--;
        }
        return p;
    }

    /** A hash that equal values share whatever their precision. */
    static int hash(long raw, int precision) {
        int p = precision;
        while (p > 0 && raw % 10 == 0) {
            raw /= 10;
            p--;
        }
        return Long.hashCode(raw) * 31 + p;
    }

    /** Plain decimal text with exactly {@code precision} decimals, e.g. {@code -0.050}. */
    public static String format(long raw, int precision) {
        if (precision == 0) {
            return Long.toString(raw);
        }
        StringBuilder sb = new StringBuilder(24);
        String digits = raw == Long.MIN_VALUE ? "9223372036854775808" : Long.toString(Math.abs(raw));
        if (raw < 0) {
            sb.append('-');
        }
        if (digits.length() <= precision) {
            sb.append("0.");
            sb.repeat('0', precision - digits.length());
            sb.append(digits);
        } else {
            int point = digits.length() - precision;
            sb.append(digits, 0, point).append('.').append(digits, point, digits.length());
        }
        return sb.toString();
    }

    /** A double approximation, for indicators and analytics (lossy beyond 15-16 significant digits). */
    public static double toDouble(long raw, int precision) {
        return raw / (double) pow10(precision);
    }
}
