package io.sextant.core.time;

import java.time.Instant;

/**
 * The source of "now" for everything that needs it. Time is injected: backtests run on a
 * {@link TestClock} driven by the data, live trading on a {@link LiveClock}. Nothing else reads
 * the wall clock.
 */
public interface Clock {

    /** Now, in epoch nanoseconds UTC. */
    long timestampNs();

    default long timestampMs() {
        return Math.floorDiv(timestampNs(), Nanos.PER_MILLI);
    }

    default Instant instant() {
        return Nanos.toInstant(timestampNs());
    }
}
