package io.sextant.engine.portfolio;

/** How collateral backs a derivative position, which decides its liquidation price. */
public enum MarginMode {
    /**
     * Each position is backed only by its own margin, {@code entry notional / leverage}, and loses at
     * most that (plus the liquidation fee) when liquidated.
     */
    ISOLATED,
    /** Every position is backed by the whole account: its equity less the other positions' maintenance margin. */
    CROSS
}
