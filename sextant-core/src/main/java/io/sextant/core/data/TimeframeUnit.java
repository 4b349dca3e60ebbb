package io.sextant.core.data;

import io.sextant.core.time.Nanos;

/** The unit of a time-based bar. Seconds to hours have a fixed length; days and longer follow the calendar. */
public enum TimeframeUnit {
    SECOND("s", "s", Nanos.PER_SECOND),
    MINUTE("m", "min", Nanos.PER_MINUTE),
    HOUR("h", "h", Nanos.PER_HOUR),
    DAY("d", "d", Nanos.PER_DAY),
    WEEK("w", "w", 7 * Nanos.PER_DAY),
    MONTH("M", "mo", 31 * Nanos.PER_DAY);

    private final String symbol;
    private final String fileSymbol;
    private final long nominalNanos;

    TimeframeUnit(String symbol, String fileSymbol, long nominalNanos) {
        this.symbol = symbol;
        this.fileSymbol = fileSymbol;
        this.nominalNanos = nominalNanos;
    }

    /** The exchange-style suffix: {@code m} is minute, {@code M} is month. */
    public String symbol() {
        return symbol;
    }

    /** A suffix that is safe on case-insensitive file systems ({@code min} and {@code mo}). */
    public String fileSymbol() {
        return fileSymbol;
    }

    /** The length of one unit; for months the longest (31 days). */
    public long nominalNanos() {
        return nominalNanos;
    }

    /** True if every bar of this unit has the same length in nanoseconds. */
    public boolean isFixedLength() {
        return this == SECOND || this == MINUTE || this == HOUR;
    }
}
