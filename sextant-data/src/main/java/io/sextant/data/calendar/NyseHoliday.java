package io.sextant.data.calendar;

import static io.sextant.data.calendar.HolidayDates.last;
import static io.sextant.data.calendar.HolidayDates.nearestWeekday;
import static io.sextant.data.calendar.HolidayDates.nth;
import static io.sextant.data.calendar.HolidayDates.onOrAfter;
import static io.sextant.data.calendar.HolidayDates.sundayToMondaySkippingSaturday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * The NYSE's recurring full-day holidays from 1962, each with the rule as it changed over the years.
 *
 * <p>Source: the XNYS calendar of the Python package {@code exchange_calendars}
 * ({@code exchange_calendar_xnys.py}, {@code us_holidays.py}), cross-checked against
 * {@code pandas_market_calendars} ({@code holidays/nyse.py}, which follows the NYSE's own list of historical
 * closings) and against the dates present in the Kaggle daily stock files (1962-2017).
 */
enum NyseHoliday {
    /** 1 January; a Sunday is observed on Monday, a Saturday is not observed at all (2005, 2011, 2022). */
    NEW_YEARS_DAY {
        @Override
        LocalDate observedIn(int year) {
            return sundayToMondaySkippingSaturday(LocalDate.of(year, Month.JANUARY, 1));
        }
    },
    /** Third Monday of January, from 1998. */
    MARTIN_LUTHER_KING_JR_DAY {
        @Override
        LocalDate observedIn(int year) {
            return year >= 1998 ? nth(3, DayOfWeek.MONDAY, year, Month.JANUARY) : null;
        }
    },
    /**
     * 22 February until 1970 (a Sunday observed on Monday; from 1964 a Saturday observed on Friday), then
     * Presidents Day, the third Monday of February.
     */
    WASHINGTONS_BIRTHDAY {
        @Override
        LocalDate observedIn(int year) {
            if (year >= 1971) {
                return nth(3, DayOfWeek.MONDAY, year, Month.FEBRUARY);
            }
            LocalDate day = LocalDate.of(year, Month.FEBRUARY, 22);
            return year >= 1964 ? nearestWeekday(day) : sundayToMondaySkippingSaturday(day);
        }
    },
    /** Two days before Western Easter Sunday. */
    GOOD_FRIDAY {
        @Override
        LocalDate observedIn(int year) {
            return Easter.goodFriday(year);
        }
    },
    /**
     * 30 May until 1970 (a Sunday observed on Monday; a Saturday observed on Friday only in 1964-1969, so
     * 1970-05-29 was a trading day), then the last Monday of May.
     */
    MEMORIAL_DAY {
        @Override
        LocalDate observedIn(int year) {
            if (year >= 1971) {
                return last(DayOfWeek.MONDAY, year, Month.MAY);
            }
            LocalDate day = LocalDate.of(year, Month.MAY, 30);
            return year >= 1964 && year <= 1969 ? nearestWeekday(day) : sundayToMondaySkippingSaturday(day);
        }
    },
    /** 19 June, nearest weekday, from 2022. */
    JUNETEENTH {
        @Override
        LocalDate observedIn(int year) {
            return year >= 2022 ? nearestWeekday(LocalDate.of(year, Month.JUNE, 19)) : null;
        }
    },
    /** 4 July, nearest weekday. */
    INDEPENDENCE_DAY {
        @Override
        LocalDate observedIn(int year) {
            return nearestWeekday(LocalDate.of(year, Month.JULY, 4));
        }
    },
    /** First Monday of September. */
    LABOR_DAY {
        @Override
        LocalDate observedIn(int year) {
            return nth(1, DayOfWeek.MONDAY, year, Month.SEPTEMBER);
        }
    },
    /**
     * The Tuesday after the first Monday of November: every year until 1968, then only in presidential election
     * years until 1980 (1972, 1976, 1980).
     */
    ELECTION_DAY {
        @Override
        LocalDate observedIn(int year) {
            boolean observed = year <= 1968 || (year <= 1980 && year % 4 == 0);
            return observed ? onOrAfter(LocalDate.of(year, Month.NOVEMBER, 2), DayOfWeek.TUESDAY) : null;
        }
    },
    /** Fourth Thursday of November. */
    THANKSGIVING_DAY {
        @Override
        LocalDate observedIn(int year) {
            return nth(4, DayOfWeek.THURSDAY, year, Month.NOVEMBER);
        }
    },
    /** 25 December, nearest weekday. */
    CHRISTMAS_DAY {
        @Override
        LocalDate observedIn(int year) {
            return nearestWeekday(LocalDate.of(year, Month.DECEMBER, 25));
        }
    };

    /** The weekday on which the holiday closes the exchange in {@code year} (1962 or later), or null if none. */
    abstract LocalDate observedIn(int year);
}
