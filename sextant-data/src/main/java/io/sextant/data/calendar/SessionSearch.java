package io.sextant.data.calendar;

import java.time.LocalDate;
import java.util.NoSuchElementException;

/** Day-by-day session searches for calendars that have no faster way (the defaults of {@link TradingCalendar}). */
final class SessionSearch {
    /** How far a search looks before giving up: ten years. */
    static final int MAX_DAYS = 3_660;

    private SessionSearch() {
    }

    static LocalDate next(TradingCalendar calendar, LocalDate date) {
        return step(calendar, date, 1);
    }

    static LocalDate previous(TradingCalendar calendar, LocalDate date) {
        return step(calendar, date, -1);
    }

    static long count(TradingCalendar calendar, LocalDate fromInclusive, LocalDate toInclusive) {
        long count = 0;
        for (LocalDate day = fromInclusive; !day.isAfter(toInclusive); day = day.plusDays(1)) {
            if (calendar.isSession(day)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate step(TradingCalendar calendar, LocalDate date, int direction) {
        LocalDate day = date.plusDays(direction);
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(direction)) {
            if (calendar.isSession(day)) {
                return day;
            }
        }
        throw new NoSuchElementException("calendar " + calendar.name() + " has no session within " + MAX_DAYS
                + " days " + (direction > 0 ? "after " : "before ") + date);
    }
}
