package io.sextant.data.series;

import io.sextant.core.money.FixedPoint;

/** Bulk rescaling of raw fixed-point arrays to more decimals, overflow-checked. */
final class Rescale {
    private Rescale() {
    }

    /** Copies {@code src} (at {@code fromScale}) into {@code dst} at {@code at}, scaled up to {@code toScale}. */
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
        long factor = FixedPoint.pow10(toScale - fromScale);
        long limit = Long.MAX_VALUE / factor;
        for (int i = 0; i < length; i++) {
            long v = src[i];
            if (v > limit || v < -limit) {
                throw new ArithmeticException("column " + column + ": value " + FixedPoint.format(v, fromScale)
                        + " does not fit in 64 bits at " + toScale + " decimals");
            }
            dst[at + i] = v * factor;
        }
    }
}
