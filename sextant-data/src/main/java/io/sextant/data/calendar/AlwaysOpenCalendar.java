package io.sextant.data.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** Markets that never close ({@code 24x7}, e.g. crypto): every UTC date is a 24-hour session [00:00, 24:00). */
public final class AlwaysOpenCalendar implements TradingCalendar {
    private static final AlwaysOpenCalendar INSTANCE = new AlwaysOpenCalendar();

    private AlwaysOpenCalendar() {
    }

    public static AlwaysOpenCalendar instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "24x7";
    }

    @Override
    public ZoneId zone() {
        return ZoneOffset.UTC;
    }

    @Override
    public boolean isSession(LocalDate date) {
        return true;
    }

    @Override
    public Optional<Session> session(LocalDate date) {
        return Optional.of(Session.of(date, date.atStartOfDay(), date.plusDays(1).atStartOfDay(), ZoneOffset.UTC, false));
    }

    @Override
    public LocalDate nextSession(LocalDate date) {
        return date.plusDays(1);
    }

    @Override
    public LocalDate previousSession(LocalDate date) {
        return date.minusDays(1);
    }

    @Override
    public long sessionsBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        return Math.max(0, ChronoUnit.DAYS.between(fromInclusive, toInclusive) + 1);
    }

    @Override
    public String toString() {
        return "24x7 calendar (UTC days)";
    }
}
