package io.sextant.data.export;

import io.sextant.core.time.Nanos;

import java.time.ZoneId;
import java.util.Locale;

/** How exported times are written. */
public enum TimeFormat {
    /** ISO-8601 in UTC: {@code 2014-06-09T13:30:00Z}. The default. */
    ISO_UTC,
    /** ISO-8601 with the series zone's offset: {@code 2014-06-09T09:30-04:00}. */
    ISO_OFFSET,
    /** Local date-time of the series zone, no offset: {@code 2014-06-09T09:30}. */
    LOCAL,
    /** Epoch nanoseconds. */
    EPOCH_NS,
    /** Epoch milliseconds (rounded down). */
    EPOCH_MS;

    public static TimeFormat parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "iso", "iso-utc", "utc" -> ISO_UTC;
            case "iso-offset", "offset" -> ISO_OFFSET;
            case "local" -> LOCAL;
            case "epoch-ns", "ns" -> EPOCH_NS;
            case "epoch-ms", "ms" -> EPOCH_MS;
            default -> throw new IllegalArgumentException("unknown time format '" + text
                    + "': use iso, iso-offset, local, epoch-ns or epoch-ms");
        };
    }

    public String format(long ns, ZoneId zone) {
        return switch (this) {
            case ISO_UTC -> Nanos.format(ns);
            case ISO_OFFSET -> Nanos.toZoned(ns, zone).toOffsetDateTime().toString();
            case LOCAL -> Nanos.toZoned(ns, zone).toLocalDateTime().toString();
            case EPOCH_NS -> Long.toString(ns);
            case EPOCH_MS -> Long.toString(Math.floorDiv(ns, Nanos.PER_MILLI));
        };
    }
}
