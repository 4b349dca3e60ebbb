package io.sextant.core.position;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Money;
import io.sextant.core.money.Quantity;

import java.math.BigDecimal;

/**
 * A position changed because of a fill (or a corporate action, funding or liquidation).
 *
 * @param kind           opened (from flat), changed (bigger or smaller, same side), flipped (through
 *                       flat to the other side), closed (back to flat), liquidated or adjusted (split)
 * @param instrumentId   the instrument
 * @param signedQuantity the quantity after the change: positive long, negative short
 * @param quantity       its absolute value
 * @param averagePrice   the average entry price after the change; null when flat
 * @param realizedPnl    realized PnL of the whole position so far (gross of fees)
 * @param tsEvent        when it happened, epoch ns UTC
 * @param tsInit         when this event was created, epoch ns UTC
 */
public record PositionEvent(Kind kind, InstrumentId instrumentId, BigDecimal signedQuantity, Quantity quantity,
                            BigDecimal averagePrice, Money realizedPnl, long tsEvent, long tsInit) {

    /** What happened to the position. */
    public enum Kind {
        OPENED,
        CHANGED,
        FLIPPED,
        CLOSED,
        /** Closed by the venue because the mark crossed the liquidation price (not by the strategy's order). */
        LIQUIDATED,
        /** Quantity or cost changed by a corporate action (a split), not by a fill. */
        ADJUSTED
    }

    /** The event describing {@code position} now, given its signed quantity before the change. */
    public static PositionEvent after(Position position, long quantityBeforeRaw, long tsEvent, long tsInit) {
        long now = position.quantityRaw();
        Kind kind;
        if (quantityBeforeRaw == 0) {
            kind = Kind.OPENED;
        } else if (now == 0) {
            kind = Kind.CLOSED;
        } else if (Long.signum(now) != Long.signum(quantityBeforeRaw)) {
            kind = Kind.FLIPPED;
        } else {
            kind = Kind.CHANGED;
        }
        int precision = position.instrument().sizePrecision();
        return new PositionEvent(kind, position.instrument().id(), BigDecimal.valueOf(now, precision),
                position.quantity(), position.averagePrice(), position.realizedPnl(), tsEvent, tsInit);
    }

    /** The same event with another kind (liquidation, corporate action). */
    public PositionEvent withKind(Kind newKind) {
        return new PositionEvent(newKind, instrumentId, signedQuantity, quantity, averagePrice, realizedPnl, tsEvent, tsInit);
    }
}
