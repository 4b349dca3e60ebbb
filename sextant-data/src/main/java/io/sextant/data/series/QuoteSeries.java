package io.sextant.data.series;

import static io.sextant.data.series.ColumnNames.*;

/** Top-of-book quote ticks as primitive arrays: time (epoch ns UTC), bid, ask and optional sizes. */
public final class QuoteSeries {
    private final SeriesData data;

    private QuoteSeries(SeriesData data) {
        this.data = data;
    }

    public static QuoteSeries of(SeriesData data) {
        if (data.kind() != SeriesKind.QUOTES) {
            throw new IllegalArgumentException("expected a quotes series, got " + data.kind());
        }
        return new QuoteSeries(data);
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

    public long[] bid() {
        return data.longs(BID).values();
    }

    public long[] ask() {
        return data.longs(ASK).values();
    }

    public int priceScale() {
        return data.longs(BID).scale();
    }
}
