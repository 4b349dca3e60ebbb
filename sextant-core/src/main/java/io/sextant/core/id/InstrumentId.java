package io.sextant.core.id;

import java.util.Objects;

/**
 * An instrument at a venue, written {@code SYMBOL.VENUE} (e.g. {@code AAPL.NASDAQ},
 * {@code BTCUSDT-PERP.BINANCE}). The symbol may itself contain dots ({@code BRK.B.NYSE}): the
 * venue is what follows the last dot.
 *
 * @param symbol the symbol
 * @param venue  the venue
 */
public record InstrumentId(Symbol symbol, Venue venue) implements Comparable<InstrumentId> {
    public InstrumentId {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(venue, "venue");
        if (venue.value().contains(".")) {
            throw new IllegalArgumentException("venue '" + venue + "' must not contain a dot");
        }
    }

    public static InstrumentId of(String symbol, String venue) {
        return new InstrumentId(Symbol.of(symbol), Venue.of(venue));
    }

    /** Parses {@code SYMBOL.VENUE}, splitting at the last dot. */
    public static InstrumentId parse(String text) {
        int dot = text == null ? -1 : text.lastIndexOf('.');
        if (dot <= 0 || dot == text.length() - 1) {
            throw new IllegalArgumentException("instrument id '" + text + "' must look like SYMBOL.VENUE, e.g. AAPL.NASDAQ");
        }
        return of(text.substring(0, dot), text.substring(dot + 1));
    }

    /** Written out (not the record default) because engines look ids up on every bar: identity first. */
    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof InstrumentId other && symbol.value().equals(other.symbol.value())
                && venue.value().equals(other.venue.value());
    }

    @Override
    public int hashCode() {
        return 31 * symbol.value().hashCode() + venue.value().hashCode();
    }

    @Override
    public int compareTo(InstrumentId o) {
        int c = symbol.compareTo(o.symbol);
        return c != 0 ? c : venue.compareTo(o.venue);
    }

    @Override
    public String toString() {
        return symbol + "." + venue;
    }
}
