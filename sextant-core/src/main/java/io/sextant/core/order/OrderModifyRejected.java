package io.sextant.core.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;

/**
 * The venue refused a modify (the order had already ended, the new quantity is below the minimum, a
 * post-only price would cross). The order keeps its status and its previous quantity and prices; this
 * is the one event a terminal order still accepts, because a modify can cross its fill in flight.
 *
 * @param clientOrderId the order
 * @param instrumentId  its instrument
 * @param reason        why, with the numbers
 * @param tsEvent       when it happened, epoch ns UTC
 * @param tsInit        when this event was created, epoch ns UTC
 */
public record OrderModifyRejected(ClientOrderId clientOrderId, InstrumentId instrumentId, String reason, long tsEvent,
                                  long tsInit) implements OrderEvent {

    @Override
    public OrderStatus targetStatus(Order order) {
        return order.status();
    }
}
