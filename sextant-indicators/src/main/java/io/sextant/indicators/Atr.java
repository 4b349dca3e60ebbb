package io.sextant.indicators;

/**
 * Average true range, TA-Lib convention (Wilder smoothing). True range of bar t is
 * {@code max(high - low, |high - close[t-1]|, |low - close[t-1]|)}; the first bar has no previous
 * close and gives no true range. The first ATR is the simple average of the first {@code n} true
 * ranges (bars 2..n+1), then {@code atr = (atr (n - 1) + tr) / n}. Warm-up: {@code n + 1} bars.
 */
public final class Atr implements Indicator {
    private final int period;
    private int ranges;
    private double previousClose = Double.NaN;
    private double seedSum;
    private double atr = Double.NaN;

    public Atr(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("atr period must be at least 1, was " + period);
        }
        this.period = period;
    }

    @Override
    public void update(double open, double high, double low, double close, double volume) {
        if (previousClose != previousClose) {
            previousClose = close;
            return;
        }
        double tr = Math.max(high - low, Math.max(Math.abs(high - previousClose), Math.abs(low - previousClose)));
        previousClose = close;
        if (ranges < period) {
            seedSum += tr;
            ranges++;
            if (ranges == period) {
                atr = seedSum / period;
            }
            return;
        }
        atr = (atr * (period - 1) + tr) / period;
    }

    @Override
    public double value() {
        return atr;
    }

    @Override
    public boolean isReady() {
        return ranges >= period;
    }

    @Override
    public int warmup() {
        return period + 1;
    }

    @Override
    public String name() {
        return "atr(" + period + ")";
    }
}
