package io.sextant.engine.portfolio;

import io.sextant.core.instrument.CryptoSpot;
import io.sextant.core.instrument.Equity;
import io.sextant.core.instrument.FxPair;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.position.Position;

/** One instrument's positions (one when netting; long and short when hedging) with its latest mark. */
final class Holding {
    final Instrument instrument;
    /** Netting: the one position. Hedging: [long, short]. */
    final Position[] legs;
    /** Spot instruments are paid for in full, so their market value is equity; derivatives add only unrealized PnL. */
    final boolean spot;
    /** For a spot currency pair (FX or crypto), the FX rate its marks set; null otherwise. */
    FxRates.Rate rate;
    long markRaw;
    boolean marked;
    int activeIndex = -1;
    /** Epoch day (UTC) up to which a short's borrow cost has been charged. */
    long borrowDay;
    FundingRates funding;
    int fundingNext;
    ScheduledAction[] actions = new ScheduledAction[0];
    int actionNext;

    Holding(Instrument instrument, boolean hedging) {
        this.instrument = instrument;
        this.spot = instrument instanceof Equity || instrument instanceof CryptoSpot || instrument instanceof FxPair;
        this.legs = hedging && !spot
                ? new Position[] {new Position(instrument), new Position(instrument)}
                : new Position[] {new Position(instrument)};
    }

    boolean isOpen() {
        for (Position p : legs) {
            if (!p.isFlat()) {
                return true;
            }
        }
        return false;
    }

    /** What a position adds to equity at the mark, quote-currency raw units. */
    long equityContributionRaw(Position p) {
        if (!marked) {
            return spot ? p.costRaw() : 0;
        }
        return spot ? p.marketValueRaw(markRaw) : p.unrealizedRaw(markRaw);
    }
}
