package io.sextant.core.order;

/** The side of an order or a trade's aggressor. */
public enum Side {
    BUY,
    SELL;

    /** +1 for buy, -1 for sell: the sign a fill gives a position. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }
}
