package io.sextant.cli;

import io.sextant.data.catalog.SeriesEntry;
import io.sextant.data.catalog.Written;
import io.sextant.data.importer.ImportResult;
import io.sextant.data.importer.ImportedSeries;
import io.sextant.data.validate.Problem;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an import (or a dry-run validation) did, for people and for {@code --json}.
 *
 * @param sources  files read
 * @param rows     rows read into series
 * @param seconds  wall time
 * @param series   one line per series
 * @param dropped  dropped rows as file:line: reason (all of them, up to the log's cap)
 * @param flagged  flagged rows as file:line: reason
 * @param skipped  files not read, with the reason
 */
record ImportReport(int sources, long rows, double seconds, List<Line> series, List<String> dropped,
                    List<String> flagged, List<String> skipped) {

    /**
     * One series.
     *
     * @param symbol    symbol
     * @param series    timeframe and kind
     * @param action    created, replaced, appended, or checked (dry run)
     * @param rows      rows stored after the write
     * @param added     rows this import added
     * @param first     first time (local)
     * @param last      last time (local)
     * @param facts     notable facts
     * @param entry     the catalog entry (null for a dry run)
     */
    record Line(String symbol, String series, String action, long rows, long added, String first, String last,
                List<String> facts, SeriesEntry entry) {
    }

    static ImportReport of(ImportResult result, List<Written> written, double seconds) {
        List<Line> lines = new ArrayList<>();
        for (Written w : written) {
            SeriesEntry e = w.entry();
            List<String> facts = new ArrayList<>(Facts.of(e));
            if (w.identicalSkipped() > 0) {
                facts.addFirst(Facts.count(w.identicalSkipped()) + " rows already stored, skipped");
            }
            lines.add(new Line(e.symbol(), Facts.series(e), w.action(), e.rows(), w.rowsAdded(), Facts.first(e),
                    Facts.last(e), facts, e));
        }
        return new ImportReport(result.sources(), result.rows(), seconds, lines, problems(result, true),
                problems(result, false), result.skipped());
    }

    private static List<String> problems(ImportResult result, boolean dropped) {
        List<String> out = new ArrayList<>();
        for (ImportedSeries s : result.series()) {
            for (Problem p : dropped ? s.log().dropped() : s.log().flagged()) {
                out.add(p.toString());
            }
        }
        return out;
    }

    void print(PrintWriter out, String verb) {
        out.printf(Locale.ROOT, "%s %d %s, %,d rows from %d %s in %.2f s%n", verb, series.size(),
                series.size() == 1 ? "series" : "series", rows, sources, sources == 1 ? "file" : "files", seconds);
        Table t = new Table("SYMBOL", "SERIES", "ACTION", "ROWS", "FIRST", "LAST", "NOTES");
        for (Line l : series) {
            t.row(l.symbol(), l.series(), l.action(), Facts.count(l.rows()), l.first(), l.last(),
                    l.facts().isEmpty() ? "-" : String.join("; ", l.facts()));
        }
        t.print(out);
        list(out, "Dropped rows", dropped);
        list(out, "Flagged rows (kept)", flagged);
        list(out, "Skipped files", skipped);
        out.flush();
    }

    private static void list(PrintWriter out, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        out.println();
        out.println(title + " (" + items.size() + "):");
        for (String s : items) {
            out.println("  " + s);
        }
    }
}
