package io.sextant.indicators;

/**
 * Simple moving average of the last {@code period} closes: {@code (x[t] + ... + x[t-n+1]) / n}.
 * Warm-up: {@code period} values. The running sum is updated by adding the new value and subtracting
 * the one leaving the window, and re-added from the window every {@value #RESUM_EVERY} updates, so a
 * stream of millions of values does not drift from the exact window sum (a compensated sum would
 * cost a dependent chain of four additions per update).
 */
public final class Sma implements Indicator {
    private final int period;
    private final double[] window;
    private int count;
    private int next;
    private double sum;
    private int sinceResum;
    static final int RESUM_EVERY = 4096;

    public Sma(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("sma period must be at least 1, was " + period);
        }
        this.period = period;
        this.window = new double[period];
    }

    /** Adds one value. */
    public void update(double x) {
        double old = window[next];
        window[next] = x;
        next = next + 1 == period ? 0 : next + 1;
        if (count < period) {
            count++;
        }
        // The window starts at zeros, so during warm-up "old" is 0 and this is a plain sum.
        sum += x - old;
        if (++sinceResum == RESUM_EVERY) {
            sinceResum = 0;
            double exact = 0;
            for (double v : window) {
                exact += v;
            }
            sum = exact;
        }
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(close);
    }

    @Override
    public double value() {
        return count < period ? Double.NaN : sum / period;
    }

    @Override
    public boolean isReady() {
        return count >= period;
    }

    @Override
    public int warmup() {
        return period;
    }

    public int period() {
        return period;
    }

    @Override
    public String name() {
        return "sma(" + period + ")";
    }
}
