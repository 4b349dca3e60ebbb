package io.sextant.engine.execution;

import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.Order;

import java.util.List;

/**
 * A venue as the engine sees it. Calls return at once; the venue answers through
 * {@link ExecutionEvents} (accepted, rejected, filled, ...), immediately or later.
 */
public interface ExecutionClient {

    /** Sends an order; it is in status SUBMITTED. */
    void submit(Order order);

    /**
     * Sends a contingent order list: an OTO parent with its children (released when the parent
     * fills), or OCO siblings. The orders are already linked ({@link Order#link}).
     */
    void submitList(List<Order> orders);

    /** Asks to change a working order; null leaves a field as it is. */
    void modify(Order order, Quantity quantity, Price price, Price triggerPrice);

    /** Asks to cancel a working order. */
    void cancel(Order order, String reason);
}
