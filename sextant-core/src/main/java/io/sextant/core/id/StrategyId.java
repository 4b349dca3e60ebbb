package io.sextant.core.id;

/**
 * One strategy instance inside a trader.
 *
 * @param value the identifier text
 */
public record StrategyId(String value) implements Comparable<StrategyId> {
    public StrategyId {
        Ids.require(value, "StrategyId");
    }

    public static StrategyId of(String value) {
        return new StrategyId(value);
    }

    @Override
    public int compareTo(StrategyId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
