package io.sextant.engine.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.StrategyId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.ContingencyType;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderDenied;
import io.sextant.core.order.OrderEvent;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderInitialized;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.OrderSubmitted;
import io.sextant.core.position.PositionEvent;
import io.sextant.core.time.Clock;
import io.sextant.engine.execution.ExecutionClient;
import io.sextant.engine.execution.ExecutionEvents;
import io.sextant.engine.portfolio.Portfolio;
import io.sextant.engine.risk.RiskEngine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates orders, sends them through pre-trade risk to the execution client, applies the venue's
 * events to them, books fills in the portfolio, and hands every event to the listeners and to the
 * owning strategy's inbox. Order ids are {@code O-1}, {@code O-2}, ... in creation order, so a run is
 * reproducible.
 *
 * <p>Open orders are indexed apart from all orders, so asking for them costs the number open, not
 * the number ever placed. With {@link #forgetFinishedOrders()} (parameter sweeps), an order is
 * dropped once it is finished, so memory stays bounded by the open orders; asking for a finished
 * order by id then fails with a message that says so.
 */
public final class OrderManager implements ExecutionEvents {
    private final Clock clock;
    private final RiskEngine risk;
    private final Portfolio portfolio;
    private final ExecutionClient execution;
    private final Map<ClientOrderId, Order> orders = new HashMap<>();
    private final Map<ClientOrderId, Order> open = new LinkedHashMap<>();
    private final List<Order> creationOrder = new ArrayList<>();
    private boolean forgetFinished;
    private final List<OrderListener> listeners = new ArrayList<>();
    private final StrategyInbox inbox;
    private long nextId = 1;
    private int nextList = 1;

    public OrderManager(Clock clock, RiskEngine risk, Portfolio portfolio, ExecutionClient execution,
                        StrategyInbox inbox) {
        this.clock = clock;
        this.risk = risk;
        this.portfolio = portfolio;
        this.execution = execution;
        this.inbox = inbox;
    }

    public void addListener(OrderListener listener) {
        listeners.add(listener);
    }

    /**
     * Keeps no finished order: each is dropped after its last event (listeners have seen it). For
     * runs that need only statistics; call before the first order.
     */
    public void forgetFinishedOrders() {
        if (nextId != 1) {
            throw new IllegalStateException("forgetFinishedOrders must be called before the first order");
        }
        forgetFinished = true;
    }

    /** The order API for one strategy. */
    public OrderApi api(StrategyId strategyId) {
        return new StrategyOrders(this, strategyId);
    }

    Order create(StrategyId strategyId, OrderRequest request) {
        Objects.requireNonNull(request, "request");
        long now = clock.timestampNs();
        Order order = new Order(ClientOrderId.of("O-" + nextId++), strategyId, request, now);
        orders.put(order.id(), order);
        open.put(order.id(), order);
        if (!forgetFinished) {
            creationOrder.add(order);
        }
        apply(order, new OrderInitialized(order.id(), order.instrumentId(), now, now));
        return order;
    }

    /** Risk-checks and sends one order; returns false if it was denied. */
    boolean send(Order order) {
        if (!passRisk(order)) {
            return false;
        }
        execution.submit(order);
        return true;
    }

    private boolean passRisk(Order order) {
        long now = clock.timestampNs();
        String reason = risk.check(order, now);
        if (reason != null) {
            apply(order, new OrderDenied(order.id(), order.instrumentId(), reason, now, now));
            return false;
        }
        apply(order, new OrderSubmitted(order.id(), order.instrumentId(), now, now));
        return true;
    }

    /** Links and sends a contingent list; if risk denies any order, the whole list is denied. */
    void sendList(List<Order> list, ContingencyType type) {
        String listId = "OL-" + nextList++;
        if (type == ContingencyType.OTO) {
            Order parent = list.getFirst();
            List<ClientOrderId> children = list.subList(1, list.size()).stream().map(Order::id).toList();
            parent.link(listId, ContingencyType.OTO, null, children);
            for (Order child : list.subList(1, list.size())) {
                List<ClientOrderId> siblings = children.stream().filter(c -> !c.equals(child.id())).toList();
                child.link(listId, siblings.isEmpty() ? ContingencyType.NONE : ContingencyType.OCO, parent.id(),
                        siblings);
            }
        } else {
            for (Order o : list) {
                o.link(listId, type, null, list.stream().map(Order::id).filter(id -> !id.equals(o.id())).toList());
            }
        }
        for (Order o : list) {
            String reason = risk.check(o, clock.timestampNs());
            if (reason != null) {
                long now = clock.timestampNs();
                for (Order d : list) {
                    apply(d, new OrderDenied(d.id(), d.instrumentId(), d == o ? reason
                            : "order list " + listId + " denied: " + o.id() + ": " + reason, now, now));
                }
                return;
            }
        }
        long now = clock.timestampNs();
        for (Order o : list) {
            apply(o, new OrderSubmitted(o.id(), o.instrumentId(), now, now));
        }
        execution.submitList(list);
    }

    void modify(Order order, Quantity quantity, Price price, Price trigger) {
        if (order.isWorking() || order.status() == io.sextant.core.order.OrderStatus.SUBMITTED) {
            execution.modify(order, quantity, price, trigger);
        } else {
            // Nothing to modify: answer as a venue would, so the strategy learns the modify did not happen.
            long now = clock.timestampNs();
            apply(order, new io.sextant.core.order.OrderModifyRejected(order.id(), order.instrumentId(),
                    "order is " + order.status() + ", not working", now, now));
        }
    }

    /** Tells the listeners about a position change that no fill caused (split, liquidation). */
    public void accountEvent(PositionEvent event) {
        for (OrderListener l : listeners) {
            l.onAccountEvent(event);
        }
    }

    void cancel(Order order, String reason) {
        if (!order.isTerminal() && order.status() != io.sextant.core.order.OrderStatus.INITIALIZED) {
            execution.cancel(order, reason);
        }
    }

    Portfolio portfolio() {
        return portfolio;
    }

    /** The order, or null if there is none with that id (or it finished and was forgotten). */
    Order find(ClientOrderId id) {
        return orders.get(id);
    }

    /** True when finished orders are dropped, so an unknown id may be one that finished. */
    boolean forgetsFinishedOrders() {
        return forgetFinished;
    }

    /** The orders not yet finished, in creation order (a read-only view). */
    java.util.Collection<Order> openOrders() {
        return java.util.Collections.unmodifiableCollection(open.values());
    }

    /** Every order in creation order (a read-only view); empty when finished orders are forgotten. */
    public List<Order> allOrders() {
        return java.util.Collections.unmodifiableList(creationOrder);
    }

    /** Applies a venue event. */
    @Override
    public void on(OrderEvent event) {
        Order order = orders.get(event.clientOrderId());
        if (order == null) {
            throw new IllegalStateException("event for unknown order " + event.clientOrderId() + ": " + event);
        }
        apply(order, event);
    }

    private void apply(Order order, OrderEvent event) {
        order.apply(event);
        for (OrderListener l : listeners) {
            l.onOrderEvent(order, event);
        }
        inbox.post(order.strategyId(), event);
        if (event instanceof OrderFilled fill) {
            PositionEvent pe = portfolio.applyFill(fill, order.request().reduceOnly(), clock.timestampNs());
            for (OrderListener l : listeners) {
                l.onPositionEvent(order, pe);
            }
            inbox.post(order.strategyId(), pe);
        }
        if (order.isTerminal()) {
            open.remove(order.id());
            if (forgetFinished) {
                orders.remove(order.id());
            }
        }
    }
}
