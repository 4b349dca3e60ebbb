package io.sextant.core.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;

/**
 * The pre-trade risk engine refused the order before it reached the venue; {@code reason} says which limit.
 *
 * @param clientOrderId the order
 * @param instrumentId  its instrument
 * @param reason        which limit was hit, with the numbers
 * @param tsEvent       when it happened, epoch ns UTC
 * @param tsInit        when this event was created, epoch ns UTC
 */
public record OrderDenied(ClientOrderId clientOrderId, InstrumentId instrumentId, String reason, long tsEvent, long tsInit)
        implements OrderEvent {

    @Override
    public OrderStatus targetStatus(Order order) {
        return OrderStatus.DENIED;
    }
}
