package io.sextant.data.importer;

import io.sextant.core.data.Timeframe;
import io.sextant.core.data.TimeframeUnit;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.Column;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.text.ZoneConverter;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Gives bars their explicit open and close times once the timeframe is known. Bars stamped at the
 * open keep that time as their open and close at the end of their period; bars stamped at the
 * close keep it as the close and open at the start of their period; bars whose source states both
 * times keep both (checked to be ordered). Two bars in one period mean the timeframe is wrong, and
 * are refused with both times named.
 *
 * <p>Day bars find their local days and midnights with a {@link ZoneConverter}, which answers
 * without {@link java.time} except for midnights near a clock change; there, and for other units,
 * the {@link Timeframe} computes them. Both give the same times.
 */
final class BarTimes {
    private BarTimes() {
    }

    static SeriesData fill(SeriesData data, Timeframe tf, StampAt stamp, ZoneId zone, String series) {
        long[] stamps = data.longs(ColumnNames.TS_OPEN).values();
        long[] given = data.longs(ColumnNames.TS_CLOSE).values();
        int n = stamps.length;
        long[] open = new long[n];
        long[] close = new long[n];
        long lastBucket = Long.MIN_VALUE;
        ZoneConverter days = tf.unit() == TimeframeUnit.DAY ? new ZoneConverter(zone) : null;
        for (int i = 0; i < n; i++) {
            long bucket = bucketOpen(tf, days, stamp == StampAt.OPEN ? stamps[i] : stamps[i] - 1, zone);
            if (bucket == lastBucket) {
                throw new BadInputException(series + ": bars at " + Nanos.format(stamps[i - 1]) + " and "
                        + Nanos.format(stamps[i]) + " fall in the same " + tf + " period; the data is finer than " + tf
                        + " (give the right --timeframe)");
            }
            lastBucket = bucket;
            if (given[i] != CsvSeriesReader.UNKNOWN_CLOSE) {
                // The source states both times (Sextant's own export does): keep them, if they make sense.
                open[i] = stamps[i];
                close[i] = given[i];
                if (close[i] <= open[i] || (i > 0 && open[i] < close[i - 1])) {
                    throw new BadInputException(series + ": the bar " + Nanos.format(open[i]) + ".." + Nanos.format(close[i])
                            + (close[i] <= open[i] ? " closes before it opens" : " opens before the previous bar closes ("
                            + Nanos.format(close[i - 1]) + ")"));
                }
            } else if (stamp == StampAt.OPEN) {
                open[i] = stamps[i];
                close[i] = bucketClose(tf, days, bucket, zone);
            } else {
                open[i] = bucket;
                close[i] = stamps[i];
            }
        }
        List<Column> cols = new ArrayList<>();
        for (Column c : data.columns()) {
            cols.add(switch (c.name()) {
                case ColumnNames.TS_OPEN -> new LongColumn(ColumnNames.TS_OPEN, open, 0);
                case ColumnNames.TS_CLOSE -> new LongColumn(ColumnNames.TS_CLOSE, close, 0);
                default -> c;
            });
        }
        return new SeriesData(data.kind(), cols);
    }

    /**
     * A note when most daily (or longer) bars do not open at a period start in the series' zone: usually the
     * timestamps are local to another zone than the one assumed (e.g. New York dates read as UTC). Null if aligned.
     */
    static String misalignment(SeriesData data, Timeframe tf, ZoneId zone) {
        if (tf.unit().isFixedLength() || data.isEmpty()) {
            return null;
        }
        long[] open = data.longs(ColumnNames.TS_OPEN).values();
        int n = Math.min(open.length, 200);
        int off = 0;
        for (int i = 0; i < n; i++) {
            if (tf.bucketOpen(open[i], zone) != open[i]) {
                off++;
            }
        }
        if (off * 2 <= n) {
            return null;
        }
        return "most " + tf + " bars open at " + Nanos.toZoned(open[0], zone).toLocalTime() + " in " + zone
                + ", not at the start of a day there: if the times are local to another zone, re-import with --tz";
    }

    /** {@link Timeframe#bucketOpen}, computed without java.time for day bars ({@code days} given) when it can. */
    static long bucketOpen(Timeframe tf, ZoneConverter days, long ts, ZoneId zone) {
        if (days != null) {
            long day = days.epochDayOf(ts);
            long open = days.startOfDayOrMin(day - Math.floorMod(day, (long) tf.step()));
            if (open != Long.MIN_VALUE) {
                return open;
            }
        }
        return tf.bucketOpen(ts, zone);
    }

    /** {@link Timeframe#bucketClose}, computed without java.time for day bars ({@code days} given) when it can. */
    static long bucketClose(Timeframe tf, ZoneConverter days, long open, ZoneId zone) {
        if (days != null) {
            long close = days.startOfDayOrMin(days.epochDayOf(open) + tf.step());
            if (close != Long.MIN_VALUE) {
                return close;
            }
        }
        return tf.bucketClose(open, zone);
    }
}
