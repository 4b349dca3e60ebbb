package io.sextant.data.resample;

import java.util.Arrays;

/** A growing list of primitive longs. */
final class LongList {
    private long[] values = new long[1024];
    private int size;

    void add(long v) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length * 2);
        }
        values[size++] = v;
    }

    long[] toArray() {
        return Arrays.copyOf(values, size);
    }
}
