package io.sextant.engine.risk;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Price;
import io.sextant.engine.portfolio.Portfolio;

/** The latest known price of each instrument, used to value orders that carry no price. */
@FunctionalInterface
public interface LastPrices {

    /** The latest price of {@code id} at its price precision, or null if none is known yet. */
    Price last(InstrumentId id);

    /** The portfolio's marks (the last bar close or trade it was marked at). */
    static LastPrices of(Portfolio portfolio) {
        return id -> portfolio.hasMark(id)
                ? new Price(portfolio.markRaw(id), portfolio.position(id).instrument().pricePrecision()) : null;
    }
}
