package io.sextant.engine.strategy;

import java.time.Duration;

/**
 * Timers for a strategy. A timer fires {@link Strategy#onTimer} at its time, after the data of that
 * timestamp; in a backtest, time advances with the data, so a timer fires when the first event at or
 * after its time arrives (with its own {@code tsEvent}, not the data's).
 */
public interface Timers {

    /** Fires once at {@code tsNs}. */
    void at(String name, long tsNs);

    /** Fires every {@code interval}, first at now + interval. */
    void every(String name, Duration interval);

    /** Fires at each time of {@code schedule} from now on (e.g. month-end closes for rebalancing). */
    void schedule(String name, Schedule schedule);

    /** Stops a timer; true if it existed. */
    boolean cancel(String name);
}
