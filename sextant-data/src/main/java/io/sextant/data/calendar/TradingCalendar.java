package io.sextant.data.calendar;

import io.sextant.core.time.Nanos;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a market trades: which dates are trading sessions, and the hours of each.
 *
 * <p>Conventions. Dates are trading dates in the calendar's {@link #zone()}. A session covers the half-open interval
 * [{@link Session#openNs() open}, {@link Session#closeNs() close}) in epoch nanoseconds UTC; there is at most one
 * session per trading date. A trading date normally runs from local midnight to the next; a calendar whose sessions
 * start the evening before (spot FX: 17:00 New York the previous day) says so with {@link #tradingDayStart()}, and
 * {@link #tradingDate(long)} maps any instant to the trading date it belongs to. A calendar built from dated rules
 * covers a fixed range of dates and throws {@link IllegalArgumentException} for a date outside it rather than guess.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface TradingCalendar {

    /** The names {@link #named(String)} accepts. */
    List<String> NAMES = List.of("nyse", "fx", "24x7", "none");

    /** The calendar's name, as {@link #named(String)} accepts it. */
    String name();

    /** The zone that the calendar's dates and hours are in. */
    ZoneId zone();

    /** True if the market has a session on {@code date}. */
    boolean isSession(LocalDate date);

    /** The session of {@code date}, or empty if the market is closed that day. */
    Optional<Session> session(LocalDate date);

    /** The first session date strictly after {@code date}. */
    default LocalDate nextSession(LocalDate date) {
        return SessionSearch.next(this, date);
    }

    /** The last session date strictly before {@code date}. */
    default LocalDate previousSession(LocalDate date) {
        return SessionSearch.previous(this, date);
    }

    /** The number of sessions from {@code fromInclusive} to {@code toInclusive}; 0 if {@code from} is later. */
    default long sessionsBetween(LocalDate fromInclusive, LocalDate toInclusive) {
        return SessionSearch.count(this, fromInclusive, toInclusive);
    }

    /**
     * Where a trading date begins, relative to its local midnight: zero for exchanges whose sessions lie within one
     * calendar day, minus seven hours for spot FX (Monday's trading date begins on Sunday at 17:00).
     */
    default Duration tradingDayStart() {
        return Duration.ZERO;
    }

    /** The trading date that the instant {@code epochNs} belongs to (whether or not it is a session or in hours). */
    default LocalDate tradingDate(long epochNs) {
        return Nanos.toZoned(epochNs, zone()).toLocalDateTime().minus(tradingDayStart()).toLocalDate();
    }

    /**
     * The calendar with the given name, ignoring case: {@code nyse} ({@link NyseCalendar}), {@code fx}
     * ({@link FxCalendar}), {@code 24x7} ({@link AlwaysOpenCalendar}) or {@code none} (a calendar with no sessions,
     * for data where nothing is expected, so that gap analysis reports no gaps).
     *
     * @throws IllegalArgumentException for any other name
     */
    static TradingCalendar named(String name) {
        String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "nyse" -> NyseCalendar.instance();
            case "fx" -> FxCalendar.instance();
            case "24x7" -> AlwaysOpenCalendar.instance();
            case "none" -> NoSessionsCalendar.instance();
            default -> throw new IllegalArgumentException(
                    "unknown trading calendar '" + name + "': known calendars are " + String.join(", ", NAMES));
        };
    }
}
