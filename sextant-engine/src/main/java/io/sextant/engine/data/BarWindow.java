package io.sextant.engine.data;

import io.sextant.core.money.FixedPoint;

/**
 * The last {@code capacity} bars of one series, newest first: {@code close(0)} is the bar just
 * delivered, {@code close(1)} the one before. A ring buffer of primitives; adding never allocates.
 */
public final class BarWindow {
    private final int capacity;
    private final long[] tsEvent;
    private final long[] open;
    private final long[] high;
    private final long[] low;
    private final long[] close;
    private final long[] volume;
    private final double priceUnit;
    private final double volumeUnit;
    private int size;
    private int head = -1;

    public BarWindow(int capacity, int priceScale, int volumeScale) {
        if (capacity < 1) {
            throw new IllegalArgumentException("history window must hold at least 1 bar, was " + capacity);
        }
        this.capacity = capacity;
        this.tsEvent = new long[capacity];
        this.open = new long[capacity];
        this.high = new long[capacity];
        this.low = new long[capacity];
        this.close = new long[capacity];
        this.volume = new long[capacity];
        this.priceUnit = 1.0 / FixedPoint.pow10(priceScale);
        this.volumeUnit = 1.0 / FixedPoint.pow10(volumeScale);
    }

    void add(BarEvent bar) {
        head = head + 1 == capacity ? 0 : head + 1;
        tsEvent[head] = bar.tsEvent;
        open[head] = bar.open;
        high[head] = bar.high;
        low[head] = bar.low;
        close[head] = bar.close;
        volume[head] = bar.volume;
        if (size < capacity) {
            size++;
        }
    }

    private int slot(int ago) {
        if (ago < 0 || ago >= size) {
            throw new IndexOutOfBoundsException("bar " + ago + " ago is not in the window (" + size + " of "
                    + capacity + " bars held)");
        }
        int i = head - ago;
        return i < 0 ? i + capacity : i;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
    }

    public boolean isFull() {
        return size == capacity;
    }

    public long tsEvent(int ago) {
        return tsEvent[slot(ago)];
    }

    public double open(int ago) {
        return open[slot(ago)] * priceUnit;
    }

    public double high(int ago) {
        return high[slot(ago)] * priceUnit;
    }

    public double low(int ago) {
        return low[slot(ago)] * priceUnit;
    }

    public double close(int ago) {
        return close[slot(ago)] * priceUnit;
    }

    public double volume(int ago) {
        return volume[slot(ago)] * volumeUnit;
    }

    /** The closes, oldest first, as a new array (for research; allocates). */
    public double[] closes() {
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = close(size - 1 - i);
        }
        return out;
    }
}
