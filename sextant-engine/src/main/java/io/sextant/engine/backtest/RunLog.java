package io.sextant.engine.backtest;

import io.sextant.core.order.Order;
import io.sextant.core.order.OrderCanceled;
import io.sextant.core.order.OrderDenied;
import io.sextant.core.order.OrderEvent;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderRejected;
import io.sextant.core.position.PositionEvent;
import io.sextant.engine.order.OrderListener;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Records fills, position changes and the reasons orders ended, for the result. */
final class RunLog implements OrderListener {
    final List<OrderFilled> fills = new ArrayList<>();
    final List<PositionEvent> positions = new ArrayList<>();
    final Map<String, String> reasons = new LinkedHashMap<>();

    @Override
    public void onOrderEvent(Order order, OrderEvent event) {
        switch (event) {
            case OrderFilled f -> fills.add(f);
            case OrderDenied d -> reasons.put(d.clientOrderId().value(), d.reason());
            case OrderRejected r -> reasons.put(r.clientOrderId().value(), r.reason());
            case OrderCanceled c -> reasons.put(c.clientOrderId().value(), c.reason());
            case io.sextant.core.order.OrderModifyRejected m -> reasons.put(m.clientOrderId().value(),
                    "modify rejected: " + m.reason());
            default -> {
            }
        }
    }

    @Override
    public void onPositionEvent(Order order, PositionEvent event) {
        positions.add(event);
    }

    @Override
    public void onAccountEvent(PositionEvent event) {
        positions.add(event);
    }
}
