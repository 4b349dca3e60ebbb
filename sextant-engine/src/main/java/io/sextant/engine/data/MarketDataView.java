package io.sextant.engine.data;

import io.sextant.core.data.QuoteTick;
import io.sextant.core.data.TradeTick;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.instrument.Instrument;
import io.sextant.indicators.Indicator;

import java.util.List;

/** What a strategy can read about the market ({@code ctx.data()}). Nothing here sees the future. */
public interface MarketDataView {

    /** The instrument with this id; fails with the list of known ids if there is none. */
    Instrument instrument(InstrumentId id);

    /** Every instrument the engine has data for, in registration order. */
    List<Instrument> instruments();

    /**
     * A window of the last {@code bars} bars of the instrument's bar series, kept up to date by the
     * engine. Call it in {@code onStart}; asking again with a larger size enlarges the window.
     */
    BarWindow history(InstrumentId id, int bars);

    /**
     * Registers an indicator on the instrument's bars: the engine updates it with each bar before the
     * strategy's {@code onBar} sees that bar.
     */
    <T extends Indicator> T register(InstrumentId id, T indicator);

    /** The last quote, or null if none has arrived. */
    QuoteTick lastQuote(InstrumentId id);

    /** The last trade tick, or null if none has arrived. */
    TradeTick lastTrade(InstrumentId id);

    /** The last known price (bar close, trade or quote mid); NaN before any data. */
    double lastPrice(InstrumentId id);
}
