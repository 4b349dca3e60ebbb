package io.sextant.data.series;

import io.sextant.core.money.FixedPoint;

/** Bulk rescaling of raw fixed-point arrays to more decimals, overflow-checked. */
final class Rescale {
    private Rescale() {
    }

    /**
     * Copies {@code src} (at {@code fromScale}) into {@code dst} at {@code at}, scaled up to {@code toScale}.
     * Checks every value before writing any, so an overflow leaves {@code dst} untouched (it may be {@code src}).
     */
    static void copy(long[] src, int fromScale, long[] dst, int at, int toScale, String column) {
        copy(src, src.length, fromScale, dst, at, toScale, column);
    }

    static void copy(long[] src, int length, int fromScale, long[] dst, int at, int toScale, String column) {
        if (toScale < fromScale) {
            throw new IllegalArgumentException("column " + column + ": cannot lower scale " + fromScale + " to " + toScale);
        }
        if (toScale == fromScale) {
            System.arraycopy(src, 0, dst, at, length);
            return;
        }
        check(src, length, fromScale, toScale, column);
        long factor = FixedPoint.pow10(toScale - fromScale);
        for (int i = 0; i < length; i++) {
            dst[at + i] = src[i] * factor;
        }
    }

    /** Throws {@link ArithmeticException} if any of the first {@code length} values does not fit at {@code toScale}. */
    static void check(long[] src, int length, int fromScale, int toScale, String column) {
        if (toScale <= fromScale) {
            return;
        }
        long limit = Long.MAX_VALUE / FixedPoint.pow10(toScale - fromScale);
        for (int i = 0; i < length; i++) {
            long v = src[i];
            if (v > limit || v < -limit) {
                throw new ArithmeticException("column " + column + ": value " + FixedPoint.format(v, fromScale)
                        + " does not fit in 64 bits at " + toScale + " decimals");
            }
        }
    }
}
