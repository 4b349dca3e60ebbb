package io.sextant.data.calendar;

import io.sextant.data.calendar.GapReport.MissingRun;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Counts missing sessions and merges them into runs as a pass over a series finds them, keeping only the
 * {@value GapReport#KEPT} longest and the first {@value GapReport#KEPT} runs: memory does not grow with the number
 * of gaps, and a run is allocated only when it is kept.
 */
final class MissingRunTracker {
    private static final Comparator<MissingRun> LONGEST_FIRST =
            Comparator.comparingLong(MissingRun::sessions).reversed().thenComparing(MissingRun::first);

    private final TradingCalendar calendar;
    private final List<MissingRun> longest = new ArrayList<>(GapReport.KEPT + 1);
    private final List<MissingRun> first = new ArrayList<>(GapReport.KEPT);
    private long missingSessions;
    private long runs;
    private LocalDate openRunFirst;
    private LocalDate openRunLast;
    private long openRunSessions;

    MissingRunTracker(TradingCalendar calendar) {
        this.calendar = calendar;
    }

    /**
     * No data covers the dates {@code fromEpochDay..toEpochDay}: their sessions, if any, are missing. They extend the
     * open run when no session has had data since it started.
     */
    void noDataBetween(long fromEpochDay, long toEpochDay) {
        if (fromEpochDay > toEpochDay) {
            return;
        }
        LocalDate from = LocalDate.ofEpochDay(fromEpochDay);
        LocalDate to = LocalDate.ofEpochDay(toEpochDay);
        long sessions = calendar.sessionsBetween(from, to);
        if (sessions == 0) {
            return;
        }
        if (openRunSessions == 0) {
            openRunFirst = calendar.isSession(from) ? from : calendar.nextSession(from);
        }
        openRunLast = calendar.isSession(to) ? to : calendar.previousSession(to);
        openRunSessions += sessions;
    }

    /** A session has data: the open run, if any, ends. */
    void sessionCovered() {
        closeRun();
    }

    /** Ends the open run at the end of the series. */
    void finish() {
        closeRun();
    }

    long missingSessions() {
        return missingSessions;
    }

    long runs() {
        return runs;
    }

    List<MissingRun> longest() {
        return longest;
    }

    List<MissingRun> first() {
        return first;
    }

    private void closeRun() {
        if (openRunSessions == 0) {
            return;
        }
        missingSessions += openRunSessions;
        runs++;
        boolean keepAsFirst = first.size() < GapReport.KEPT;
        boolean keepAsLongest = longest.size() < GapReport.KEPT || openRunSessions > longest.getLast().sessions();
        if (keepAsFirst || keepAsLongest) {
            MissingRun run = new MissingRun(openRunFirst, openRunLast, openRunSessions);
            if (keepAsFirst) {
                first.add(run);
            }
            if (keepAsLongest) {
                longest.add(run);
                longest.sort(LONGEST_FIRST);
                if (longest.size() > GapReport.KEPT) {
                    longest.removeLast();
                }
            }
        }
        openRunSessions = 0;
    }
}
