package io.sextant.data.series;

import java.util.Arrays;

/** A growing column of one-byte codes. */
public final class ByteColumnBuilder {
    private final String name;
    private byte[] values;
    private int size;

    ByteColumnBuilder(String name, int capacity) {
        this.name = name;
        this.values = new byte[Math.max(16, capacity)];
    }

    public void add(byte value) {
        if (size == values.length) {
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

    ByteColumn build() {
        return new ByteColumn(name, size == values.length ? values : Arrays.copyOf(values, size));
    }
}
