package io.sextant.indicators;

/**
 * Simple moving average of the last {@code period} closes: {@code (x[t] + ... + x[t-n+1]) / n}.
 * Warm-up: {@code period} values. The running sum is kept with Kahan compensation, so a stream of
 * millions of values does not drift from the exact window sum.
 */
public final class Sma implements Indicator {
    private final int period;
    private final double[] window;
    private int count;
    private int next;
    private double sum;
    private double compensation;

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
        // Kahan-compensated running sum of (x - old), so rounding does not accumulate over millions of bars.
        // The window starts at zeros, so during warm-up "old" is 0 and this is a plain sum.
        double y = (x - old) - compensation;
        double t = sum + y;
        compensation = (t - sum) - y;
        sum = t;
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
