package io.sextant.core.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;

/**
 * The order was cancelled (by the strategy, an OCO sibling's fill, IOC/FOK leftovers, or a venue rule).
 *
 * @param clientOrderId the order
 * @param instrumentId  its instrument
 * @param reason        who or what cancelled it
 * @param tsEvent       when it happened, epoch ns UTC
 * @param tsInit        when this event was created, epoch ns UTC
 */
public record OrderCanceled(ClientOrderId clientOrderId, InstrumentId instrumentId, String reason, long tsEvent, long tsInit)
        implements OrderEvent {

    @Override
    public OrderStatus targetStatus(Order order) {
        return OrderStatus.CANCELED;
    }
}
