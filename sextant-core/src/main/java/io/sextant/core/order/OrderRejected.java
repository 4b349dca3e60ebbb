package io.sextant.core.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;

/**
 * The venue refused the order (size below the minimum, post-only would cross, reduce-only would increase, ...).
 *
 * @param clientOrderId the order
 * @param instrumentId  its instrument
 * @param reason        why, with the numbers
 * @param tsEvent       when it happened, epoch ns UTC
 * @param tsInit        when this event was created, epoch ns UTC
 */
public record OrderRejected(ClientOrderId clientOrderId, InstrumentId instrumentId, String reason, long tsEvent, long tsInit)
        implements OrderEvent {

    @Override
    public OrderStatus targetStatus(Order order) {
        return OrderStatus.REJECTED;
    }
}
