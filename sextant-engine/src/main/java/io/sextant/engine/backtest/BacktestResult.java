package io.sextant.engine.backtest;

import io.sextant.core.order.Order;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.position.PositionEvent;

import java.util.List;
import java.util.Map;

/**
 * Everything a run produced.
 *
 * @param orders    every order in creation order, in its final state
 * @param reasons   the denial, rejection or cancellation reason per order id (where there was one)
 * @param fills     every fill in the order it happened
 * @param positions every position change in the order it happened
 * @param trades    closed round trips in the order they closed
 * @param equity    equity, cash and invested flag per time step
 * @param stats     summary statistics
 */
public record BacktestResult(List<Order> orders, Map<String, String> reasons, List<OrderFilled> fills,
                             List<PositionEvent> positions, List<RoundTrip> trades, EquityCurve equity,
                             BacktestStats stats) {
}
