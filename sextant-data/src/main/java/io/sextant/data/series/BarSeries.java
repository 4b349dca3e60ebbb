package io.sextant.data.series;

import io.sextant.core.data.Bar;
import io.sextant.core.data.BarType;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;

import static io.sextant.data.series.ColumnNames.*;

/**
 * OHLCV bars as primitive arrays: the form the engine and research read. Prices are fixed-point
 * raw values at {@link #priceScale()}, volume at {@link #volumeScale()}; times are epoch ns UTC,
 * each bar covering [{@code tsOpen}, {@code tsClose}). The arrays are shared: do not modify them.
 */
public final class BarSeries {
    private final SeriesData data;
    private final long[] tsOpen;
    private final long[] tsClose;
    private final long[] open;
    private final long[] high;
    private final long[] low;
    private final long[] close;
    private final long[] volume;

    private BarSeries(SeriesData data) {
        this.data = data;
        this.tsOpen = data.longs(TS_OPEN).values();
        this.tsClose = data.longs(TS_CLOSE).values();
        this.open = data.longs(OPEN).values();
        this.high = data.longs(HIGH).values();
        this.low = data.longs(LOW).values();
        this.close = data.longs(CLOSE).values();
        this.volume = data.optionalLongs(VOLUME).map(LongColumn::values).orElse(null);
    }

    /** The bars of a {@link SeriesKind#BARS} series. */
    public static BarSeries of(SeriesData data) {
        if (data.kind() != SeriesKind.BARS) {
            throw new IllegalArgumentException("expected a bars series, got " + data.kind());
        }
        return new BarSeries(data);
    }

    public SeriesData data() {
        return data;
    }

    public int size() {
        return data.rows();
    }

    public long[] tsOpen() {
        return tsOpen;
    }

    public long[] tsClose() {
        return tsClose;
    }

    public long[] open() {
        return open;
    }

    public long[] high() {
        return high;
    }

    public long[] low() {
        return low;
    }

    public long[] close() {
        return close;
    }

    /** True if the source gave volumes (close-price tables do not). */
    public boolean hasVolume() {
        return volume != null;
    }

    /** Volumes, or {@code null} if the series has none. */
    public long[] volume() {
        return volume;
    }

    public int priceScale() {
        return data.longs(CLOSE).scale();
    }

    public int volumeScale() {
        return data.optionalLongs(VOLUME).map(LongColumn::scale).orElse(0);
    }

    /** Close prices as doubles, for indicators and analytics. */
    public double[] closeAsDouble() {
        return Doubles.of(close, priceScale());
    }

    /** The bar at {@code i} as a core {@link Bar}; {@code tsInit} is the bar's close. */
    public Bar bar(int i, BarType type) {
        int ps = priceScale();
        Quantity v = volume == null ? Quantity.zero(0) : new Quantity(volume[i], volumeScale());
        return new Bar(type, new Price(open[i], ps), new Price(high[i], ps), new Price(low[i], ps),
                new Price(close[i], ps), v, tsOpen[i], tsClose[i], tsClose[i]);
    }
}
