package io.sextant.engine.data;

import io.sextant.core.data.QuoteTick;
import io.sextant.core.data.TradeTick;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.instrument.Instrument;
import io.sextant.indicators.Indicator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's market-data state, and the {@link MarketDataView} strategies read. The engine feeds
 * it each event before strategies see the event.
 */
public final class DataHub implements MarketDataView {
    private final Map<InstrumentId, InstrumentData> byId = new HashMap<>();
    private final List<Instrument> instruments = new ArrayList<>();
    /** The last instrument looked up: consecutive lookups are usually for the same one. */
    private InstrumentData lastData;

    /** Makes an instrument known; its bar view is attached by {@link #attachBars}. */
    public void addInstrument(Instrument instrument) {
        if (byId.putIfAbsent(instrument.id(), new InstrumentData(instrument)) == null) {
            instruments.add(instrument);
        }
    }

    /** Declares that bars for the event's instrument will be delivered through {@code event}. */
    public void attachBars(BarEvent event) {
        data(event.instrumentId()).bar = event;
    }

    /** Updates history and indicators with the bar in {@code event}. */
    public void onBar(BarEvent event) {
        data(event.instrumentId()).onBar(event);
    }

    public void onQuote(QuoteTick quote) {
        InstrumentData d = data(quote.instrumentId());
        d.quote = quote;
        d.lastPrice = (quote.bid().toDouble() + quote.ask().toDouble()) / 2;
    }

    public void onTrade(TradeTick trade) {
        InstrumentData d = data(trade.instrumentId());
        d.trade = trade;
        d.lastPrice = trade.price().toDouble();
    }

    private InstrumentData data(InstrumentId id) {
        InstrumentData last = lastData;
        if (last != null && last.instrument.id() == id) {
            return last;
        }
        InstrumentData d = byId.get(id);
        if (d != null) {
            lastData = d;
        }
        if (d == null) {
            throw new IllegalArgumentException("no data for instrument " + id + "; known: "
                    + instruments.stream().map(i -> i.id().toString()).toList());
        }
        return d;
    }

    @Override
    public Instrument instrument(InstrumentId id) {
        return data(id).instrument;
    }

    @Override
    public List<Instrument> instruments() {
        return List.copyOf(instruments);
    }

    @Override
    public BarWindow history(InstrumentId id, int bars) {
        InstrumentData d = data(id);
        if (d.bar == null) {
            throw new IllegalArgumentException("instrument " + id + " has no bar series in this run");
        }
        if (d.window == null || d.window.capacity() < bars) {
            // Enlarging starts a fresh window: history is only asked for in onStart, before any bar.
            d.window = new BarWindow(bars, d.bar.priceScale(), d.bar.volumeScale());
        }
        return d.window;
    }

    @Override
    public <T extends Indicator> T register(InstrumentId id, T indicator) {
        data(id).addIndicator(indicator);
        return indicator;
    }

    @Override
    public QuoteTick lastQuote(InstrumentId id) {
        return data(id).quote;
    }

    @Override
    public TradeTick lastTrade(InstrumentId id) {
        return data(id).trade;
    }

    @Override
    public double lastPrice(InstrumentId id) {
        return data(id).lastPrice;
    }
}
