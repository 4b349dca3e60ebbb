package io.sextant.data.calendar;

import io.sextant.core.time.Nanos;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A summary of how a series' timestamps fit a {@link TradingCalendar}: never one entry per gap, so that it stays
 * small enough to store as JSON beside the series however broken the data is. Made by {@link GapAnalyzer}.
 *
 * <p>Dates are trading dates of the calendar (for daily and longer bars, the date of the bar's open in the series'
 * zone). A missing session is a session date between {@code firstDate} and {@code lastDate} that no data point
 * covers; consecutive missing sessions (no session with data between them) form one run.
 *
 * @param calendar              the calendar's name
 * @param timeframe             the bar timeframe ({@code 1d}, {@code 5m}) or {@code tick}
 * @param dataPoints            the number of timestamps analysed
 * @param firstDate             the date of the first data point, null if there is none
 * @param lastDate              the last date covered by the last data point, null if there is none
 * @param expectedSessions      the calendar's sessions from {@code firstDate} to {@code lastDate}
 * @param missingSessions       how many of those have no data
 * @param missingRuns           how many runs the missing sessions form
 * @param largestMissingRuns    the {@value #KEPT} longest runs, longest first (the earlier of equal runs first)
 * @param firstMissingRuns      the first {@value #KEPT} runs in date order
 * @param offCalendarPoints     data points on dates that are not sessions (e.g. Sunday bars in FX data)
 * @param offCalendarDays       the number of distinct such dates
 * @param firstOffCalendarDates the first {@value #KEPT} such dates
 * @param intraday              for intraday bars, the holes inside sessions that have data; null for ticks and for
 *                              daily or longer bars
 */
public record GapReport(
        String calendar,
        String timeframe,
        long dataPoints,
        LocalDate firstDate,
        LocalDate lastDate,
        long expectedSessions,
        long missingSessions,
        long missingRuns,
        List<MissingRun> largestMissingRuns,
        List<MissingRun> firstMissingRuns,
        long offCalendarPoints,
        long offCalendarDays,
        List<LocalDate> firstOffCalendarDates,
        IntradayGaps intraday) {

    /** How many runs and dates each list keeps. */
    public static final int KEPT = 5;

    public GapReport {
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(timeframe, "timeframe");
        largestMissingRuns = List.copyOf(largestMissingRuns);
        firstMissingRuns = List.copyOf(firstMissingRuns);
        firstOffCalendarDates = List.copyOf(firstOffCalendarDates);
    }

    /** True if any session is missing or any intraday interval is missing. */
    public boolean hasGaps() {
        return missingSessions > 0 || (intraday != null && intraday.missingIntervals() > 0);
    }

    /** One line for logs and validation messages (numbers grouped with commas whatever the default locale). */
    public String summary() {
        if (dataPoints == 0) {
            return "no data (" + calendar + ", " + timeframe + ")";
        }
        StringBuilder text = new StringBuilder(format("%,d %s points %s..%s on calendar %s: %,d of %,d sessions missing",
                dataPoints, timeframe, firstDate, lastDate, calendar, missingSessions, expectedSessions));
        if (missingRuns > 0) {
            text.append(format(" in %,d %s, largest %s", missingRuns, plural(missingRuns, "run"),
                    largestMissingRuns.getFirst()));
        }
        if (offCalendarPoints > 0) {
            text.append(format("; %,d %s on %,d non-session %s, first %s", offCalendarPoints,
                    plural(offCalendarPoints, "point"), offCalendarDays, plural(offCalendarDays, "date"),
                    firstOffCalendarDates.getFirst()));
        }
        if (intraday != null) {
            text.append("; ").append(intraday);
        }
        return text.toString();
    }

    private static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    private static String plural(long count, String noun) {
        return count == 1 ? noun : noun + "s";
    }

    /**
     * Consecutive missing sessions.
     *
     * @param first    the first missing session
     * @param last     the last missing session
     * @param sessions how many sessions the run spans
     */
    public record MissingRun(LocalDate first, LocalDate last, long sessions) {
        @Override
        public String toString() {
            return (first.equals(last) ? first.toString() : first + ".." + last) + " (" + sessions + " "
                    + plural(sessions, "session") + ")";
        }
    }

    /**
     * Missing bars inside the regular hours of the sessions that have data. A bar is expected for every step of the
     * timeframe's grid that overlaps [open, close); bars outside regular hours are ignored.
     *
     * @param expectedIntervals the bars expected in those sessions
     * @param missingIntervals  how many of them are absent
     * @param sessionsWithHoles the sessions with at least one absent bar
     * @param longestHole       the longest stretch of absent bars, null if none
     */
    public record IntradayGaps(long expectedIntervals, long missingIntervals, long sessionsWithHoles,
                               IntradayHole longestHole) {
        @Override
        public String toString() {
            return format("%,d of %,d intraday bars missing in %,d %s%s", missingIntervals, expectedIntervals,
                    sessionsWithHoles, plural(sessionsWithHoles, "session"),
                    longestHole == null ? "" : ", longest " + longestHole);
        }
    }

    /**
     * Consecutive absent bars in one session, as the interval [{@code startNs}, {@code endNs}) clipped to the
     * session's hours.
     *
     * @param session   the session's date
     * @param startNs   the open of the first absent bar (or the session open), epoch nanoseconds UTC
     * @param endNs     the close of the last absent bar (or the session close), epoch nanoseconds UTC
     * @param intervals how many bars are absent
     */
    public record IntradayHole(LocalDate session, long startNs, long endNs, long intervals) {
        @Override
        public String toString() {
            return intervals + " " + plural(intervals, "bar") + " from " + Nanos.format(startNs) + " to "
                    + Nanos.format(endNs);
        }
    }
}
