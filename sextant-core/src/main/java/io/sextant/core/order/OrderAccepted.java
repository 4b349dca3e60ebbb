package io.sextant.core.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;

/**
 * The venue accepted the order; it is working.
 *
 * @param clientOrderId the order
 * @param instrumentId  its instrument
 * @param tsEvent       when it happened, epoch ns UTC
 * @param tsInit        when this event was created, epoch ns UTC
 */
public record OrderAccepted(ClientOrderId clientOrderId, InstrumentId instrumentId, long tsEvent, long tsInit)
        implements OrderEvent {

    @Override
    public OrderStatus targetStatus(Order order) {
        return OrderStatus.ACCEPTED;
    }
}
