package io.sextant.data.catalog;

import io.sextant.core.money.FixedPoint;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ByteColumn;
import io.sextant.data.series.Column;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;

import java.util.List;

/**
 * Appends new rows to a stored series. Rows of the input inside the stored time range must repeat
 * the stored rows exactly: then they are skipped and counted. Anything else (different values,
 * missing or extra rows, rows before the series starts) is refused with an explanation, never
 * merged silently.
 */
final class Appender {

    /**
     * The outcome: the merged rows and how many input rows were identical repeats, or a problem.
     *
     * @param data             the merged rows (null on a problem)
     * @param identicalSkipped input rows skipped as exact repeats of stored rows
     * @param problem          why the append is refused, or null
     */
    record Result(SeriesData data, long identicalSkipped, String problem) {
        static Result refused(String why) {
            return new Result(null, 0, why);
        }
    }

    private Appender() {
    }

    static Result append(SeriesData stored, SeriesData input, SeriesKey key) {
        if (!names(stored).equals(names(input))) {
            return Result.refused(key + ": cannot append: the stored series has columns " + names(stored)
                    + ", the input has " + names(input) + "; use --replace");
        }
        long storedLast = stored.lastTime();
        if (input.firstTime() > storedLast) {
            return new Result(SeriesData.concat(List.of(stored, input)), 0, null);
        }
        if (input.firstTime() < stored.firstTime()) {
            return Result.refused(key + ": cannot append: the input starts at " + Nanos.format(input.firstTime())
                    + ", before the stored series (" + Nanos.format(stored.firstTime()) + "); --append only adds newer "
                    + "rows, use --replace to rewrite the series");
        }
        // The overlap is the input's range clipped to the stored range: an input that ends early overlaps less.
        long overlapEnd = Math.min(input.lastTime(), storedLast);
        int from = stored.indexAtOrAfter(input.firstTime());
        int storedOverlap = stored.indexAtOrAfter(overlapEnd + 1) - from;
        int inputOverlap = input.indexAtOrAfter(storedLast + 1);
        String range = Nanos.format(input.firstTime()) + ".." + Nanos.format(overlapEnd);
        if (storedOverlap != inputOverlap) {
            return Result.refused(key + ": cannot append: " + inputOverlap + " input rows fall in " + range
                    + ", where the catalog holds " + storedOverlap + " rows (" + firstUnmatched(stored, from, input,
                    inputOverlap) + "); overlapping rows must repeat the stored rows exactly (use --replace to rewrite "
                    + "the series)");
        }
        String diff = firstDifference(stored, from, input, inputOverlap);
        if (diff != null) {
            return Result.refused(key + ": cannot append: the input overlaps the stored rows in " + range + " and "
                    + diff + "; use --replace to rewrite the series");
        }
        SeriesData merged = inputOverlap == input.rows() ? stored
                : SeriesData.concat(List.of(stored, input.slice(inputOverlap, input.rows())));
        return new Result(merged, inputOverlap, null);
    }

    /** The first time at which the stored rows and the overlapping input rows do not pair up, in words. */
    private static String firstUnmatched(SeriesData stored, int from, SeriesData input, int rows) {
        long[] s = stored.times();
        long[] in = input.times();
        int i = from;
        int j = 0;
        while (i < s.length && j < rows && s[i] == in[j]) {
            i++;
            j++;
        }
        if (j == rows || (i < s.length && s[i] < in[j])) {
            return "first: the input lacks the stored row at " + Nanos.format(s[i]);
        }
        return "first: the input has a row at " + Nanos.format(in[j]) + " that the catalog lacks";
    }

    private static List<String> names(SeriesData d) {
        return d.columns().stream().map(Column::name).sorted().toList();
    }

    /** A description of the earliest differing value in the overlap, or null if the rows are identical. */
    private static String firstDifference(SeriesData stored, int from, SeriesData input, int rows) {
        long[] times = input.times();
        for (int i = 0; i < rows; i++) {
            for (Column c : stored.columns()) {
                boolean same = switch (c) {
                    case LongColumn s -> {
                        LongColumn in = input.longs(s.name());
                        yield FixedPoint.compare(s.values()[from + i], s.scale(), in.values()[i], in.scale()) == 0;
                    }
                    case ByteColumn s -> s.values()[from + i] == input.optionalBytes(s.name()).orElseThrow().values()[i];
                };
                if (!same) {
                    return "differs from them at " + Nanos.format(times[i]) + " in column " + c.name();
                }
            }
        }
        return null;
    }
}
