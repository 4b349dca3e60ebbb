package io.sextant.data.calendar;

import io.sextant.core.data.Timeframe;
import io.sextant.core.data.TimeframeUnit;
import io.sextant.core.time.Nanos;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Compares a series' timestamps with a {@link TradingCalendar} and summarises the gaps in a {@link GapReport}.
 *
 * <p>How a data point is placed on a date:
 * <ul>
 *   <li>ticks ({@code timeframe} null) and intraday bars (seconds to hours): the calendar's trading date of the
 *       timestamp ({@link TradingCalendar#tradingDate(long)}), so that an FX tick on Sunday at 18:00 New York belongs
 *       to Monday's session;</li>
 *   <li>daily and longer bars: the local date of the bar's open in the series' zone; a bar of several days (a week,
 *       a month) covers every date up to its close.</li>
 * </ul>
 * A session is present if at least one data point is on its date, whatever the time of day (pre-market ticks count).
 * Sessions before the first and after the last data point are not expected. For intraday bars the report also counts
 * the bars absent from the regular hours of the sessions that are present (see {@link GapReport.IntradayGaps}).
 *
 * <p>One pass over the timestamps, O(n) plus the number of dates spanned; nothing is allocated per data point (only
 * per date, and per gap that the report keeps). Pure: no I/O, no logging.
 */
public final class GapAnalyzer {
    private final TradingCalendar calendar;
    private final Timeframe timeframe;
    private final ZoneId seriesZone;
    private final boolean expectsSessions;
    private final boolean multiDayBars;
    private final LocalDays days;
    private final MissingRunTracker missingRuns;
    private final OffCalendarTracker offCalendar = new OffCalendarTracker();
    private final IntradayHoleCounter intradayHoles;

    private long firstDay;
    private long lastDay = Long.MIN_VALUE;
    private long nextUncoveredDay;
    private boolean dayHasSession;

    private GapAnalyzer(Timeframe timeframe, TradingCalendar calendar, ZoneId seriesZone) {
        this.calendar = calendar;
        this.timeframe = timeframe;
        this.seriesZone = seriesZone;
        this.expectsSessions = !(calendar instanceof NoSessionsCalendar);
        boolean intraday = timeframe == null || timeframe.unit().isFixedLength();
        this.multiDayBars = !intraday && !(timeframe.unit() == TimeframeUnit.DAY && timeframe.step() == 1);
        this.days = intraday ? LocalDays.tradingDatesOf(calendar) : LocalDays.of(seriesZone);
        this.missingRuns = new MissingRunTracker(calendar);
        this.intradayHoles = expectsSessions && timeframe != null && timeframe.unit().isFixedLength()
                ? new IntradayHoleCounter(timeframe) : null;
    }

    /**
     * Analyses the first {@code length} timestamps of {@code openNs}.
     *
     * @param openNs     bar opens (or tick times) in epoch nanoseconds UTC, sorted ascending; equal values are allowed
     * @param length     how many leading elements of {@code openNs} to use
     * @param timeframe  the bars' timeframe, or null for ticks
     * @param calendar   the market's calendar; {@code none} expects nothing and reports no gaps
     * @param seriesZone the zone the series' daily and longer bars are dated in (ignored for ticks and intraday bars)
     * @throws IllegalArgumentException if the timestamps are not sorted, or fall outside the calendar's range
     */
    public static GapReport analyze(long[] openNs, int length, Timeframe timeframe, TradingCalendar calendar,
                                    ZoneId seriesZone) {
        Objects.requireNonNull(openNs, "openNs");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(seriesZone, "seriesZone");
        if (length < 0 || length > openNs.length) {
            throw new IllegalArgumentException("length must be 0.." + openNs.length + ", was " + length);
        }
        return new GapAnalyzer(timeframe, calendar, seriesZone).run(openNs, length);
    }

    private GapReport run(long[] openNs, int length) {
        long previousNs = Long.MIN_VALUE;
        long day = Long.MIN_VALUE;
        for (int i = 0; i < length; i++) {
            long ns = openNs[i];
            if (ns < previousNs) {
                throw new IllegalArgumentException("timestamps must be sorted, but index " + i + " (" + Nanos.format(ns)
                        + ") is before index " + (i - 1) + " (" + Nanos.format(previousNs) + ")");
            }
            previousNs = ns;
            long pointDay = days.epochDay(ns);
            if (pointDay > day) {
                day = pointDay;
                startDay(i == 0, day, multiDayBars ? lastDayOfBar(ns) : day);
            }
            if (!dayHasSession) {
                offCalendar.point();
            }
            if (intradayHoles != null) {
                intradayHoles.bar(ns);
            }
        }
        missingRuns.finish();
        return report(length);
    }

    /** A data point on a new date: the dates since the last covered one had no data. */
    private void startDay(boolean first, long fromDay, long toDay) {
        if (first) {
            firstDay = fromDay;
            nextUncoveredDay = fromDay;
        }
        lastDay = Math.max(lastDay, toDay);
        if (!expectsSessions) {
            dayHasSession = true;
            return;
        }
        missingRuns.noDataBetween(nextUncoveredDay, fromDay - 1);
        nextUncoveredDay = Math.max(nextUncoveredDay, toDay + 1);
        dayHasSession = fromDay == toDay ? calendar.isSession(date(fromDay))
                : calendar.sessionsBetween(date(fromDay), date(toDay)) > 0;
        if (dayHasSession) {
            missingRuns.sessionCovered();
        } else {
            offCalendar.day(fromDay);
        }
        if (intradayHoles != null) {
            calendar.session(date(fromDay)).ifPresentOrElse(intradayHoles::startSession, intradayHoles::noSession);
        }
    }

    private long lastDayOfBar(long openNs) {
        long closeNs = timeframe.bucketClose(timeframe.bucketOpen(openNs, seriesZone), seriesZone);
        return days.epochDay(closeNs - 1);
    }

    private GapReport report(int length) {
        String timeframeText = timeframe == null ? "tick" : timeframe.toString();
        if (length == 0) {
            return new GapReport(calendar.name(), timeframeText, 0, null, null, 0, 0, 0, List.of(), List.of(), 0, 0,
                    List.of(), null);
        }
        long expected = expectsSessions ? calendar.sessionsBetween(date(firstDay), date(lastDay)) : 0;
        return new GapReport(calendar.name(), timeframeText, length, date(firstDay), date(lastDay), expected,
                missingRuns.missingSessions(), missingRuns.runs(), missingRuns.longest(), missingRuns.first(),
                offCalendar.points(), offCalendar.days(), offCalendar.firstDates(),
                intradayHoles == null ? null : intradayHoles.result());
    }

    private static LocalDate date(long epochDay) {
        return LocalDate.ofEpochDay(epochDay);
    }
}
