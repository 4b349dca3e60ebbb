package io.sextant.core.id;

/**
 * A trading venue or data source, e.g. {@code NASDAQ}, {@code BINANCE}, {@code FXCM}.
 *
 * @param value the identifier text
 */
public record Venue(String value) implements Comparable<Venue> {
    public Venue {
        Ids.require(value, "Venue");
    }

    public static Venue of(String value) {
        return new Venue(value);
    }

    @Override
    public int compareTo(Venue o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
