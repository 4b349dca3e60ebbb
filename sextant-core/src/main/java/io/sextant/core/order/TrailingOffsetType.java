package io.sextant.core.order;

/** How a trailing stop's offset from the best price is measured. */
public enum TrailingOffsetType {
    /** An absolute price distance. */
    PRICE,
    /** A percentage of the best price (2.5 means 2.5 %). */
    PERCENT,
    /** A multiple of the instrument's average true range, read from a registered ATR indicator. */
    ATR
}
