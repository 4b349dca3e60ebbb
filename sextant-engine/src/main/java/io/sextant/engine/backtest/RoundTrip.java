package io.sextant.engine.backtest;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Money;
import io.sextant.core.order.Side;

import java.math.BigDecimal;

/**
 * One round-trip trade: a position from flat (or a flip) back to flat (or the next flip).
 *
 * @param instrumentId  the instrument
 * @param side          BUY for a long trade, SELL for a short one
 * @param entryTime     first entry fill, epoch ns UTC
 * @param exitTime      last exit fill, epoch ns UTC
 * @param quantity      the total quantity entered
 * @param entryPrice    the quantity-weighted average entry price
 * @param exitPrice     the quantity-weighted average exit price
 * @param grossPnl      realized PnL before fees, quote currency
 * @param fees          entry and exit fees, quote currency
 * @param netPnl        gross minus fees
 * @param mae           maximum adverse excursion: the worst unrealized PnL seen at bar extremes while
 *                      open (zero or negative), quote currency
 * @param mfe           maximum favourable excursion (zero or positive), quote currency
 */
public record RoundTrip(InstrumentId instrumentId, Side side, long entryTime, long exitTime, BigDecimal quantity,
                        BigDecimal entryPrice, BigDecimal exitPrice, Money grossPnl, Money fees, Money netPnl,
                        Money mae, Money mfe) {

    /** Holding time in nanoseconds. */
    public long holdingNs() {
        return exitTime - entryTime;
    }
}
