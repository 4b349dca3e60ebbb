package io.sextant.core.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.id.StrategyId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An order and its state machine. The order changes only through {@link #apply(OrderEvent)}, which
 * refuses a move the {@link OrderStatus} diagram does not allow, so the event list is the order's
 * complete history.
 *
 * <p>Contingent orders (OCO, OTO, brackets) share an order-list id; an OTO parent names its children
 * and each child its parent; OCO siblings name each other.
 */
public final class Order {
    private final ClientOrderId id;
    private final StrategyId strategyId;
    private final OrderRequest request;
    private final long tsInit;
    private OrderStatus status = OrderStatus.INITIALIZED;
    private Quantity quantity;
    private Price price;
    private Price triggerPrice;
    private Quantity filled;
    /** The first fill's price; most orders fill once, so the value sum is only built for a second fill. */
    private Price firstFillPrice;
    private BigDecimal filledValue;
    private long tsLast;
    private int eventCount;
    private String listId;
    private ContingencyType contingency = ContingencyType.NONE;
    private ClientOrderId parent;
    private final List<ClientOrderId> linked = new ArrayList<>(0);

    /**
     * A new order in status INITIALIZED.
     *
     * @param id         its client order id
     * @param strategyId the strategy that owns it
     * @param request    what it asks for
     * @param tsInit     when it was created, epoch ns UTC
     */
    public Order(ClientOrderId id, StrategyId strategyId, OrderRequest request, long tsInit) {
        this.id = Objects.requireNonNull(id, "id");
        this.strategyId = Objects.requireNonNull(strategyId, "strategyId");
        this.request = Objects.requireNonNull(request, "request");
        this.tsInit = tsInit;
        this.tsLast = tsInit;
        this.price = request.price();
        this.triggerPrice = request.triggerPrice();
        if (request.quantity() instanceof OrderQuantity.Units u) {
            this.quantity = u.quantity();
            this.filled = Quantity.zero(u.quantity().precision());
        } else {
            this.filled = Quantity.zero(0);
        }
    }

    /**
     * Moves the order by {@code event}.
     *
     * @throws IllegalStateException if the event is for another order or the move is not allowed
     */
    public void apply(OrderEvent event) {
        if (!event.clientOrderId().equals(id)) {
            throw new IllegalStateException("event for order " + event.clientOrderId() + " applied to order " + id);
        }
        OrderStatus next = event.targetStatus(this);
        if (next != status && !status.canTransitionTo(next)) {
            throw new IllegalStateException("order " + id + " cannot move from " + status + " to " + next + " on "
                    + event.getClass().getSimpleName());
        }
        boolean first = eventCount == 0;
        if (first != (event instanceof OrderInitialized)) {
            throw new IllegalStateException("order " + id + ": OrderInitialized must be the first event and only the"
                    + " first, got " + event.getClass().getSimpleName() + " as event " + (eventCount + 1));
        }
        if (status.isTerminal() && !(event instanceof OrderModifyRejected)) {
            throw new IllegalStateException("order " + id + " is " + status + " (terminal); "
                    + event.getClass().getSimpleName() + " is not allowed");
        }
        if (!first && next == status && !(event instanceof OrderUpdated) && !(event instanceof OrderFilled)
                && !(event instanceof OrderTriggered) && !(event instanceof OrderModifyRejected)) {
            throw new IllegalStateException("order " + id + " is already " + status + "; "
                    + event.getClass().getSimpleName() + " is not allowed");
        }
        if (event instanceof OrderFilled f && quantity != null && f.lastQuantity().compareTo(leavesQuantity()) > 0) {
            throw new IllegalStateException("order " + id + ": fill of " + f.lastQuantity() + " exceeds the "
                    + leavesQuantity() + " left");
        }
        switch (event) {
            case OrderFilled f -> {
                if (filled.isZero()) {
                    firstFillPrice = f.lastPrice();
                } else {
                    if (filledValue == null) {
                        filledValue = firstFillPrice.toBigDecimal().multiply(filled.toBigDecimal());
                    }
                    filledValue = filledValue.add(f.lastPrice().toBigDecimal().multiply(f.lastQuantity().toBigDecimal()));
                }
                filled = filled.plus(f.lastQuantity());
            }
            case OrderUpdated u -> {
                if (u.quantity() != null) {
                    quantity = u.quantity();
                }
                price = u.price();
                triggerPrice = u.triggerPrice();
            }
            default -> {
            }
        }
        status = next;
        tsLast = event.tsEvent();
        eventCount++;
    }

    /**
     * Fixes the quantity of a notional or percent-of-equity order, which the venue does at its
     * first fill.
     */
    public void resolveQuantity(Quantity resolved) {
        if (quantity != null) {
            throw new IllegalStateException("order " + id + " already has quantity " + quantity);
        }
        if (resolved.isZero()) {
            throw new IllegalArgumentException("order " + id + ": resolved quantity must be positive");
        }
        quantity = resolved;
        filled = Quantity.zero(resolved.precision());
    }

    /** Puts the order in an order list with a contingency; called once when the list is built. */
    public void link(String orderListId, ContingencyType type, ClientOrderId parentId, List<ClientOrderId> others) {
        this.listId = Objects.requireNonNull(orderListId, "orderListId");
        this.contingency = Objects.requireNonNull(type, "type");
        this.parent = parentId;
        this.linked.addAll(others);
    }

    public ClientOrderId id() {
        return id;
    }

    public StrategyId strategyId() {
        return strategyId;
    }

    public OrderRequest request() {
        return request;
    }

    public InstrumentId instrumentId() {
        return request.instrumentId();
    }

    public Side side() {
        return request.side();
    }

    public OrderType type() {
        return request.type();
    }

    public TimeInForce timeInForce() {
        return request.timeInForce();
    }

    public OrderStatus status() {
        return status;
    }

    /** The quantity in units; null while a notional or percent-of-equity order is unresolved. */
    public Quantity quantity() {
        return quantity;
    }

    public Quantity filledQuantity() {
        return filled;
    }

    /** What is left to fill; null while the quantity is unresolved. */
    public Quantity leavesQuantity() {
        return quantity == null ? null : quantity.minus(filled);
    }

    /** The current limit price, or null. */
    public Price price() {
        return price;
    }

    /** The current trigger price, or null (a trailing stop before its first update). */
    public Price triggerPrice() {
        return triggerPrice;
    }

    /** The quantity-weighted average fill price, exact to 16 significant digits; null before any fill. */
    public BigDecimal averagePrice() {
        return filled.isZero() ? null
                : filledValue == null ? firstFillPrice.toBigDecimal().stripTrailingZeros()
                : filledValue.divide(filled.toBigDecimal(), MathContext.DECIMAL64).stripTrailingZeros();
    }

    public boolean isWorking() {
        return status.isWorking();
    }

    public boolean isTerminal() {
        return status.isTerminal();
    }

    public long tsInit() {
        return tsInit;
    }

    /** The time of the last event applied. */
    public long tsLast() {
        return tsLast;
    }

    public int eventCount() {
        return eventCount;
    }

    /** The order-list id, or null if the order is not in a list. */
    public String orderListId() {
        return listId;
    }

    public ContingencyType contingency() {
        return contingency;
    }

    /** The OTO parent whose fill releases this order, or null. */
    public ClientOrderId parentId() {
        return parent;
    }

    /** OCO siblings, or an OTO parent's children. */
    public List<ClientOrderId> linkedIds() {
        return List.copyOf(linked);
    }

    @Override
    public String toString() {
        return id + " " + request.describe() + " " + status + (filled.isZero() ? "" : " filled " + filled);
    }
}
