package io.sextant.data.series;

import static io.sextant.data.series.ColumnNames.*;

/**
 * Trade ticks as primitive arrays: time (epoch ns UTC), price and size as fixed-point raw values.
 * Several trades may share a timestamp; they are separate trades, kept in source order.
 */
public final class TradeSeries {
    private final SeriesData data;

    private TradeSeries(SeriesData data) {
        this.data = data;
    }

    public static TradeSeries of(SeriesData data) {
        if (data.kind() != SeriesKind.TRADES) {
            throw new IllegalArgumentException("expected a trades series, got " + data.kind());
        }
        return new TradeSeries(data);
    }

    public SeriesData data() {
        return data;
    }

    public int size() {
        return data.rows();
    }

    public long[] ts() {
        return data.longs(TS).values();
    }

    public long[] price() {
        return data.longs(PRICE).values();
    }

    public long[] sizes() {
        return data.longs(SIZE).values();
    }

    public int priceScale() {
        return data.longs(PRICE).scale();
    }

    public int sizeScale() {
        return data.longs(SIZE).scale();
    }

    /** Suspicious flags (1 = flagged by the source), or {@code null} if the source has none. */
    public byte[] suspicious() {
        return data.optionalBytes(SUSPICIOUS).map(ByteColumn::values).orElse(null);
    }
}
