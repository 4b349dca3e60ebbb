package io.sextant.core.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;

/**
 * A working order was modified (or a trailing stop moved its trigger). Fields that did not change
 * carry their current value; the status stays as it was.
 *
 * @param clientOrderId the order
 * @param instrumentId  its instrument
 * @param quantity      the order quantity now (null while a notional or percent quantity is unresolved)
 * @param price         the limit price now (null if none)
 * @param triggerPrice  the trigger price now (null if none)
 * @param tsEvent       when it happened, epoch ns UTC
 * @param tsInit        when this event was created, epoch ns UTC
 */
public record OrderUpdated(ClientOrderId clientOrderId, InstrumentId instrumentId, Quantity quantity, Price price,
                           Price triggerPrice, long tsEvent, long tsInit) implements OrderEvent {

    @Override
    public OrderStatus targetStatus(Order order) {
        return order.status();
    }
}
