package io.sextant.engine.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderRequest;

import java.util.List;

/**
 * Orders as a strategy places them ({@code ctx.orders()}). Placing never throws for a trading
 * reason: an order the risk engine refuses comes back as {@code OrderDenied}, one the venue refuses as
 * {@code OrderRejected}. Invalid arguments (a null request) do throw.
 */
public interface OrderApi {

    /** Places an order; the returned order is SUBMITTED, or DENIED by pre-trade risk. */
    Order submit(OrderRequest request);

    /**
     * Places a bracket: the entry, and once it fills, a stop-loss and a take-profit on the other side
     * that cancel each other (OTO + OCO). The exits get the entry's filled quantity.
     *
     * @return entry, stop-loss, take-profit
     */
    List<Order> submitBracket(OrderRequest entry, OrderRequest stopLoss, OrderRequest takeProfit);

    /** Places orders that cancel each other: the first fill cancels the rest. */
    List<Order> submitOco(OrderRequest... requests);

    /** Places a parent and children that are released when the parent fills. Returns parent first. */
    List<Order> submitOto(OrderRequest parent, OrderRequest... children);

    /** Changes a working order; null keeps a field. */
    void modify(ClientOrderId id, Quantity quantity, Price price, Price triggerPrice);

    void cancel(ClientOrderId id);

    /** Cancels every working order of this strategy in the instrument. */
    void cancelAll(InstrumentId instrumentId);

    /**
     * Flattens this account's position in the instrument with a reduce-only market order; returns it,
     * or null when flat.
     */
    Order close(InstrumentId instrumentId);

    Order get(ClientOrderId id);

    /** This strategy's orders that are not terminal, oldest first. */
    List<Order> open(InstrumentId instrumentId);
}
