package io.sextant.data.text;

import io.sextant.core.money.FixedPoint;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * Parses decimal text from bytes into a fixed-point value ({@link #unscaled()} &times;
 * 10<sup>-{@link #scale()}</sup>) without allocating. Trailing zeros after the point are dropped
 * ({@code 800.010000} has scale 2), exponents are accepted ({@code 1.479E+7}), and surrounding
 * blanks are ignored.
 *
 * <p>A value with more than {@value FixedPoint#MAX_PRECISION} significant decimals (float noise
 * such as {@code 16.65999984741211}) is rounded half-even to 9 and reported as {@link #ROUNDED},
 * so the importer can count it; nothing is rounded silently. NaN and infinities are reported as
 * such, never as numbers.
 *
 * <p>One instance per thread: the result lives in its fields.
 */
public final class DecimalParser {
    public static final int OK = 0;
    public static final int ROUNDED = 1;
    public static final int EMPTY = 2;
    public static final int SYNTAX = 3;
    public static final int NAN = 4;
    public static final int INFINITE = 5;
    public static final int TOO_LARGE = 6;

    private static final long MAX_SAFE = (Long.MAX_VALUE - 9) / 10;

    private long unscaled;
    private int scale;

    public long unscaled() {
        return unscaled;
    }

    public int scale() {
        return scale;
    }

    /** Parses {@code b[start, end)}; returns {@link #OK} or {@link #ROUNDED} on success, another status otherwise. */
    public int parse(byte[] b, int start, int end) {
        while (start < end && (b[start] == ' ' || b[start] == '\t')) {
            start++;
        }
        while (end > start && (b[end - 1] == ' ' || b[end - 1] == '\t')) {
            end--;
        }
        if (start == end) {
            return EMPTY;
        }
        int p = start;
        boolean negative = false;
        if (b[p] == '-' || b[p] == '+') {
            negative = b[p] == '-';
            p++;
        }
        long mantissa = 0;
        int fraction = 0;
        int pendingZeros = 0;
        boolean seenPoint = false;
        boolean any = false;
        for (; p < end; p++) {
            int c = b[p];
            if (c >= '0' && c <= '9') {
                any = true;
                int d = c - '0';
                if (seenPoint) {
                    if (d == 0) {
                        pendingZeros++;
                        continue;
                    }
                    for (; pendingZeros > 0; pendingZeros--) {
                        if (mantissa > MAX_SAFE) {
                            return slow(b, start, end);
                        }
                        mantissa *= 10;
                        fraction++;
                    }
                    fraction++;
                } else if (mantissa == 0 && d == 0) {
                    continue;
                }
                if (mantissa > MAX_SAFE) {
                    return slow(b, start, end);
                }
                mantissa = mantissa * 10 + d;
            } else if (c == '.' && !seenPoint) {
                seenPoint = true;
            } else if ((c == 'e' || c == 'E') && any) {
                return slow(b, start, end);
            } else {
                return special(b, start, end);
            }
        }
        if (!any) {
            return special(b, start, end);
        }
        if (fraction > FixedPoint.MAX_PRECISION) {
            return slow(b, start, end);
        }
        unscaled = negative ? -mantissa : mantissa;
        scale = fraction;
        return OK;
    }

    private int special(byte[] b, int start, int end) {
        String t = new String(b, start, end - start, StandardCharsets.US_ASCII).toLowerCase(java.util.Locale.ROOT);
        if (t.equals("nan") || t.equals("-nan") || t.equals("+nan")) {
            return NAN;
        }
        String u = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
        if (u.equals("inf") || u.equals("infinity")) {
            return INFINITE;
        }
        return SYNTAX;
    }

    /** Exponents, very long mantissas and more than 9 decimals: exact BigDecimal arithmetic. */
    private int slow(byte[] b, int start, int end) {
        BigDecimal v;
        try {
            v = new BigDecimal(new String(b, start, end - start, StandardCharsets.US_ASCII));
        } catch (NumberFormatException e) {
            return special(b, start, end);
        }
        int status = OK;
        if (v.signum() == 0) {
            v = BigDecimal.ZERO;
        } else {
            // Decide far-off exponents before setScale, which would expand 1E+99999999 or 1E-99999999
            // digit by digit (minutes of CPU for one cell, or an ArithmeticException beyond that).
            long digits = (long) v.precision() - v.scale(); // 10^(digits-1) <= |v| < 10^digits
            if (digits > 19) {
                return TOO_LARGE;
            }
            if (digits < -FixedPoint.MAX_PRECISION) {
                // |v| < 10^-10, below half of the smallest unit: rounds to zero.
                unscaled = 0;
                scale = 0;
                return ROUNDED;
            }
            v = v.stripTrailingZeros();
        }
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        if (v.scale() > FixedPoint.MAX_PRECISION) {
            v = v.setScale(FixedPoint.MAX_PRECISION, RoundingMode.HALF_EVEN).stripTrailingZeros();
            if (v.scale() < 0) {
                v = v.setScale(0);
            }
            status = ROUNDED;
        }
        if (v.unscaledValue().bitLength() > 63) {
            return TOO_LARGE;
        }
        unscaled = v.unscaledValue().longValue();
        scale = v.scale();
        return status;
    }

    /** Words for a failed status, for error messages. */
    public static String describe(int status) {
        return switch (status) {
            case EMPTY -> "is empty";
            case SYNTAX -> "is not a number";
            case NAN -> "is NaN";
            case INFINITE -> "is infinite";
            case TOO_LARGE -> "is too large for a 64-bit fixed-point value";
            default -> "is fine";
        };
    }
}
