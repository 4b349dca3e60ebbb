package io.sextant.engine.risk;

/** Whether new orders may be placed. */
public enum TradingState {
    /** Orders pass if they are within the limits. */
    ACTIVE,
    /** Only orders that reduce a position pass. */
    REDUCING,
    /** No order passes (the kill switch); cancels still do. */
    HALTED
}
