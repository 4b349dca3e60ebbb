package io.sextant.data.series;

import io.sextant.core.data.Timeframe;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which series: a symbol, a kind and, for bars, a timeframe. Symbols are upper case
 * ({@code AAPL}, {@code BRK-B}, {@code BTCUSD}).
 *
 * @param symbol    the symbol, upper case
 * @param kind      bars, quote bars, trades or quotes
 * @param timeframe the bar timeframe; null for ticks
 */
public record SeriesKey(String symbol, SeriesKind kind, Timeframe timeframe) implements Comparable<SeriesKey> {

    private static final Pattern SYMBOL = Pattern.compile("[A-Z0-9][A-Z0-9._\\-^=/]{0,63}");
    private static final Comparator<SeriesKey> ORDER = Comparator.comparing(SeriesKey::symbol)
            .thenComparing(SeriesKey::kind)
            .thenComparing(k -> k.timeframe, Comparator.nullsFirst(Comparator.naturalOrder()));

    public SeriesKey {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new IllegalArgumentException("symbol '" + symbol + "' must be 1-64 upper-case letters, digits or . _ - ^ = /");
        }
        if (kind.isTick() && timeframe != null) {
            throw new IllegalArgumentException(kind + " have no timeframe, got " + timeframe);
        }
        if (!kind.isTick() && timeframe == null) {
            throw new IllegalArgumentException(kind + " need a timeframe");
        }
    }

    /** Normalises a symbol as the catalog stores it: trimmed and upper case. */
    public static String normalizeSymbol(String symbol) {
        return symbol.strip().toUpperCase(Locale.ROOT);
    }

    /** {@code AAPL 1d bars}, {@code SPY trades}. */
    @Override
    public String toString() {
        return timeframe == null ? symbol + " " + kind : symbol + " " + timeframe + " " + kind;
    }

    @Override
    public int compareTo(SeriesKey o) {
        return ORDER.compare(this, o);
    }
}
