package io.sextant.core.id;

/**
 * The trader (a running node) that owns strategies and orders.
 *
 * @param value the identifier text
 */
public record TraderId(String value) implements Comparable<TraderId> {
    public TraderId {
        Ids.require(value, "TraderId");
    }

    public static TraderId of(String value) {
        return new TraderId(value);
    }

    @Override
    public int compareTo(TraderId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
