package io.sextant.engine.portfolio;

/** How an account pays for positions. */
public enum AccountType {
    /** Spot purchases debit the full notional from cash; no borrowing, no leverage. */
    CASH,
    /** Positions need only margin; leverage and shorting are allowed within the margin rates. */
    MARGIN
}
