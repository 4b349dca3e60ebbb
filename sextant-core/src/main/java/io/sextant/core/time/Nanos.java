package io.sextant.core.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Epoch-nanosecond timestamps (UTC), the one time representation of every event. A signed long
 * covers 1677-09-21 to 2262-04-11.
 */
public final class Nanos {
    public static final long PER_MICRO = 1_000L;
    public static final long PER_MILLI = 1_000_000L;
    public static final long PER_SECOND = 1_000_000_000L;
    public static final long PER_MINUTE = 60 * PER_SECOND;
    public static final long PER_HOUR = 60 * PER_MINUTE;
    public static final long PER_DAY = 24 * PER_HOUR;

    private Nanos() {
    }

    public static long ofInstant(Instant instant) {
        long seconds = instant.getEpochSecond();
        long nanos = instant.getNano();
        if (seconds < 0 && nanos > 0) {
            // As Instant.toEpochMilli does: seconds * 10^9 alone can overflow in the earliest second
            // (1677-09-21T00:12:43Z) although seconds * 10^9 + nanos fits.
            seconds++;
            nanos -= PER_SECOND;
        }
        return Math.addExact(Math.multiplyExact(seconds, PER_SECOND), nanos);
    }

    public static long ofEpochMilli(long millis) {
        return Math.multiplyExact(millis, PER_MILLI);
    }

    public static long ofEpochSecond(long seconds) {
        return Math.multiplyExact(seconds, PER_SECOND);
    }

    public static Instant toInstant(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, PER_SECOND), Math.floorMod(nanos, PER_SECOND));
    }

    public static ZonedDateTime toZoned(long nanos, ZoneId zone) {
        return toInstant(nanos).atZone(zone);
    }

    /** ISO-8601 in UTC, e.g. {@code 2014-06-09T13:30:00Z}. */
    public static String format(long nanos) {
        return toInstant(nanos).toString();
    }
}
