package io.sextant.engine.strategy;

import io.sextant.core.data.QuoteTick;
import io.sextant.core.data.TradeTick;
import io.sextant.core.order.OrderEvent;
import io.sextant.core.position.PositionEvent;
import io.sextant.engine.data.BarEvent;

/**
 * A trading strategy. Every callback is optional. The same instance runs unchanged in a backtest,
 * on paper and live: it learns about the world only through these callbacks and the context, and it
 * never reads the wall clock.
 *
 * <p>Order of delivery at one timestamp: the venue matches working orders against the new data
 * first (so fills from bar t+1's open arrive before bar t+1 itself), then the bar, quote or trade is
 * delivered, then timers due at that time fire. Events the strategy causes (order accepted, filled,
 * position changed) are delivered after the callback that caused them returns, never re-entrantly.
 */
public interface Strategy {

    /** Called once before any data, with the context to keep: register indicators and history here. */
    default void onStart(StrategyContext ctx) {
    }

    /** A bar closed. The event object is reused: copy with {@link BarEvent#toBar()} to keep it. */
    default void onBar(BarEvent bar) {
    }

    default void onQuote(QuoteTick quote) {
    }

    default void onTrade(TradeTick trade) {
    }

    /** Any transition of one of this strategy's orders. */
    default void onOrderEvent(OrderEvent event) {
    }

    /** A position this strategy traded changed. */
    default void onPositionEvent(PositionEvent event) {
    }

    /** A timer set through {@code ctx.timers()} fired. */
    default void onTimer(TimerEvent event) {
    }

    /** Called once after the last data; working orders are still working. */
    default void onStop() {
    }
}
