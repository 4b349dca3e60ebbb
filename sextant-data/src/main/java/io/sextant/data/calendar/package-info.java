/**
 * Trading calendars and gap analysis.
 *
 * <p>A {@link io.sextant.data.calendar.TradingCalendar} says which dates a market trades and the hours of each
 * {@link io.sextant.data.calendar.Session}: {@link io.sextant.data.calendar.NyseCalendar} ({@code nyse}, US equities,
 * 1962-2099), {@link io.sextant.data.calendar.FxCalendar} ({@code fx}, the spot FX week with its 17:00 New York
 * rollover) and {@link io.sextant.data.calendar.AlwaysOpenCalendar} ({@code 24x7}, crypto); {@code none} expects
 * nothing. {@link io.sextant.data.calendar.TradingCalendar#named(String)} finds one by name.
 *
 * <p>Conventions: dates are trading dates in the calendar's zone; a session is the half-open interval [open, close)
 * in epoch nanoseconds UTC, at most one per date; an FX session opening on Sunday evening belongs to Monday.
 *
 * <p>{@link io.sextant.data.calendar.GapAnalyzer} checks a series' timestamps against a calendar in one allocation-free
 * pass and returns a {@link io.sextant.data.calendar.GapReport}: missing sessions merged into runs, data on
 * non-session dates, and missing intraday bars, summarised rather than listed, so that real closures (holidays,
 * 2001-09-11..14, Hurricane Sandy) never show as gaps while real holes in the data do.
 */
package io.sextant.data.calendar;
