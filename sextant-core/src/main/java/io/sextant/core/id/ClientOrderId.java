package io.sextant.core.id;

/**
 * The id Sextant gives an order, unique within a trader.
 *
 * @param value the identifier text
 */
public record ClientOrderId(String value) implements Comparable<ClientOrderId> {
    public ClientOrderId {
        Ids.require(value, "ClientOrderId");
    }

    public static ClientOrderId of(String value) {
        return new ClientOrderId(value);
    }

    @Override
    public int compareTo(ClientOrderId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
