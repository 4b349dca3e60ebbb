package io.sextant.data.series;

import io.sextant.core.money.FixedPoint;

import java.util.Arrays;

/**
 * A growing {@code long} column. Fixed-point columns start at scale 0 and raise their scale (and
 * that of every column in their {@link ScaleGroup}) when a value with more decimals arrives, so
 * an importer never has to know the precision in advance and never rounds a value it read.
 */
public final class LongColumnBuilder {
    /** The array of a builder whose column was built (and may share the old array). */
    private static final long[] SPENT = new long[0];
    private final String name;
    private final ScaleGroup group;
    private long[] values;
    private int size;
    private int scale;

    LongColumnBuilder(String name, ScaleGroup group, int capacity) {
        this.name = name;
        this.group = group;
        this.values = new long[Math.max(16, capacity)];
        if (group != null) {
            group.add(this);
        }
    }

    public String name() {
        return name;
    }

    public int size() {
        return size;
    }

    public int scale() {
        return scale;
    }

    /** Appends a value already at this column's scale (timestamps, counts). */
    public void add(long raw) {
        if (size == values.length) {
            grow();
        }
        values[size++] = raw;
    }

    /**
     * Appends {@code unscaled} &times; 10<sup>-decimals</sup>. Throws {@link ArithmeticException} if
     * the value does not fit in 64 bits at the column's scale, or if raising the scale would push a
     * value already held (in this column or its group) past 64 bits; nothing is changed then.
     */
    public void addDecimal(long unscaled, int decimals) {
        if (decimals == scale) {
            add(unscaled);
        } else if (decimals < scale) {
            add(Math.multiplyExact(unscaled, FixedPoint.pow10(scale - decimals)));
        } else {
            if (group != null) {
                group.raiseTo(decimals);
            } else {
                raiseScale(decimals);
            }
            add(unscaled);
        }
    }

    /** The value at {@code row} at the current scale. */
    public long get(int row) {
        return values[row];
    }

    public long last() {
        return values[size - 1];
    }

    /** Throws {@link ArithmeticException}, changing nothing, if a value would not fit at {@code newScale}. */
    void checkRaise(int newScale) {
        Rescale.check(values, size, scale, newScale, name);
    }

    void raiseScale(int newScale) {
        if (newScale <= scale) {
            return;
        }
        Rescale.copy(values, size, scale, values, 0, newScale, name);
        scale = newScale;
    }

    void truncate(int rows) {
        size = Math.min(size, rows);
    }

    private void grow() {
        if (values == SPENT) {
            throw new IllegalStateException("column " + name + " was already built; start a new builder");
        }
        values = Arrays.copyOf(values, values.length + (values.length >> 1) + 16);
    }

    /** The column; the builder is spent afterwards (it may hand over its array rather than copy it). */
    LongColumn build() {
        long[] out = size == values.length ? values : Arrays.copyOf(values, size);
        values = SPENT;
        size = 0;
        return new LongColumn(name, out, scale);
    }
}
