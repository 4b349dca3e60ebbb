package io.sextant.engine.backtest;

/**
 * How much of a run a {@link BacktestResult} keeps. The run itself (orders, risk, fills,
 * accounting, events to the strategy) is the same in both; only what is remembered differs.
 */
public enum ResultDetail {
    /** Every order, fill, position event and reason, for the bundle and for inspection. The default. */
    FULL,
    /**
     * Statistics and the equity curve only: finished orders are dropped as they finish, and fills,
     * position events and round trips are not listed (the statistics count the trades as they close).
     * Memory then grows with the bars, not the orders; for parameter sweeps. A strategy that looks a finished order up by id fails with a message
     * saying so.
     */
    SUMMARY
}
