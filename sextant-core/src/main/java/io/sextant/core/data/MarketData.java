package io.sextant.core.data;

import io.sextant.core.id.InstrumentId;

/**
 * A market data event. Every one carries two times in epoch nanoseconds UTC: {@code tsEvent},
 * when it happened at the source (for a bar, its close: it cannot be known earlier), and
 * {@code tsInit}, when Sextant created the object (in a backtest, equal to or after
 * {@code tsEvent}).
 */
public sealed interface MarketData permits Bar, QuoteTick, TradeTick {

    InstrumentId instrumentId();

    long tsEvent();

    long tsInit();
}
