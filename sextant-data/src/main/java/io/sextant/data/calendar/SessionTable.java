package io.sextant.data.calendar;

import java.time.LocalDate;
import java.util.function.ToIntFunction;

/**
 * A precomputed day-by-day table of a calendar over a fixed range of dates: for each day, the minute of the day
 * its session closes (0 when there is no session), plus running session counts so that counting the sessions
 * between two dates is two array reads. Immutable and thread-safe once built.
 */
final class SessionTable {
    private final String calendar;
    private final LocalDate first;
    private final LocalDate last;
    private final long firstEpochDay;
    private final short[] closeMinute;
    /** {@code sessionsBefore[i]} = number of sessions on the days before day {@code i}; one longer than the range. */
    private final int[] sessionsBefore;

    /**
     * @param calendar      the calendar's name, for messages
     * @param closeMinuteOf the close as minutes after local midnight for a session day, 0 for a closed day
     */
    SessionTable(String calendar, LocalDate first, LocalDate last, ToIntFunction<LocalDate> closeMinuteOf) {
        this.calendar = calendar;
        this.first = first;
        this.last = last;
        this.firstEpochDay = first.toEpochDay();
        int days = Math.toIntExact(last.toEpochDay() - firstEpochDay + 1);
        this.closeMinute = new short[days];
        this.sessionsBefore = new int[days + 1];
        LocalDate day = first;
        for (int i = 0; i < days; i++, day = day.plusDays(1)) {
            int minute = closeMinuteOf.applyAsInt(day);
            if (minute < 0 || minute > 24 * 60) {
                throw new IllegalArgumentException("close minute of " + day + " must be 0..1440, was " + minute);
            }
            closeMinute[i] = (short) minute;
            sessionsBefore[i + 1] = sessionsBefore[i] + (minute > 0 ? 1 : 0);
        }
    }

    LocalDate first() {
        return first;
    }

    LocalDate last() {
        return last;
    }

    boolean isSession(LocalDate date) {
        return closeMinute[index(date)] > 0;
    }

    /** Minutes after local midnight at which the session of {@code date} closes, 0 if there is none. */
    int closeMinute(LocalDate date) {
        return closeMinute[index(date)];
    }

    long sessionsBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        if (fromInclusive.isAfter(toInclusive)) {
            return 0;
        }
        return sessionsBefore[index(toInclusive) + 1] - sessionsBefore[index(fromInclusive)];
    }

    LocalDate nextSession(LocalDate date) {
        for (int i = index(date) + 1; i < closeMinute.length; i++) {
            if (closeMinute[i] > 0) {
                return LocalDate.ofEpochDay(firstEpochDay + i);
            }
        }
        throw outOfRange("no session after " + date);
    }

    LocalDate previousSession(LocalDate date) {
        for (int i = index(date) - 1; i >= 0; i--) {
            if (closeMinute[i] > 0) {
                return LocalDate.ofEpochDay(firstEpochDay + i);
            }
        }
        throw outOfRange("no session before " + date);
    }

    private int index(LocalDate date) {
        long i = date.toEpochDay() - firstEpochDay;
        if (i < 0 || i >= closeMinute.length) {
            throw outOfRange(date + " is outside it");
        }
        return (int) i;
    }

    private IllegalArgumentException outOfRange(String what) {
        return new IllegalArgumentException("the " + calendar + " calendar covers " + first + " to " + last + ": " + what);
    }
}
