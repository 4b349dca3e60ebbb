package io.sextant.data.series;

import io.sextant.core.money.FixedPoint;

/** Fixed-point arrays to doubles, for research that works on {@code double}. */
public final class Doubles {
    private Doubles() {
    }

    public static double[] of(long[] raw, int scale) {
        double divisor = FixedPoint.pow10(scale);
        double[] out = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            out[i] = raw[i] / divisor;
        }
        return out;
    }
}
