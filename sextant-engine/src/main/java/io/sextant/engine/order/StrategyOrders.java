package io.sextant.engine.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.id.StrategyId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.ContingencyType;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.core.position.Position;

import java.util.ArrayList;
import java.util.List;

/** One strategy's view of the order manager: it sees and touches only its own orders. */
final class StrategyOrders implements OrderApi {
    private final OrderManager manager;
    private final StrategyId strategyId;

    StrategyOrders(OrderManager manager, StrategyId strategyId) {
        this.manager = manager;
        this.strategyId = strategyId;
    }

    @Override
    public Order submit(OrderRequest request) {
        Order order = manager.create(strategyId, request);
        manager.send(order);
        return order;
    }

    @Override
    public List<Order> submitBracket(OrderRequest entry, OrderRequest stopLoss, OrderRequest takeProfit) {
        if (stopLoss.side() == entry.side() || takeProfit.side() == entry.side()) {
            throw new IllegalArgumentException("a bracket's stop-loss and take-profit must be on the other side of the"
                    + " entry (" + entry.side() + ")");
        }
        return submitOto(entry, stopLoss.withReduceOnly(true), takeProfit.withReduceOnly(true));
    }

    @Override
    public List<Order> submitOco(OrderRequest... requests) {
        if (requests.length < 2) {
            throw new IllegalArgumentException("an OCO list needs at least two orders, got " + requests.length);
        }
        List<Order> list = new ArrayList<>();
        for (OrderRequest r : requests) {
            list.add(manager.create(strategyId, r));
        }
        manager.sendList(list, ContingencyType.OCO);
        return list;
    }

    @Override
    public List<Order> submitOto(OrderRequest parent, OrderRequest... children) {
        if (children.length == 0) {
            throw new IllegalArgumentException("an OTO list needs at least one child order");
        }
        List<Order> list = new ArrayList<>();
        list.add(manager.create(strategyId, parent));
        for (OrderRequest r : children) {
            list.add(manager.create(strategyId, r));
        }
        manager.sendList(list, ContingencyType.OTO);
        return list;
    }

    @Override
    public void modify(ClientOrderId id, Quantity quantity, Price price, Price triggerPrice) {
        manager.modify(own(id), quantity, price, triggerPrice);
    }

    @Override
    public void cancel(ClientOrderId id) {
        Order o = manager.find(id);
        if (o == null && manager.forgetsFinishedOrders()) {
            return; // finished and forgotten: cancelling a finished order does nothing anyway
        }
        manager.cancel(own(id), "cancelled by strategy " + strategyId);
    }

    @Override
    public void cancelAll(InstrumentId instrumentId) {
        for (Order o : open(instrumentId)) {
            manager.cancel(o, "cancelled by strategy " + strategyId);
        }
    }

    @Override
    public Order close(InstrumentId instrumentId) {
        Position p = manager.portfolio().position(instrumentId);
        if (p.isFlat()) {
            return null;
        }
        Side side = p.isLong() ? Side.SELL : Side.BUY;
        return submit(OrderRequest.market(instrumentId, side, OrderQuantity.units(p.quantity())).withReduceOnly(true));
    }

    @Override
    public Order get(ClientOrderId id) {
        return own(id);
    }

    @Override
    public List<Order> open(InstrumentId instrumentId) {
        List<Order> out = new ArrayList<>();
        for (Order o : manager.openOrders()) {
            if (o.strategyId().equals(strategyId) && o.instrumentId().equals(instrumentId)) {
                out.add(o);
            }
        }
        return out;
    }

    private Order own(ClientOrderId id) {
        Order o = manager.find(id);
        if (o == null && manager.forgetsFinishedOrders()) {
            throw new IllegalArgumentException("strategy " + strategyId + " has no open order " + id
                    + " (this run keeps only open orders: finished ones are not kept in summary mode)");
        }
        if (o == null || !o.strategyId().equals(strategyId)) {
            throw new IllegalArgumentException("strategy " + strategyId + " has no order " + id);
        }
        return o;
    }
}
