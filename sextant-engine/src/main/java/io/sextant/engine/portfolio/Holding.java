package io.sextant.engine.portfolio;

import io.sextant.core.instrument.CryptoSpot;
import io.sextant.core.instrument.Equity;
import io.sextant.core.instrument.FxPair;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.position.Position;

/** One instrument's position with its latest mark and how it counts toward equity. */
final class Holding {
    final Instrument instrument;
    final Position position;
    /** Spot instruments are paid for in full, so their market value is equity; derivatives add only unrealized PnL. */
    final boolean spot;
    long markRaw;
    boolean marked;
    int activeIndex = -1;

    Holding(Instrument instrument) {
        this.instrument = instrument;
        this.position = new Position(instrument);
        this.spot = instrument instanceof Equity || instrument instanceof CryptoSpot || instrument instanceof FxPair;
    }

    /** What the position adds to equity at the mark, quote-currency raw units. */
    long equityContributionRaw() {
        if (!marked) {
            return spot ? position.costRaw() : 0;
        }
        return spot ? position.marketValueRaw(markRaw) : position.unrealizedRaw(markRaw);
    }
}
