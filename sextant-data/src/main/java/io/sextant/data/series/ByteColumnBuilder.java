package io.sextant.data.series;

import java.util.Arrays;

/** A growing column of one-byte codes. */
public final class ByteColumnBuilder {
    /** The array of a builder whose column was built (and may share the old array). */
    private static final byte[] SPENT = new byte[0];
    private final String name;
    private byte[] values;
    private int size;

    ByteColumnBuilder(String name, int capacity) {
        this.name = name;
        this.values = new byte[Math.max(16, capacity)];
    }

    public void add(byte value) {
        if (size == values.length) {
            if (values == SPENT) {
                throw new IllegalStateException("column " + name + " was already built; start a new builder");
            }
            values = Arrays.copyOf(values, values.length + (values.length >> 1) + 16);
        }
        values[size++] = value;
    }

    public byte get(int row) {
        return values[row];
    }

    int size() {
        return size;
    }

    void truncate(int rows) {
        size = Math.min(size, rows);
    }

    /** The column; the builder is spent afterwards (it may hand over its array rather than copy it). */
    ByteColumn build() {
        byte[] out = size == values.length ? values : Arrays.copyOf(values, size);
        values = SPENT;
        size = 0;
        return new ByteColumn(name, out);
    }
}
