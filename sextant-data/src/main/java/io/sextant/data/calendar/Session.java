package io.sextant.data.calendar;

import io.sextant.core.time.Nanos;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One trading session: the regular hours of a trading date as the interval [{@code openNs}, {@code closeNs}).
 *
 * @param date       the trading date the session belongs to (an FX session that opens on Sunday evening belongs to
 *                   Monday)
 * @param openNs     the first instant of the session, epoch nanoseconds UTC
 * @param closeNs    the first instant after the session, epoch nanoseconds UTC
 * @param earlyClose true if the session closes earlier than the calendar's regular close (e.g. NYSE at 13:00)
 */
public record Session(LocalDate date, long openNs, long closeNs, boolean earlyClose) {

    public Session {
        Objects.requireNonNull(date, "date");
        if (closeNs <= openNs) {
            throw new IllegalArgumentException("session " + date + " must close after it opens: open "
                    + Nanos.format(openNs) + ", close " + Nanos.format(closeNs));
        }
    }

    /**
     * The session of {@code date} that opens and closes at the given local date-times in {@code zone} (a local time
     * that falls in a DST gap moves forward by the gap's length, as {@link java.time.ZonedDateTime} does).
     */
    public static Session of(LocalDate date, LocalDateTime open, LocalDateTime close, ZoneId zone, boolean earlyClose) {
        return new Session(date, Nanos.ofInstant(open.atZone(zone).toInstant()),
                Nanos.ofInstant(close.atZone(zone).toInstant()), earlyClose);
    }

    /** True if {@code ns} lies in [open, close). */
    public boolean contains(long ns) {
        return ns >= openNs && ns < closeNs;
    }

    /** The length of the session in nanoseconds. */
    public long lengthNs() {
        return closeNs - openNs;
    }

    @Override
    public String toString() {
        return date + " [" + Nanos.format(openNs) + ", " + Nanos.format(closeNs) + ")" + (earlyClose ? " early close" : "");
    }
}
