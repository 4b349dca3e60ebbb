package io.sextant.data.validate;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facts about a series that are not errors but that a user must see: zero-volume bars, zero-size
 * trades, trades the source flags as suspicious, crossed (bid &gt; ask) and locked (bid = ask)
 * quotes. Each is counted, with the first few times.
 */
public final class SeriesStats {
    public static final String ZERO_VOLUME = "zero-volume bars";
    public static final String ZERO_SIZE = "zero-size trades";
    public static final String SUSPICIOUS = "suspicious trades";
    public static final String CROSSED = "crossed quotes";
    public static final String LOCKED = "locked quotes";

    private SeriesStats() {
    }

    /** The stats of {@code data}, examples written in {@code zone} (dates only for daily and longer bars). */
    public static Map<String, Stat> of(SeriesData data, Timeframe timeframe, ZoneId zone) {
        boolean datesOnly = timeframe != null && !timeframe.unit().isFixedLength();
        long[] t = data.times();
        Map<String, Stat> out = new LinkedHashMap<>();
        switch (data.kind()) {
            case BARS -> data.optionalLongs(ColumnNames.VOLUME)
                    .ifPresent(v -> put(out, ZERO_VOLUME, zeros(v.values()), t, zone, datesOnly));
            case TRADES -> {
                put(out, ZERO_SIZE, zeros(data.longs(ColumnNames.SIZE).values()), t, zone, datesOnly);
                data.optionalBytes(ColumnNames.SUSPICIOUS).ifPresent(s -> {
                    Finder f = i -> s.values()[i] != 0;
                    put(out, SUSPICIOUS, f, t, zone, datesOnly);
                });
            }
            case QUOTES -> quotes(out, data.longs(ColumnNames.BID), data.longs(ColumnNames.ASK), t, zone, datesOnly);
            case QUOTE_BARS -> quotes(out, data.longs(ColumnNames.BID_CLOSE), data.longs(ColumnNames.ASK_CLOSE), t, zone,
                    datesOnly);
        }
        return out;
    }

    private static void quotes(Map<String, Stat> out, LongColumn bid, LongColumn ask, long[] t, ZoneId zone,
                               boolean datesOnly) {
        long[] b = bid.values();
        long[] a = ask.values();
        put(out, CROSSED, i -> b[i] > a[i], t, zone, datesOnly);
        put(out, LOCKED, i -> b[i] == a[i], t, zone, datesOnly);
    }

    private static Finder zeros(long[] v) {
        return i -> v[i] == 0;
    }

    @FunctionalInterface
    private interface Finder {
        boolean at(int i);
    }

    private static void put(Map<String, Stat> out, String name, Finder f, long[] t, ZoneId zone, boolean datesOnly) {
        long count = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < t.length; i++) {
            if (f.at(i)) {
                count++;
                if (examples.size() < Stat.EXAMPLES) {
                    examples.add(local(t[i], zone, datesOnly));
                }
            }
        }
        if (count > 0) {
            out.put(name, new Stat(count, examples));
        }
    }

    /** A time as the user reads it: the local date for daily bars, else the local date-time. */
    public static String local(long ts, ZoneId zone, boolean dateOnly) {
        var z = Nanos.toZoned(ts, zone);
        return dateOnly ? z.toLocalDate().toString() : z.toLocalDateTime().toString();
    }
}
