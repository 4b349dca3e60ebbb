package io.sextant.engine.portfolio;

/** Whether an instrument has one net position or separate long and short positions. */
public enum PositionMode {
    /** One signed position per instrument: a sell reduces a long and may flip it short. */
    NETTING,
    /**
     * A long and a short position per instrument, each with its own average price and PnL (the
     * exchanges' "hedge mode" for derivatives). Side choice: a reduce-only order closes the opposite
     * position (a reduce-only sell reduces the long, a reduce-only buy the short) and never flips; any
     * other buy adds to the long, any other sell adds to the short.
     */
    HEDGING
}
