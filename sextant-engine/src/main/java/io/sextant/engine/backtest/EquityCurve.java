package io.sextant.engine.backtest;

import io.sextant.core.money.Currency;

import java.util.Arrays;

/**
 * Equity and cash at the end of each time step (after all data and timers of that timestamp), in
 * the base currency's raw units, plus whether any position was open. Grows by doubling; recording a
 * step never allocates otherwise.
 */
public final class EquityCurve {
    private final Currency currency;
    private long[] times;
    private long[] equity;
    private long[] cash;
    private boolean[] invested;
    private int size;

    public EquityCurve(Currency currency, int expectedSteps) {
        this.currency = currency;
        int n = Math.max(16, expectedSteps);
        times = new long[n];
        equity = new long[n];
        cash = new long[n];
        invested = new boolean[n];
    }

    void record(long ts, long equityRaw, long cashRaw, boolean anyPosition) {
        if (size == times.length) {
            int n = size * 2;
            times = Arrays.copyOf(times, n);
            equity = Arrays.copyOf(equity, n);
            cash = Arrays.copyOf(cash, n);
            invested = Arrays.copyOf(invested, n);
        }
        times[size] = ts;
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
        return times[i];
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
