package io.sextant.indicators;

/**
 * A streaming indicator fed one bar at a time. The engine updates indicators registered on a bar
 * series before the strategy sees the bar, so {@link #value()} already includes it.
 */
public interface Indicator {

    /** Adds one bar. Indicators that use only the close ignore the other fields. */
    void update(double open, double high, double low, double close, double volume);

    /** The current value; NaN until {@link #isReady()}. */
    double value();

    /** True once enough bars have been seen for {@link #value()} to follow the indicator's definition. */
    boolean isReady();

    /** The number of bars needed before the first value. */
    int warmup();

    /** A short name with parameters, e.g. {@code sma(10)}. */
    String name();
}
