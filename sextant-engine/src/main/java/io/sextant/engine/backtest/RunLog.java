package io.sextant.engine.backtest;

import io.sextant.core.money.Currency;
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

/**
 * Records fills, position changes and the reasons orders ended, for the result, and sums the fees
 * paid in the base currency (in fill order). Without detail it only sums the fees.
 */
final class RunLog implements OrderListener {
    final List<OrderFilled> fills = new ArrayList<>();
    final List<PositionEvent> positions = new ArrayList<>();
    final Map<String, String> reasons = new LinkedHashMap<>();
    private final Currency base;
    private final boolean detail;
    /** Fees paid in the base currency, in its units; fees in other currencies are in the fills. */
    double baseFees;

    RunLog(Currency base, boolean detail) {
        this.base = base;
        this.detail = detail;
    }

    @Override
    public void onOrderEvent(Order order, OrderEvent event) {
        if (event instanceof OrderFilled f && f.commission().currency().equals(base)) {
            baseFees += f.commission().toDouble();
        }
        if (!detail) {
            return;
        }
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
        if (detail) {
            positions.add(event);
        }
    }

    @Override
    public void onAccountEvent(PositionEvent event) {
        if (detail) {
            positions.add(event);
        }
    }
}
