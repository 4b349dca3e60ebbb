package io.sextant.data.catalog;

import io.sextant.data.calendar.GapReport;
import io.sextant.data.validate.Stat;

import java.util.List;
import java.util.Map;

/**
 * What validation found in a stored series, kept with it so {@code data show} can tell.
 *
 * @param policy         the error policy of the import
 * @param droppedRows    rows left out (drop policy, or unstorable rows under flag)
 * @param dropped        the first of them as {@code file:line: reason}
 * @param flaggedRows    rows kept but flagged (flag policy)
 * @param flagged        the first of them as {@code file:line: reason}
 * @param roundedValues  values that had more than 9 decimals and were rounded half-even to 9
 * @param stats          counted facts: zero-volume bars, crossed quotes, ...
 * @param gaps           missing sessions and intraday holes against the trading calendar, or null
 */
public record ValidationSummary(String policy, long droppedRows, List<String> dropped, long flaggedRows,
                                List<String> flagged, long roundedValues, Map<String, Stat> stats, GapReport gaps) {
    /** Problems kept per list in the catalog (the import report has them all). */
    public static final int KEEP = 100;

    public ValidationSummary {
        dropped = List.copyOf(dropped);
        flagged = List.copyOf(flagged);
        stats = Map.copyOf(stats);
    }
}
