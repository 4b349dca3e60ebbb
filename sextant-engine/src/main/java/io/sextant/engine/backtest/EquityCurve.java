package io.sextant.engine.backtest;

import io.sextant.core.money.Currency;

import java.util.Arrays;

/**
 * Equity and cash at the end of each time step (after all data and timers of that timestamp), in
 * the base currency's raw units, plus whether any position was open. Grows by doubling; recording a
 * step never allocates otherwise. A curve with one step per bar of a single series reads its times
 * from the series' close times instead of copying them ({@link #alongBars}).
 */
public final class EquityCurve {
    private final Currency currency;
    private long[] times;
    /** Index in {@link #times} of step 0; non-zero only when the times are a series' own array. */
    private final int timeOffset;
    private final boolean sharedTimes;
    private long[] equity;
    private long[] cash;
    private boolean[] invested;
    private int size;

    public EquityCurve(Currency currency, int expectedSteps) {
        this.currency = currency;
        int n = Math.max(16, expectedSteps);
        times = new long[n];
        timeOffset = 0;
        sharedTimes = false;
        equity = new long[n];
        cash = new long[n];
        invested = new boolean[n];
    }

    private EquityCurve(Currency currency, long[] tsClose, int from) {
        this.currency = currency;
        int n = tsClose.length - from;
        times = tsClose;
        timeOffset = from;
        sharedTimes = true;
        equity = new long[n];
        cash = new long[n];
        invested = new boolean[n];
    }

    /**
     * A curve with one step per bar of one series, from bar {@code from} on, whose times are the
     * bars' close times (the array is shared, not copied; it must not change).
     */
    static EquityCurve alongBars(Currency currency, long[] tsClose, int from) {
        return new EquityCurve(currency, tsClose, from);
    }

    void record(long ts, long equityRaw, long cashRaw, boolean anyPosition) {
        if (sharedTimes) {
            if (size == equity.length || times[timeOffset + size] != ts) {
                throw new IllegalStateException("step " + size + " at " + ts + " is not the next bar close of the"
                        + " series this curve follows");
            }
        } else if (size == times.length) {
            int n = size * 2;
            times = Arrays.copyOf(times, n);
            equity = Arrays.copyOf(equity, n);
            cash = Arrays.copyOf(cash, n);
            invested = Arrays.copyOf(invested, n);
        }
        if (!sharedTimes) {
            times[size] = ts;
        }
        equity[size] = equityRaw;
        cash[size] = cashRaw;
        invested[size] = anyPosition;
        size++;
    }

    public Currency currency() {
        return currency;
    }

    public int size() {
        return size;
    }

    public long time(int i) {
        return times[timeOffset + java.util.Objects.checkIndex(i, size)];
    }

    public long equityRaw(int i) {
        return equity[i];
    }

    public long cashRaw(int i) {
        return cash[i];
    }

    public boolean invested(int i) {
        return invested[i];
    }

    /** Equity as doubles in currency units, for statistics. */
    public double[] equityValues() {
        double unit = Math.pow(10, -currency.precision());
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            out[i] = equity[i] * unit;
        }
        return out;
    }
}
