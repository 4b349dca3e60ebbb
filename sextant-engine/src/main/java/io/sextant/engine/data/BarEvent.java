package io.sextant.engine.data;

import io.sextant.core.data.Bar;
import io.sextant.core.data.BarType;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;

/**
 * The bar being delivered to a strategy. The engine reuses one object per series, so the values are
 * valid only during the callback; call {@link #toBar()} to keep a bar. Prices are exact fixed point
 * ({@code ...Raw()} at {@link #priceScale()} decimals) and also available as {@code double} for
 * signals.
 */
public final class BarEvent {
    private final Instrument instrument;
    private final BarType type;
    private final int priceScale;
    private final int volumeScale;
    private final double priceUnit;
    private final double volumeUnit;
    long tsOpen;
    long tsEvent;
    long open;
    long high;
    long low;
    long close;
    long volume;

    public BarEvent(Instrument instrument, BarType type, int priceScale, int volumeScale) {
        this.instrument = instrument;
        this.type = type;
        this.priceScale = priceScale;
        this.volumeScale = volumeScale;
        this.priceUnit = 1.0 / FixedPoint.pow10(priceScale);
        this.volumeUnit = 1.0 / FixedPoint.pow10(volumeScale);
    }

    /** Sets the values for the next delivery. */
    public void set(long tsOpenNs, long tsEventNs, long openRaw, long highRaw, long lowRaw, long closeRaw,
                    long volumeRaw) {
        this.tsOpen = tsOpenNs;
        this.tsEvent = tsEventNs;
        this.open = openRaw;
        this.high = highRaw;
        this.low = lowRaw;
        this.close = closeRaw;
        this.volume = volumeRaw;
    }

    public Instrument instrument() {
        return instrument;
    }

    public InstrumentId instrumentId() {
        return instrument.id();
    }

    public BarType type() {
        return type;
    }

    public long tsOpen() {
        return tsOpen;
    }

    /** The close time: when the bar became visible. */
    public long tsEvent() {
        return tsEvent;
    }

    public int priceScale() {
        return priceScale;
    }

    public int volumeScale() {
        return volumeScale;
    }

    public long openRaw() {
        return open;
    }

    public long highRaw() {
        return high;
    }

    public long lowRaw() {
        return low;
    }

    public long closeRaw() {
        return close;
    }

    public long volumeRaw() {
        return volume;
    }

    public double open() {
        return open * priceUnit;
    }

    public double high() {
        return high * priceUnit;
    }

    public double low() {
        return low * priceUnit;
    }

    public double close() {
        return close * priceUnit;
    }

    public double volume() {
        return volume * volumeUnit;
    }

    public Price closePrice() {
        return new Price(close, priceScale);
    }

    /** A copy that outlives the callback. */
    public Bar toBar() {
        return new Bar(type, new Price(open, priceScale), new Price(high, priceScale), new Price(low, priceScale),
                new Price(close, priceScale), new Quantity(volume, volumeScale), tsOpen, tsEvent, tsEvent);
    }

    @Override
    public String toString() {
        return toBar().toString();
    }
}
