package io.sextant.core.data;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.id.TradeId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;

import java.util.Objects;

/**
 * One trade printed by a venue.
 *
 * @param instrumentId the instrument
 * @param price        trade price
 * @param size         trade size
 * @param aggressor    the side that took liquidity, or {@link AggressorSide#UNKNOWN}
 * @param tradeId      the venue's trade id, or a sequence number when the source has none
 * @param tsEvent      when the trade happened, epoch ns UTC
 * @param tsInit       when this object was created, epoch ns UTC
 */
public record TradeTick(InstrumentId instrumentId, Price price, Quantity size, AggressorSide aggressor,
                        TradeId tradeId, long tsEvent, long tsInit) implements MarketData {

    public TradeTick {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(aggressor, "aggressor");
        Objects.requireNonNull(tradeId, "tradeId");
    }
}
