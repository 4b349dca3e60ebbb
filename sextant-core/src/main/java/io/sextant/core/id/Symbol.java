package io.sextant.core.id;

/**
 * A ticker or pair as the venue spells it, e.g. {@code AAPL}, {@code BTCUSDT}, {@code BRK.B}.
 *
 * @param value the identifier text
 */
public record Symbol(String value) implements Comparable<Symbol> {
    public Symbol {
        Ids.require(value, "Symbol");
    }

    public static Symbol of(String value) {
        return new Symbol(value);
    }

    @Override
    public int compareTo(Symbol o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
