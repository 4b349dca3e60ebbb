package io.sextant.core.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;

/**
 * The order was sent to the venue.
 *
 * @param clientOrderId the order
 * @param instrumentId  its instrument
 * @param tsEvent       when it happened, epoch ns UTC
 * @param tsInit        when this event was created, epoch ns UTC
 */
public record OrderSubmitted(ClientOrderId clientOrderId, InstrumentId instrumentId, long tsEvent, long tsInit)
        implements OrderEvent {

    @Override
    public OrderStatus targetStatus(Order order) {
        return OrderStatus.SUBMITTED;
    }
}
