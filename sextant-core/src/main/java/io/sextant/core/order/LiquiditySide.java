package io.sextant.core.order;

/** Whether a fill added liquidity (maker, a resting limit) or took it (taker). */
public enum LiquiditySide {
    MAKER,
    TAKER
}
