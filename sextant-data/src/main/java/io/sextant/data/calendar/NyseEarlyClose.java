package io.sextant.data.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.Set;

/**
 * The NYSE's shortened sessions: the regular early closes around Independence Day, Thanksgiving and Christmas,
 * and a few one-off ones. From 1993 the exchange closes at 13:00 on these days; before that it closed at 14:00.
 *
 * <p>Sources: {@code exchange_calendars} XNYS ({@code special_closes}, {@code special_closes_adhoc}) and
 * {@code pandas_market_calendars} {@code holidays/nyse.py}. They agree from 1990 on. Before 1990 they disagree
 * (the former closes every Monday-Thursday Christmas Eve at 14:00, the latter, citing the NYSE's historical
 * closings document, only those of 1974 and 1975); this class keeps the days both list. Weather, backlog and
 * other one-off short days (mostly 1966-1987) and late openings are not modelled. The LEAN hourly bars
 * (1998-2021) end at 13:00 on exactly these days.
 */
final class NyseEarlyClose {
    static final LocalTime SINCE_1993 = LocalTime.of(13, 0);
    static final LocalTime BEFORE_1993 = LocalTime.of(14, 0);

    /** Christmas Eves before 1993 that both references list as 14:00 closes. */
    private static final Set<Integer> CHRISTMAS_EVE_YEARS_BEFORE_1993 = Set.of(1974, 1975, 1990, 1991, 1992);

    /**
     * One-off 13:00 closes: the Fridays after Christmas 1997 and 2003 (both references) and New Year's Eve 1999
     * ({@code exchange_calendars}; {@code pandas_market_calendars} leaves it out as disputed, but the LEAN hourly
     * bars of that day end at 13:00 as on the other early closes).
     */
    private static final Set<LocalDate> ONE_OFF = Set.of(
            LocalDate.of(1997, 12, 26), LocalDate.of(1999, 12, 31), LocalDate.of(2003, 12, 26));

    private NyseEarlyClose() {
    }

    /** The early closing time of {@code date}, or null if it is not an early-close day (or not a session). */
    static LocalTime closeTime(LocalDate date) {
        int year = date.getYear();
        boolean early = isDayAfterThanksgiving(date) ? year >= 1992
                : isChristmasEve(date) ? year >= 1993 || CHRISTMAS_EVE_YEARS_BEFORE_1993.contains(year)
                : isAroundIndependenceDay(date) || ONE_OFF.contains(date);
        if (!early) {
            return null;
        }
        return year >= 1993 ? SINCE_1993 : BEFORE_1993;
    }

    /** Black Friday: an early close from 1992. */
    private static boolean isDayAfterThanksgiving(LocalDate date) {
        return date.getMonth() == Month.NOVEMBER
                && date.minusDays(1).equals(NyseHoliday.THANKSGIVING_DAY.observedIn(date.getYear()));
    }

    /** 24 December on a Monday to Thursday (on a Friday it is the observed Christmas holiday). */
    private static boolean isChristmasEve(LocalDate date) {
        return date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 24
                && date.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue();
    }

    /**
     * From 1995: 3 July on a Monday, Tuesday or Thursday, and on a Wednesday from 2013; until 2012, 5 July when it
     * is a Friday (from 2013 the Friday after a Thursday Independence Day is a full day).
     */
    private static boolean isAroundIndependenceDay(LocalDate date) {
        if (date.getMonth() != Month.JULY || date.getYear() < 1995) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return switch (date.getDayOfMonth()) {
            case 3 -> day == DayOfWeek.MONDAY || day == DayOfWeek.TUESDAY || day == DayOfWeek.THURSDAY
                    || (day == DayOfWeek.WEDNESDAY && date.getYear() >= 2013);
            case 5 -> day == DayOfWeek.FRIDAY && date.getYear() <= 2012;
            default -> false;
        };
    }
}
