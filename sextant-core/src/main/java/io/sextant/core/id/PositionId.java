package io.sextant.core.id;

/**
 * A position id.
 *
 * @param value the identifier text
 */
public record PositionId(String value) implements Comparable<PositionId> {
    public PositionId {
        Ids.require(value, "PositionId");
    }

    public static PositionId of(String value) {
        return new PositionId(value);
    }

    @Override
    public int compareTo(PositionId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
