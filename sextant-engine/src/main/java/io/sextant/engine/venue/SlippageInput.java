package io.sextant.engine.venue;

import io.sextant.core.instrument.Instrument;
import io.sextant.core.order.Side;

/**
 * What a slippage model sees about one taker fill, in raw units at the instrument's precisions.
 *
 * @param instrument  the instrument
 * @param side        buy or sell
 * @param priceRaw    the price before slippage (open, trigger, quote side or trade price)
 * @param quantityRaw the fill quantity
 * @param volumeRaw   the bar's volume at the instrument's size precision, or -1 if unknown (ticks)
 */
public record SlippageInput(Instrument instrument, Side side, long priceRaw, long quantityRaw, long volumeRaw) {
}
