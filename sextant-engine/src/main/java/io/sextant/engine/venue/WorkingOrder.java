package io.sextant.engine.venue;

import io.sextant.core.order.Order;
import io.sextant.core.order.OrderType;
import io.sextant.core.order.Side;

/** An order the venue holds, with its prices in raw units at the instrument's precision. */
final class WorkingOrder {
    final Order order;
    final boolean buy;
    final long seq;
    /** The limit price (raw), or Long.MIN_VALUE if none. */
    long limitRaw;
    /** The trigger price (raw), or Long.MIN_VALUE if none yet (trailing before its first update). */
    long triggerRaw;
    /** True once a stop or if-touched order has triggered. */
    boolean triggered;
    /** When the order reached the venue; a bar can fill it only if the bar opens at or after this. */
    long arrivalNs;
    /** A limit that has rested (been checked at least once without crossing); resting limits fill only through their price. */
    boolean resting;
    /** The end of the trading day of the first bar it worked in (for DAY), or Long.MAX_VALUE before that bar. */
    long dayEndNs = Long.MAX_VALUE;
    /** The best price seen since acceptance, for a trailing stop (raw). */
    long extremeRaw = Long.MIN_VALUE;
    /** Released OTO children wait here until the parent fills. */
    boolean held;
    /** The notional of the fills so far, in raw units of the quote currency (per-order fee caps). */
    long filledNotionalRaw;

    WorkingOrder(Order order, long seq, long arrivalNs) {
        this.order = order;
        this.buy = order.side() == Side.BUY;
        this.seq = seq;
        this.arrivalNs = arrivalNs;
        this.limitRaw = order.price() == null ? Long.MIN_VALUE : order.price().raw();
        this.triggerRaw = order.triggerPrice() == null ? Long.MIN_VALUE : order.triggerPrice().raw();
    }

    OrderType type() {
        return order.type();
    }

    /** True while waiting for a trigger. */
    boolean awaitingTrigger() {
        return order.type().hasTrigger() && !triggered;
    }

    /** True if, once active, the order executes as a market order. */
    boolean executesAsMarket() {
        OrderType t = order.type();
        return t == OrderType.MARKET || t == OrderType.STOP_MARKET || t == OrderType.MARKET_IF_TOUCHED
                || t == OrderType.TRAILING_STOP_MARKET || t == OrderType.MARKET_ON_OPEN
                || t == OrderType.MARKET_ON_CLOSE;
    }

    /** Stops trigger when the price reaches the trigger moving against the order's side (buy: up). */
    boolean triggersUpward() {
        return order.type().isStop() == buy;
    }
}
