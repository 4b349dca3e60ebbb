package io.sextant.core.data;

/** Which price a bar aggregates: trades (last), the best bid, the best ask, or their mid. */
public enum PriceType {
    LAST,
    BID,
    ASK,
    MID
}
