package io.sextant.core.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;

/**
 * One transition of an order. {@code tsEvent} is when it happened (at the venue, or in the risk
 * engine for a denial); {@code tsInit} is when Sextant created the event. Both are epoch ns UTC.
 */
public sealed interface OrderEvent permits OrderInitialized, OrderDenied, OrderSubmitted, OrderAccepted,
        OrderRejected, OrderTriggered, OrderUpdated, OrderModifyRejected, OrderCanceled, OrderExpired, OrderFilled {

    ClientOrderId clientOrderId();

    InstrumentId instrumentId();

    long tsEvent();

    long tsInit();

    /** The status this event moves the order to; {@link OrderUpdated} keeps the current one. */
    OrderStatus targetStatus(Order order);
}
