package io.sextant.core.order;

/**
 * Where an order is in its life. The legal moves are:
 *
 * <pre>
 * INITIALIZED ─► DENIED (pre-trade risk)                  terminal
 *             ─► SUBMITTED ─► REJECTED (venue)            terminal
 *                          ─► ACCEPTED ─► TRIGGERED ─┐
 *                                      ─► PARTIALLY_FILLED ─► FILLED | CANCELED | EXPIRED
 *                                      ─► FILLED | CANCELED | EXPIRED
 * </pre>
 *
 * A working order may also be updated (modified) without changing its status. Released children of
 * an OTO list that were never submitted are CANCELED from INITIALIZED when the parent dies.
 */
public enum OrderStatus {
    INITIALIZED,
    DENIED,
    SUBMITTED,
    REJECTED,
    ACCEPTED,
    TRIGGERED,
    PARTIALLY_FILLED,
    FILLED,
    CANCELED,
    EXPIRED;

    /** True once nothing more can happen to the order. */
    public boolean isTerminal() {
        return this == DENIED || this == REJECTED || this == FILLED || this == CANCELED || this == EXPIRED;
    }

    /** True while the venue holds the order and it can fill, be modified or cancelled. */
    public boolean isWorking() {
        return this == ACCEPTED || this == TRIGGERED || this == PARTIALLY_FILLED;
    }

    /** True if the state machine allows moving from this status to {@code next}. */
    public boolean canTransitionTo(OrderStatus next) {
        return switch (this) {
            case INITIALIZED -> next == DENIED || next == SUBMITTED || next == CANCELED;
            case SUBMITTED -> next == ACCEPTED || next == REJECTED || next == CANCELED || next == FILLED
                    || next == PARTIALLY_FILLED || next == EXPIRED;
            case ACCEPTED, TRIGGERED -> next == TRIGGERED || next == PARTIALLY_FILLED || next == FILLED
                    || next == CANCELED || next == EXPIRED;
            case PARTIALLY_FILLED -> next == PARTIALLY_FILLED || next == FILLED || next == CANCELED || next == EXPIRED;
            case DENIED, REJECTED, FILLED, CANCELED, EXPIRED -> false;
        };
    }
}
