package io.sextant.data.calendar;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The {@code none} calendar: it expects nothing, so gap analysis against it reports no missing sessions and no
 * off-calendar data. For series whose market has no calendar Sextant knows.
 */
final class NoSessionsCalendar implements TradingCalendar {
    private static final NoSessionsCalendar INSTANCE = new NoSessionsCalendar();

    private NoSessionsCalendar() {
    }

    static NoSessionsCalendar instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "none";
    }

    @Override
    public ZoneId zone() {
        return ZoneOffset.UTC;
    }

    @Override
    public boolean isSession(LocalDate date) {
        return false;
    }

    @Override
    public Optional<Session> session(LocalDate date) {
        return Optional.empty();
    }

    @Override
    public LocalDate nextSession(LocalDate date) {
        throw new NoSuchElementException("calendar none has no sessions");
    }

    @Override
    public LocalDate previousSession(LocalDate date) {
        throw new NoSuchElementException("calendar none has no sessions");
    }

    @Override
    public long sessionsBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        return 0;
    }

    @Override
    public String toString() {
        return "no calendar";
    }
}
