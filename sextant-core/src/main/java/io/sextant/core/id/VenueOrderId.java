package io.sextant.core.id;

/**
 * The id a venue gives an order.
 *
 * @param value the identifier text
 */
public record VenueOrderId(String value) implements Comparable<VenueOrderId> {
    public VenueOrderId {
        Ids.require(value, "VenueOrderId");
    }

    public static VenueOrderId of(String value) {
        return new VenueOrderId(value);
    }

    @Override
    public int compareTo(VenueOrderId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
