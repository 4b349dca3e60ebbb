package io.sextant.indicators;

/**
 * Exponential moving average, TA-Lib convention: {@code k = 2 / (n + 1)}, seeded with the simple
 * average of the first {@code n} values, then {@code ema = ema + k (x - ema)}. Warm-up: {@code n}.
 */
public final class Ema implements Indicator {
    private final int period;
    private final double k;
    private int count;
    private double seedSum;
    private double ema = Double.NaN;

    public Ema(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("ema period must be at least 1, was " + period);
        }
        this.period = period;
        this.k = 2.0 / (period + 1);
    }

    public void update(double x) {
        if (count < period) {
            seedSum += x;
            count++;
            if (count == period) {
                ema = seedSum / period;
            }
            return;
        }
        ema += k * (x - ema);
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        update(close);
    }

    @Override
    public double value() {
        return ema;
    }

    @Override
    public boolean isReady() {
        return count >= period;
    }

    @Override
    public int warmup() {
        return period;
    }

    @Override
    public String name() {
        return "ema(" + period + ")";
    }
}
