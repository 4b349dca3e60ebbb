package io.sextant.cli;

import io.sextant.data.calendar.GapReport;
import io.sextant.data.catalog.SeriesEntry;
import io.sextant.data.catalog.ValidationSummary;
import io.sextant.data.validate.SeriesStats;
import io.sextant.data.validate.Stat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Short phrases about a stored series, for tables: zero-volume bars, gaps, dropped rows, ... */
final class Facts {
    private Facts() {
    }

    static String series(SeriesEntry e) {
        return e.timeframe() == null ? e.kind() : e.timeframe() + " " + e.kind();
    }

    static boolean datesOnly(SeriesEntry e) {
        return e.timeframe() != null && !e.key().timeframe().unit().isFixedLength();
    }

    static String first(SeriesEntry e) {
        return SeriesStats.local(e.firstTs(), ZoneId.of(e.zone()), datesOnly(e));
    }

    static String last(SeriesEntry e) {
        return SeriesStats.local(e.lastTs(), ZoneId.of(e.zone()), datesOnly(e));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The notable facts, each a short phrase; empty if there is nothing to say. */
    static List<String> of(SeriesEntry e) {
        List<String> out = new ArrayList<>();
        ValidationSummary v = e.validation();
        for (Map.Entry<String, Stat> s : v.stats().entrySet()) {
            Stat st = s.getValue();
            String name = st.count() == 1 ? singular(s.getKey()) : s.getKey();
            out.add(count(st.count()) + " " + name + " (" + String.join(", ", st.examples().subList(0,
                    Math.min(3, st.examples().size()))) + (st.count() > 3 ? ", ..." : "") + ")");
        }
        GapReport g = v.gaps();
        if (g != null && g.missingSessions() > 0) {
            out.add(count(g.missingSessions()) + " missing " + (g.missingSessions() == 1 ? "session" : "sessions")
                    + " of " + count(g.expectedSessions()) + " (" + g.firstMissingRuns().stream().limit(3)
                    .map(Object::toString).reduce((a, b) -> a + ", " + b).orElse("") + (g.missingRuns() > 3 ? ", ..." : "")
                    + ")");
        }
        if (g != null && g.intraday() != null && g.intraday().missingIntervals() > 0) {
            out.add(count(g.intraday().missingIntervals()) + " missing " + e.timeframe() + " bars inside sessions");
        }
        if (g != null && g.offCalendarPoints() > 0) {
            out.add(count(g.offCalendarPoints()) + " rows on non-session days (first " + g.firstOffCalendarDates().getFirst()
                    + ")");
        }
        if (v.droppedRows() > 0) {
            out.add(count(v.droppedRows()) + " rows dropped");
        }
        if (v.flaggedRows() > 0) {
            out.add(count(v.flaggedRows()) + " rows flagged");
        }
        if (v.roundedValues() > 0) {
            out.add(count(v.roundedValues()) + " values rounded to 9 decimals");
        }
        out.addAll(e.notes());
        return out;
    }

    private static String singular(String plural) {
        return plural.replace("bars", "bar").replace("trades", "trade").replace("quotes", "quote");
    }
}
