package io.sextant.data.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The New York Stock Exchange ({@code nyse}): regular sessions 09:30-16:00 America/New_York on weekdays, less the
 * exchange's holidays and one-off closures, with early closes at 13:00 (14:00 before 1993) around Independence Day,
 * Thanksgiving and Christmas. Covers {@value #FIRST_YEAR} to {@value #LAST_YEAR}.
 *
 * <p>The rules follow the XNYS calendar of the Python package {@code exchange_calendars}, cross-checked with
 * {@code pandas_market_calendars} and with real daily data: see {@link NyseHoliday}, {@link NyseSpecialClosure} and
 * {@link NyseEarlyClose} for each rule and its source. Future years follow the regular rules; a one-off closure
 * cannot be known in advance, so the calendar must be updated when the exchange announces one.
 *
 * <p>Not modelled: trading hours before 1985 (10:00 open; 15:30 close until 1973), late openings, and the
 * shortened days of 1966-1987 (strikes, snow, the paperwork crisis's short days, the 1987 backlog). Sessions in
 * those years are reported as 09:30-16:00, which only matters for intraday data that old.
 */
public final class NyseCalendar implements TradingCalendar {
    public static final int FIRST_YEAR = 1962;
    public static final int LAST_YEAR = 2099;
    public static final LocalTime OPEN = LocalTime.of(9, 30);
    public static final LocalTime CLOSE = LocalTime.of(16, 0);

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final NyseCalendar INSTANCE = new NyseCalendar();

    private final SessionTable table;

    private NyseCalendar() {
        Set<LocalDate> closed = closedWeekdays();
        table = new SessionTable("nyse", LocalDate.of(FIRST_YEAR, 1, 1), LocalDate.of(LAST_YEAR, 12, 31),
                day -> closeMinute(day, closed));
    }

    /** The calendar (built once, on first use). */
    public static NyseCalendar instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "nyse";
    }

    @Override
    public ZoneId zone() {
        return NEW_YORK;
    }

    @Override
    public boolean isSession(LocalDate date) {
        return table.isSession(date);
    }

    @Override
    public Optional<Session> session(LocalDate date) {
        int closeMinute = table.closeMinute(date);
        if (closeMinute == 0) {
            return Optional.empty();
        }
        LocalTime close = LocalTime.ofSecondOfDay(closeMinute * 60L);
        return Optional.of(Session.of(date, date.atTime(OPEN), date.atTime(close), NEW_YORK, close.isBefore(CLOSE)));
    }

    @Override
    public LocalDate nextSession(LocalDate date) {
        return table.nextSession(date);
    }

    @Override
    public LocalDate previousSession(LocalDate date) {
        return table.previousSession(date);
    }

    @Override
    public long sessionsBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        return table.sessionsBetween(fromInclusive, toInclusive);
    }

    /** The weekdays of {@code year} on which the exchange was (or will be) closed all day, in date order. */
    public List<LocalDate> closures(int year) {
        return daysOf(year, day -> !HolidayDates.isWeekend(day) && !isSession(day));
    }

    /** The early-close sessions of {@code year}, in date order. */
    public List<LocalDate> earlyCloses(int year) {
        return daysOf(year, day -> session(day).map(Session::earlyClose).orElse(false));
    }

    @Override
    public String toString() {
        return "NYSE calendar " + FIRST_YEAR + "-" + LAST_YEAR;
    }

    private List<LocalDate> daysOf(int year, Predicate<LocalDate> wanted) {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (wanted.test(day)) {
                days.add(day);
            }
        }
        return List.copyOf(days);
    }

    private static Set<LocalDate> closedWeekdays() {
        Set<LocalDate> closed = new HashSet<>();
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            for (NyseHoliday holiday : NyseHoliday.values()) {
                LocalDate day = holiday.observedIn(year);
                if (day != null) {
                    closed.add(day);
                }
            }
        }
        NyseSpecialClosure.ALL.forEach(closure -> closed.add(closure.date()));
        return closed;
    }

    private static int closeMinute(LocalDate day, Set<LocalDate> closed) {
        if (HolidayDates.isWeekend(day) || closed.contains(day)) {
            return 0;
        }
        LocalTime close = NyseEarlyClose.closeTime(day);
        return (close == null ? CLOSE : close).toSecondOfDay() / 60;
    }
}
