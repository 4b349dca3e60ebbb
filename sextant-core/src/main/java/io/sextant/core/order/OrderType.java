package io.sextant.core.order;

/** How an order executes. */
public enum OrderType {
    /** Fills at the best available price. */
    MARKET,
    /** Fills at the limit price or better. */
    LIMIT,
    /** Becomes a market order when the market trades at or through the trigger price (buy: at or above). */
    STOP_MARKET,
    /** Becomes a limit order when the market trades at or through the trigger price. */
    STOP_LIMIT,
    /** Becomes a market order when the market touches the trigger price from the favourable side (buy: at or below). */
    MARKET_IF_TOUCHED,
    /** Becomes a limit order when the market touches the trigger price from the favourable side. */
    LIMIT_IF_TOUCHED,
    /** A stop-market order whose trigger follows the best price by an offset (price, percent or ATR). */
    TRAILING_STOP_MARKET,
    /** A market order for the opening price of the next session (the next bar's open). */
    MARKET_ON_OPEN,
    /** A market order for the closing price of the session (the next bar's close). */
    MARKET_ON_CLOSE;

    /** True if the order rests with a limit price. */
    public boolean hasLimitPrice() {
        return this == LIMIT || this == STOP_LIMIT || this == LIMIT_IF_TOUCHED;
    }

    /** True if the order waits for a trigger price before it works. */
    public boolean hasTrigger() {
        return this == STOP_MARKET || this == STOP_LIMIT || this == MARKET_IF_TOUCHED || this == LIMIT_IF_TOUCHED
                || this == TRAILING_STOP_MARKET;
    }

    /** True for stops, which trigger when the price moves against a resting position (buy: up). */
    public boolean isStop() {
        return this == STOP_MARKET || this == STOP_LIMIT || this == TRAILING_STOP_MARKET;
    }
}
