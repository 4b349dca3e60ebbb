package io.sextant.data.importer;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Infers a bar timeframe from bar timestamps: the most common spacing between consecutive bars
 * (so weekends and holidays do not matter), matched to a standard timeframe. Daily spacing
 * tolerates the 23- and 25-hour days of daylight saving; 28-31 days is monthly.
 */
final class TimeframeInference {
    private static final List<String> FIXED = List.of("1s", "5s", "10s", "15s", "30s", "1m", "2m", "3m", "5m", "10m",
            "15m", "20m", "30m", "1h", "2h", "3h", "4h", "6h", "8h", "12h");
    private static final int SAMPLE = 10_000;

    private TimeframeInference() {
    }

    /** The timeframe, or null if the spacing matches none (the caller asks for --timeframe). */
    static Timeframe infer(long[] times) {
        if (times.length < 2) {
            return null;
        }
        Map<Long, Integer> counts = new HashMap<>();
        int n = Math.min(times.length, SAMPLE);
        for (int i = 1; i < n; i++) {
            counts.merge(times[i] - times[i - 1], 1, Integer::sum);
        }
        // The most frequent spacing; on a tie the shorter one (deterministic).
        long mode = 0;
        int best = 0;
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            if (e.getValue() > best || (e.getValue() == best && e.getKey() < mode)) {
                best = e.getValue();
                mode = e.getKey();
            }
        }
        for (String t : FIXED) {
            Timeframe tf = Timeframe.parse(t);
            if (tf.nominalNanos() == mode) {
                return tf;
            }
        }
        long hours = mode / Nanos.PER_HOUR;
        if (mode % Nanos.PER_HOUR == 0 && hours >= 23 && hours <= 25) {
            return Timeframe.DAY_1;
        }
        long days = Math.round(mode / (double) Nanos.PER_DAY);
        if (Math.abs(mode - days * Nanos.PER_DAY) <= Nanos.PER_HOUR) {
            if (days == 7) {
                return Timeframe.WEEK_1;
            }
            if (days >= 28 && days <= 31) {
                return Timeframe.MONTH_1;
            }
        }
        return null;
    }
}
