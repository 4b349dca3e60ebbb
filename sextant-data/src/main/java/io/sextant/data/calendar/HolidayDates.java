package io.sextant.data.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;

/** The date arithmetic that holiday rules are written in: nth weekdays and weekend observance. */
final class HolidayDates {
    private HolidayDates() {
    }

    /** The {@code n}-th (1-based) {@code day} of a month, e.g. the third Monday of January. */
    static LocalDate nth(int n, DayOfWeek day, int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, day));
    }

    /** The last {@code day} of a month, e.g. the last Monday of May. */
    static LocalDate last(DayOfWeek day, int year, Month month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(day));
    }

    /** The first {@code day} on or after {@code date}. */
    static LocalDate onOrAfter(LocalDate date, DayOfWeek day) {
        return date.with(TemporalAdjusters.nextOrSame(day));
    }

    /** A Saturday holiday is observed on the Friday before, a Sunday one on the Monday after. */
    static LocalDate nearestWeekday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    /** A Sunday holiday is observed on the Monday after; a Saturday one is not observed (null). */
    static LocalDate sundayToMondaySkippingSaturday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> null;
            case SUNDAY -> date.plusDays(1);
            default -> date;
        };
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
