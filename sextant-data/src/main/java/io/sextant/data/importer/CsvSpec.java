package io.sextant.data.importer;

import io.sextant.data.series.SeriesKind;
import io.sextant.data.text.TimestampParser;

import java.util.List;

/**
 * Everything the shared CSV reader needs to know about one source: kind, separator, header lines,
 * field count, where the timestamp is and how to read it, and which field feeds which column.
 *
 * @param kind          the series kind
 * @param separator     field separator
 * @param headerLines   lines to skip before the data
 * @param fieldCount    the exact number of fields every row must have
 * @param timeField     0-based index of the timestamp field
 * @param time          how to read it
 * @param targets       the other columns
 */
record CsvSpec(SeriesKind kind, byte separator, int headerLines, int fieldCount, int timeField, TimestampParser time,
               List<Target> targets) {
}
