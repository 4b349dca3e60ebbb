package io.sextant.data.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.Optional;

/**
 * The spot FX week ({@code fx}): a session for each weekday, running from 17:00 America/New_York on the day before
 * to 17:00 on the day itself, so that the week opens on Sunday at 17:00 and closes on Friday at 17:00. There is no
 * session on 25 December or 1 January. The trading date of an instant is the date of the session it falls in, so
 * {@link #tradingDayStart()} is minus seven hours.
 *
 * <p>Daily FX bars from some vendors (e.g. LEAN/FXCM, stamped at midnight UTC-05:00) include a short Sunday bar for
 * the first hours of Monday's session; gap analysis counts such bars as off-calendar, not as errors.
 */
public final class FxCalendar implements TradingCalendar {
    /** The New York close (and next open) that rolls the FX trading date. */
    public static final LocalTime ROLLOVER = LocalTime.of(17, 0);

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Duration DAY_START = Duration.ofHours(ROLLOVER.getHour() - 24);
    private static final FxCalendar INSTANCE = new FxCalendar();

    private FxCalendar() {
    }

    public static FxCalendar instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "fx";
    }

    @Override
    public ZoneId zone() {
        return NEW_YORK;
    }

    @Override
    public boolean isSession(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isChristmasDay(date) && !isNewYearsDay(date);
    }

    @Override
    public Optional<Session> session(LocalDate date) {
        if (!isSession(date)) {
            return Optional.empty();
        }
        return Optional.of(Session.of(date, date.minusDays(1).atTime(ROLLOVER), date.atTime(ROLLOVER), NEW_YORK, false));
    }

    @Override
    public Duration tradingDayStart() {
        return DAY_START;
    }

    @Override
    public String toString() {
        return "FX calendar (17:00 New York rollover)";
    }

    private static boolean isChristmasDay(LocalDate date) {
        return date.getMonth() == Month.DECEMBER && date.getDayOfMonth() == 25;
    }

    private static boolean isNewYearsDay(LocalDate date) {
        return date.getMonth() == Month.JANUARY && date.getDayOfMonth() == 1;
    }
}
