package io.sextant.data.calendar;

import io.sextant.core.data.Timeframe;
import io.sextant.data.calendar.GapReport.IntradayGaps;
import io.sextant.data.calendar.GapReport.IntradayHole;

import java.time.ZoneOffset;

/**
 * Counts absent intraday bars inside regular session hours, one session at a time: a bar is expected for each
 * step of the timeframe's grid from the step holding the open to the step holding the last instant before the close.
 * Works on the bars in order with a handful of longs; allocates only when it finds a longer hole.
 */
final class IntradayHoleCounter {
    private final Timeframe timeframe;
    private final long stepNs;
    private long expected;
    private long missing;
    private long sessionsWithHoles;
    private IntradayHole longest;

    private Session session;
    private long firstBar;
    private long lastBar;
    private long previousBar;
    private boolean sessionHasHole;

    IntradayHoleCounter(Timeframe timeframe) {
        this.timeframe = timeframe;
        this.stepNs = timeframe.nominalNanos();
    }

    /** The following bars belong to {@code session}. */
    void startSession(Session session) {
        endSession();
        this.session = session;
        firstBar = bucket(session.openNs());
        lastBar = bucket(session.closeNs() - 1);
        previousBar = firstBar - stepNs;
        expected += (lastBar - firstBar) / stepNs + 1;
        sessionHasHole = false;
    }

    /** The following bars, until the next {@link #startSession}, are on a date without a session. */
    void noSession() {
        endSession();
    }

    /** A bar (or any timestamp inside it) of the current session; bars outside regular hours are ignored. */
    void bar(long ns) {
        if (session == null) {
            return;
        }
        long bar = bucket(ns);
        if (bar < firstBar || bar > lastBar || bar <= previousBar) {
            return;
        }
        hole(previousBar + stepNs, bar);
        previousBar = bar;
    }

    /** Closes the current session: the bars after its last one up to the close are missing. */
    void endSession() {
        if (session == null) {
            return;
        }
        hole(previousBar + stepNs, lastBar + stepNs);
        if (sessionHasHole) {
            sessionsWithHoles++;
        }
        session = null;
    }

    IntradayGaps result() {
        endSession();
        return new IntradayGaps(expected, missing, sessionsWithHoles, longest);
    }

    private void hole(long fromBar, long untilBar) {
        long bars = (untilBar - fromBar) / stepNs;
        if (bars <= 0) {
            return;
        }
        missing += bars;
        sessionHasHole = true;
        if (longest == null || bars > longest.intervals()) {
            longest = new IntradayHole(session.date(), Math.max(fromBar, session.openNs()),
                    Math.min(untilBar, session.closeNs()), bars);
        }
    }

    private long bucket(long ns) {
        return timeframe.bucketOpen(ns, ZoneOffset.UTC);
    }
}
