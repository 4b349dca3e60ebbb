package io.sextant.engine.order;

import io.sextant.core.order.Order;
import io.sextant.core.order.OrderEvent;
import io.sextant.core.position.PositionEvent;

/** Observes every order and position event as the engine applies it (result recording, metrics, logs). */
public interface OrderListener {

    /** {@code event} has just been applied to {@code order}. */
    void onOrderEvent(Order order, OrderEvent event);

    /** A fill changed a position. */
    default void onPositionEvent(Order order, PositionEvent event) {
    }

    /** The account changed a position without a fill: a split ({@code ADJUSTED}) or a liquidation. */
    default void onAccountEvent(PositionEvent event) {
    }
}
