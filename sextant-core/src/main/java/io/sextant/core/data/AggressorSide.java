package io.sextant.core.data;

/** Which side took liquidity in a trade, when the source says. */
public enum AggressorSide {
    BUYER,
    SELLER,
    UNKNOWN
}
