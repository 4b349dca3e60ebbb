package io.sextant.engine.backtest;

import io.sextant.core.data.AggressorSide;
import io.sextant.core.data.QuoteTick;
import io.sextant.core.data.TradeTick;
import io.sextant.core.id.TradeId;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.QuoteSeries;
import io.sextant.data.series.TradeSeries;
import io.sextant.engine.kernel.Engine;

import java.util.Objects;
import java.util.function.LongUnaryOperator;

/**
 * A stream of quote ticks or trade ticks of one instrument for a backtest. Ticks are delivered as
 * {@link QuoteTick}/{@link TradeTick} records (one object per tick: tick runs are smaller than bar
 * sweeps, and strategies may keep them).
 */
public final class TickStream {
    private final Instrument instrument;
    private final QuoteSeries quotes;
    private final TradeSeries trades;
    private final LongUnaryOperator dayEnd;
    private final long[] ts;
    private final long[] bidSizes;
    private final long[] askSizes;
    private final int bidSizeScale;
    private final int askSizeScale;
    private int pos;

    private TickStream(Instrument instrument, QuoteSeries quotes, TradeSeries trades, LongUnaryOperator dayEnd) {
        this.instrument = Objects.requireNonNull(instrument, "instrument");
        this.quotes = quotes;
        this.trades = trades;
        this.dayEnd = Objects.requireNonNull(dayEnd, "dayEnd");
        this.ts = quotes != null ? quotes.ts() : trades.ts();
        LongColumn bidSize = quotes == null ? null : quotes.data().optionalLongs(ColumnNames.BID_SIZE).orElse(null);
        LongColumn askSize = quotes == null ? null : quotes.data().optionalLongs(ColumnNames.ASK_SIZE).orElse(null);
        this.bidSizes = bidSize == null ? null : bidSize.values();
        this.askSizes = askSize == null ? null : askSize.values();
        this.bidSizeScale = bidSize == null ? 0 : bidSize.scale();
        this.askSizeScale = askSize == null ? 0 : askSize.scale();
    }

    /** Quote ticks of {@code instrument}; {@code dayEnd} as in {@link BacktestSeries}. */
    public static TickStream quotes(Instrument instrument, QuoteSeries quotes, LongUnaryOperator dayEnd) {
        return new TickStream(instrument, Objects.requireNonNull(quotes, "quotes"), null, dayEnd);
    }

    /** Trade ticks of {@code instrument}; {@code dayEnd} as in {@link BacktestSeries}. */
    public static TickStream trades(Instrument instrument, TradeSeries trades, LongUnaryOperator dayEnd) {
        return new TickStream(instrument, null, Objects.requireNonNull(trades, "trades"), dayEnd);
    }

    public Instrument instrument() {
        return instrument;
    }

    public LongUnaryOperator dayEnd() {
        return dayEnd;
    }

    public boolean isQuotes() {
        return quotes != null;
    }

    public int size() {
        return ts.length;
    }

    /** The time of the next tick, or Long.MAX_VALUE when done. */
    long nextTs() {
        return pos < ts.length ? ts[pos] : Long.MAX_VALUE;
    }

    void rewind() {
        pos = 0;
    }

    /** Delivers the next tick; returns its price for trades (the mid for quotes) as a double. */
    double deliverNext(Engine engine) {
        int i = pos++;
        long t = ts[i];
        if (quotes != null) {
            int scale = quotes.priceScale();
            QuoteTick q = new QuoteTick(instrument.id(), new Price(quotes.bid()[i], scale), new Price(quotes.ask()[i], scale),
                    new Quantity(bidSizes == null ? 0 : bidSizes[i], bidSizeScale),
                    new Quantity(askSizes == null ? 0 : askSizes[i], askSizeScale), t, t);
            engine.onQuote(q);
            return (q.bid().toDouble() + q.ask().toDouble()) / 2;
        }
        Price price = new Price(trades.price()[i], trades.priceScale());
        TradeTick tick = new TradeTick(instrument.id(), price, new Quantity(trades.sizes()[i], trades.sizeScale()),
                AggressorSide.UNKNOWN, TradeId.of("t" + (i + 1)), t, t);
        engine.onTrade(tick);
        return price.toDouble();
    }
}
