package io.sextant.engine.venue;

import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.LiquiditySide;
import io.sextant.core.order.Side;

/**
 * What a fee model sees about one fill, and about the order's fills before it (per-order minimums,
 * caps and fixed charges need them).
 *
 * @param instrument     the instrument
 * @param side           buy or sell
 * @param quantity       the fill quantity
 * @param price          the fill price
 * @param notional       price &times; quantity &times; multiplier in the quote currency, half-even to the cent
 * @param liquiditySide  maker or taker
 * @param filledBefore   the order's quantity filled before this fill (zero for its first fill)
 * @param notionalBefore the summed notional of the order's earlier fills (zero for its first fill)
 */
public record FeeInput(Instrument instrument, Side side, Quantity quantity, Price price, Money notional,
                       LiquiditySide liquiditySide, Quantity filledBefore, Money notionalBefore) {

    /** True for the order's first fill (per-order fees are charged once). */
    public boolean firstFill() {
        return filledBefore.isZero();
    }
}
