package io.sextant.core.id;

/**
 * A trade (execution) id, from a venue or a data feed.
 *
 * @param value the identifier text
 */
public record TradeId(String value) implements Comparable<TradeId> {
    public TradeId {
        Ids.require(value, "TradeId");
    }

    public static TradeId of(String value) {
        return new TradeId(value);
    }

    @Override
    public int compareTo(TradeId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
