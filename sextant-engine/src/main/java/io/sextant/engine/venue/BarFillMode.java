package io.sextant.engine.venue;

/** When a market order placed on a bar's close fills. */
public enum BarFillMode {
    /** At the open of the next bar (default): the signal bar has already closed when the order is placed. */
    NEXT_OPEN,
    /**
     * At the close of the bar the signal was computed on. Optimistic: the strategy saw that close
     * before trading at it. An explicit opt-in; the run prints a warning.
     */
    SIGNAL_CLOSE
}
