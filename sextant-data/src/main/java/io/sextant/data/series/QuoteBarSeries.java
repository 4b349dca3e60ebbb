package io.sextant.data.series;

import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Rounding;

import java.util.ArrayList;
import java.util.List;

import static io.sextant.data.series.ColumnNames.*;

/**
 * Bid and ask OHLC bars. {@link #side(boolean)} gives either side as a {@link BarSeries} (sharing
 * the arrays), and {@link #mid()} the mid prices, at one more decimal so the halving is exact.
 */
public final class QuoteBarSeries {
    private final SeriesData data;

    private QuoteBarSeries(SeriesData data) {
        this.data = data;
    }

    public static QuoteBarSeries of(SeriesData data) {
        if (data.kind() != SeriesKind.QUOTE_BARS) {
            throw new IllegalArgumentException("expected a quote-bars series, got " + data.kind());
        }
        return new QuoteBarSeries(data);
    }

    public SeriesData data() {
        return data;
    }

    public int size() {
        return data.rows();
    }

    /** The bid bars ({@code true}) or the ask bars ({@code false}), volume taken from the side's size. */
    public BarSeries side(boolean bid) {
        List<Column> cols = new ArrayList<>(7);
        cols.add(data.longs(TS_OPEN));
        cols.add(data.longs(TS_CLOSE));
        String[] from = bid ? new String[]{BID_OPEN, BID_HIGH, BID_LOW, BID_CLOSE}
                : new String[]{ASK_OPEN, ASK_HIGH, ASK_LOW, ASK_CLOSE};
        String[] to = {OPEN, HIGH, LOW, CLOSE};
        for (int i = 0; i < 4; i++) {
            LongColumn c = data.longs(from[i]);
            cols.add(new LongColumn(to[i], c.values(), c.scale()));
        }
        data.optionalLongs(bid ? BID_SIZE : ASK_SIZE).ifPresent(c -> cols.add(new LongColumn(VOLUME, c.values(), c.scale())));
        return BarSeries.of(new SeriesData(SeriesKind.BARS, cols));
    }

    /**
     * Mid bars: each of open, high, low, close is (bid + ask) / 2 of that field, exact at one more
     * decimal (at 9 decimals already, halved half-even). The mid high is the mean of the two highs, an upper bound of the true mid path.
     */
    public BarSeries mid() {
        List<Column> cols = new ArrayList<>(6);
        cols.add(data.longs(TS_OPEN));
        cols.add(data.longs(TS_CLOSE));
        String[][] pairs = {{BID_OPEN, ASK_OPEN, OPEN}, {BID_HIGH, ASK_HIGH, HIGH}, {BID_LOW, ASK_LOW, LOW},
                {BID_CLOSE, ASK_CLOSE, CLOSE}};
        for (String[] p : pairs) {
            LongColumn b = data.longs(p[0]);
            LongColumn a = data.longs(p[1]);
            boolean exact = b.scale() < FixedPoint.MAX_PRECISION;
            long[] mid = new long[b.length()];
            for (int i = 0; i < mid.length; i++) {
                long sum = Math.addExact(b.values()[i], a.values()[i]);
                mid[i] = exact ? Math.multiplyExact(sum, 5L) : FixedPoint.divide(sum, 2, Rounding.HALF_EVEN);
            }
            cols.add(new LongColumn(p[2], mid, exact ? b.scale() + 1 : b.scale()));
        }
        return BarSeries.of(new SeriesData(SeriesKind.BARS, cols));
    }
}
