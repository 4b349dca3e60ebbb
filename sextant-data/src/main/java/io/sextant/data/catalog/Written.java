package io.sextant.data.catalog;

/**
 * What a write did to one series.
 *
 * @param entry          the series as now stored
 * @param action         {@code created}, {@code replaced} or {@code appended}
 * @param rowsAdded      rows written by this import
 * @param identicalSkipped rows of the input that repeated stored rows exactly (append only) and were skipped
 */
public record Written(SeriesEntry entry, String action, long rowsAdded, long identicalSkipped) {
}
