package io.sextant.core.data;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;

import java.util.Objects;

/**
 * The best bid and ask at an instant. A crossed (bid &gt; ask) or locked (bid = ask) quote is
 * real in fragmented markets (10 % of FXCM EUR/USD ticks are crossed), so it is allowed here and
 * counted by validation.
 *
 * @param instrumentId the instrument
 * @param bid          best bid price
 * @param ask          best ask price
 * @param bidSize      size at the bid (zero if the source gives none)
 * @param askSize      size at the ask (zero if the source gives none)
 * @param tsEvent      when the quote was published, epoch ns UTC
 * @param tsInit       when this object was created, epoch ns UTC
 */
public record QuoteTick(InstrumentId instrumentId, Price bid, Price ask, Quantity bidSize, Quantity askSize,
                        long tsEvent, long tsInit) implements MarketData {

    public QuoteTick {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(bid, "bid");
        Objects.requireNonNull(ask, "ask");
        Objects.requireNonNull(bidSize, "bidSize");
        Objects.requireNonNull(askSize, "askSize");
    }

    public boolean isCrossed() {
        return bid.compareTo(ask) > 0;
    }

    /** ask - bid (negative when crossed). */
    public Price spread() {
        return ask.minus(bid);
    }
}
