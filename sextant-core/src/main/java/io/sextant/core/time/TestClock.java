package io.sextant.core.time;

/**
 * A clock that moves only when told to. Time never goes backwards: setting an earlier time is a
 * programming error and throws, so a replay with out-of-order events fails loudly.
 *
 * <p>Not thread-safe: it belongs to one single-threaded event loop.
 */
public final class TestClock implements Clock {
    private long now;

    public TestClock() {
        this(0L);
    }

    public TestClock(long startNs) {
        this.now = startNs;
    }

    @Override
    public long timestampNs() {
        return now;
    }

    /** Moves the clock to {@code ns}, which must not be earlier than now. */
    public void advanceTo(long ns) {
        if (ns < now) {
            throw new IllegalArgumentException("time cannot go backwards: clock is at " + Nanos.format(now)
                    + " (" + now + "), asked for " + Nanos.format(ns) + " (" + ns + ")");
        }
        now = ns;
    }

    /** Moves the clock forward by {@code deltaNs} (not negative). */
    public void advanceBy(long deltaNs) {
        if (deltaNs < 0) {
            throw new IllegalArgumentException("cannot advance by a negative duration: " + deltaNs + " ns");
        }
        now = Math.addExact(now, deltaNs);
    }
}
