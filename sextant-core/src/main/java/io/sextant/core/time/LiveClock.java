package io.sextant.core.time;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The wall clock, in epoch nanoseconds UTC, as precise as the platform gives (microseconds on
 * Linux). It never returns a time earlier than one it already returned, even if the system clock
 * is stepped back (NTP), so event timestamps stay ordered.
 */
public final class LiveClock implements Clock {
    private final java.time.Clock source;
    private final AtomicLong last = new AtomicLong(Long.MIN_VALUE);

    public LiveClock() {
        this(java.time.Clock.systemUTC());
    }

    /** A live clock over another time source (for tests of the monotonic guard). */
    public LiveClock(java.time.Clock source) {
        this.source = source;
    }

    @Override
    public long timestampNs() {
        long now = Nanos.ofInstant(source.instant());
        return last.accumulateAndGet(now, Math::max);
    }
}
