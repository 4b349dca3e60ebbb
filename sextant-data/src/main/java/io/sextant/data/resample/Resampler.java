package io.sextant.data.resample;

import io.sextant.core.data.Timeframe;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.Column;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.sextant.data.series.ColumnNames.*;

/**
 * Builds bars from ticks and larger bars from smaller ones, in one pass.
 *
 * <p>Rules (OHLCV): open = first price, high = max, low = min, close = last, volume = sum; from
 * trades also the trade count and the VWAP = &Sigma;(price &times; size) / &Sigma;size, summed exactly in
 * 128 bits and rounded half-even to four more decimals than the prices (at most nine); a bar whose
 * trades all have size zero takes its close as VWAP. From bars, VWAP is the volume-weighted mean
 * of the bars' VWAPs when they have one. Quote ticks give bid and ask OHLC bars with the last sizes.
 *
 * <p>Bars span [bucket open, bucket close) of the target timeframe in the series' zone (see
 * {@link Timeframe}); periods without data get no bar (no invented prices). Each source bar must
 * fit inside one target period, else the timeframes do not nest and the resample is refused.
 * Trades the source flags as suspicious are left out unless asked for (as LEAN's bars do).
 */
public final class Resampler {
    private Resampler() {
    }

    /**
     * The outcome.
     *
     * @param data     the bars
     * @param excluded source rows left out (suspicious trades)
     */
    public record Result(SeriesData data, long excluded) {
    }

    public static Result resample(SeriesData source, Timeframe target, ZoneId zone, boolean includeSuspicious) {
        return switch (source.kind()) {
            case TRADES -> trades(source, target, zone, includeSuspicious);
            case QUOTES -> quotes(source, target, zone);
            case BARS -> bars(source, target, zone);
            case QUOTE_BARS -> quoteBars(source, target, zone);
        };
    }

    private static Result trades(SeriesData src, Timeframe tf, ZoneId zone, boolean includeSuspicious) {
        long[] t = src.times();
        LongColumn priceCol = src.longs(PRICE);
        LongColumn sizeCol = src.longs(SIZE);
        long[] p = priceCol.values();
        long[] q = sizeCol.values();
        byte[] suspicious = includeSuspicious ? null : src.optionalBytes(SUSPICIOUS).map(c -> c.values()).orElse(null);
        int vwapScale = Math.min(FixedPoint.MAX_PRECISION, priceCol.scale() + 4);
        Output out = new Output(true);
        Int128 notional = new Int128();
        long bucketEnd = Long.MIN_VALUE;
        long excluded = 0;
        long o = 0;
        long h = 0;
        long l = 0;
        long c = 0;
        long v = 0;
        long count = 0;
        long open = 0;
        for (int i = 0; i < t.length; i++) {
            if (suspicious != null && suspicious[i] != 0) {
                excluded++;
                continue;
            }
            if (t[i] >= bucketEnd) {
                if (count > 0) {
                    out.add(open, bucketEnd, o, h, l, c, v, vwap(notional, v, c, priceCol.scale(), vwapScale),
                            count);
                }
                open = tf.bucketOpen(t[i], zone);
                bucketEnd = tf.bucketClose(open, zone);
                o = h = l = c = p[i];
                v = 0;
                count = 0;
                notional.clear();
            }
            h = Math.max(h, p[i]);
            l = Math.min(l, p[i]);
            c = p[i];
            v = Math.addExact(v, q[i]);
            count++;
            notional.addProduct(p[i], q[i]);
        }
        if (count > 0) {
            out.add(open, bucketEnd, o, h, l, c, v, vwap(notional, v, c, priceCol.scale(), vwapScale), count);
        }
        return new Result(out.build(priceCol.scale(), sizeCol.scale(), vwapScale), excluded);
    }

    /** &Sigma;(p q) / &Sigma;q at {@code vwapScale}, half-even; the close when no size traded. */
    private static long vwap(Int128 notional, long volume, long close, int priceScale, int vwapScale) {
        if (volume == 0) {
            return Math.multiplyExact(close, FixedPoint.pow10(vwapScale - priceScale));
        }
        // notional is at priceScale + sizeScale and volume at sizeScale, so their ratio is at priceScale.
        BigDecimal ratio = new BigDecimal(notional.toBigInteger(), priceScale)
                .divide(BigDecimal.valueOf(volume), vwapScale, RoundingMode.HALF_EVEN);
        return ratio.unscaledValue().longValueExact();
    }

    /** Quote ticks are quote bars of one instant: open = high = low = close = the quote, opening and closing at its time. */
    private static Result quotes(SeriesData src, Timeframe tf, ZoneId zone) {
        long[] t = src.times();
        long[] bid = src.longs(BID).values();
        long[] ask = src.longs(ASK).values();
        long[][] bids = {bid, bid, bid, bid};
        long[][] asks = {ask, ask, ask, ask};
        long[] bidSize = src.optionalLongs(BID_SIZE).map(LongColumn::values).orElse(null);
        long[] askSize = src.optionalLongs(ASK_SIZE).map(LongColumn::values).orElse(null);
        return quoteBars(t, t, bids, asks, bidSize, askSize, src.longs(BID).scale(),
                src.optionalLongs(BID_SIZE).map(LongColumn::scale).orElse(0), tf, zone);
    }

    private static Result bars(SeriesData src, Timeframe tf, ZoneId zone) {
        long[] to = src.longs(TS_OPEN).values();
        long[] tc = src.longs(TS_CLOSE).values();
        LongColumn closeCol = src.longs(CLOSE);
        long[] po = src.longs(OPEN).values();
        long[] ph = src.longs(HIGH).values();
        long[] pl = src.longs(LOW).values();
        long[] pc = closeCol.values();
        long[] vol = src.optionalLongs(VOLUME).map(LongColumn::values).orElse(null);
        LongColumn vwapCol = src.optionalLongs(VWAP).orElse(null);
        long[] trades = src.optionalLongs(ColumnNames.TRADES).map(LongColumn::values).orElse(null);
        boolean withVwap = vwapCol != null && vol != null;
        Output out = new Output(withVwap, trades != null, vol != null);
        Int128 notional = new Int128();
        long bucketEnd = Long.MIN_VALUE;
        long open = 0;
        long o = 0;
        long h = 0;
        long l = 0;
        long c = 0;
        long v = 0;
        long n = 0;
        boolean any = false;
        for (int i = 0; i < to.length; i++) {
            if (to[i] >= bucketEnd) {
                if (any) {
                    out.add(open, bucketEnd, o, h, l, c, v, withVwap ? barVwap(notional, v, c, vwapCol.scale(),
                            closeCol.scale()) : 0, n);
                }
                open = tf.bucketOpen(to[i], zone);
                bucketEnd = tf.bucketClose(open, zone);
                o = po[i];
                h = ph[i];
                l = pl[i];
                v = 0;
                n = 0;
                notional.clear();
                any = true;
            }
            if (tc[i] > bucketEnd) {
                throw new IllegalArgumentException("the bar " + Nanos.format(to[i]) + ".." + Nanos.format(tc[i])
                        + " does not fit in one " + tf + " period (" + Nanos.format(open) + ".." + Nanos.format(bucketEnd)
                        + " in " + zone + "): the timeframes do not nest");
            }
            h = Math.max(h, ph[i]);
            l = Math.min(l, pl[i]);
            c = pc[i];
            if (vol != null) {
                v = Math.addExact(v, vol[i]);
                if (withVwap) {
                    notional.addProduct(vwapCol.values()[i], vol[i]);
                }
            }
            if (trades != null) {
                n = Math.addExact(n, trades[i]);
            }
        }
        if (any) {
            out.add(open, bucketEnd, o, h, l, c, v, withVwap ? barVwap(notional, v, c, vwapCol.scale(), closeCol.scale()) : 0,
                    n);
        }
        int volumeScale = src.optionalLongs(VOLUME).map(LongColumn::scale).orElse(0);
        return new Result(out.build(closeCol.scale(), volumeScale, withVwap ? vwapCol.scale() : 0), 0);
    }

    private static long barVwap(Int128 notional, long volume, long close, int vwapScale, int priceScale) {
        if (volume == 0) {
            return Math.multiplyExact(close, FixedPoint.pow10(vwapScale - priceScale));
        }
        return new BigDecimal(notional.toBigInteger(), vwapScale)
                .divide(BigDecimal.valueOf(volume), vwapScale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    private static Result quoteBars(SeriesData src, Timeframe tf, ZoneId zone) {
        String[] bidCols = {BID_OPEN, BID_HIGH, BID_LOW, BID_CLOSE};
        String[] askCols = {ASK_OPEN, ASK_HIGH, ASK_LOW, ASK_CLOSE};
        long[][] bsrc = new long[4][];
        long[][] asrc = new long[4][];
        for (int k = 0; k < 4; k++) {
            bsrc[k] = src.longs(bidCols[k]).values();
            asrc[k] = src.longs(askCols[k]).values();
        }
        return quoteBars(src.longs(TS_OPEN).values(), src.longs(TS_CLOSE).values(), bsrc, asrc,
                src.optionalLongs(BID_SIZE).map(LongColumn::values).orElse(null),
                src.optionalLongs(ASK_SIZE).map(LongColumn::values).orElse(null), src.longs(BID_OPEN).scale(),
                src.optionalLongs(BID_SIZE).map(LongColumn::scale).orElse(0), tf, zone);
    }

    /** Bid and ask OHLC of each period, with the last sizes; each source row must fit inside one period. */
    private static Result quoteBars(long[] to, long[] tc, long[][] bsrc, long[][] asrc, long[] bidSize, long[] askSize,
                                    int priceScale, int sizeScale, Timeframe tf, ZoneId zone) {
        QuoteOutput out = new QuoteOutput(bidSize != null);
        long bucketEnd = Long.MIN_VALUE;
        long open = 0;
        long[] b = new long[4];
        long[] a = new long[4];
        long bs = 0;
        long as = 0;
        boolean any = false;
        for (int i = 0; i < to.length; i++) {
            if (to[i] >= bucketEnd) {
                if (any) {
                    out.add(open, bucketEnd, b, a, bs, as);
                }
                open = tf.bucketOpen(to[i], zone);
                bucketEnd = tf.bucketClose(open, zone);
                b[0] = bsrc[0][i];
                b[1] = bsrc[1][i];
                b[2] = bsrc[2][i];
                a[0] = asrc[0][i];
                a[1] = asrc[1][i];
                a[2] = asrc[2][i];
                any = true;
            }
            if (tc[i] > bucketEnd) {
                throw new IllegalArgumentException("the bar " + Nanos.format(to[i]) + ".." + Nanos.format(tc[i])
                        + " does not fit in one " + tf + " period: the timeframes do not nest");
            }
            b[1] = Math.max(b[1], bsrc[1][i]);
            b[2] = Math.min(b[2], bsrc[2][i]);
            b[3] = bsrc[3][i];
            a[1] = Math.max(a[1], asrc[1][i]);
            a[2] = Math.min(a[2], asrc[2][i]);
            a[3] = asrc[3][i];
            if (bidSize != null) {
                bs = bidSize[i];
                as = askSize[i];
            }
        }
        if (any) {
            out.add(open, bucketEnd, b, a, bs, as);
        }
        return new Result(out.build(priceScale, sizeScale), 0);
    }

    /** Growing output columns for trade bars. */
    private static final class Output {
        private final boolean vwap;
        private final boolean trades;
        private final boolean volume;
        private final LongList[] cols;

        Output(boolean fromTrades) {
            this(fromTrades, fromTrades, true);
        }

        Output(boolean vwap, boolean trades, boolean volume) {
            this.vwap = vwap;
            this.trades = trades;
            this.volume = volume;
            this.cols = new LongList[9];
            for (int i = 0; i < cols.length; i++) {
                cols[i] = new LongList();
            }
        }

        void add(long open, long close, long o, long h, long l, long c, long v, long vw, long n) {
            long[] row = {open, close, o, h, l, c, v, vw, n};
            for (int i = 0; i < row.length; i++) {
                cols[i].add(row[i]);
            }
        }

        SeriesData build(int priceScale, int volumeScale, int vwapScale) {
            List<Column> out = new ArrayList<>();
            out.add(new LongColumn(TS_OPEN, cols[0].toArray(), 0));
            out.add(new LongColumn(TS_CLOSE, cols[1].toArray(), 0));
            String[] names = {OPEN, HIGH, LOW, CLOSE};
            for (int k = 0; k < 4; k++) {
                out.add(new LongColumn(names[k], cols[2 + k].toArray(), priceScale));
            }
            if (volume) {
                out.add(new LongColumn(VOLUME, cols[6].toArray(), volumeScale));
            }
            if (vwap) {
                out.add(new LongColumn(VWAP, cols[7].toArray(), vwapScale));
            }
            if (trades) {
                out.add(new LongColumn(ColumnNames.TRADES, cols[8].toArray(), 0));
            }
            return new SeriesData(SeriesKind.BARS, out);
        }
    }

    /** Growing output columns for quote bars. */
    private static final class QuoteOutput {
        private final boolean sizes;
        private final LongList[] cols = new LongList[12];

        QuoteOutput(boolean sizes) {
            this.sizes = sizes;
            for (int i = 0; i < cols.length; i++) {
                cols[i] = new LongList();
            }
        }

        void add(long open, long close, long[] b, long[] a, long bs, long as) {
            cols[0].add(open);
            cols[1].add(close);
            for (int k = 0; k < 4; k++) {
                cols[2 + k].add(b[k]);
                cols[6 + k].add(a[k]);
            }
            cols[10].add(bs);
            cols[11].add(as);
        }

        SeriesData build(int priceScale, int sizeScale) {
            List<Column> out = new ArrayList<>();
            out.add(new LongColumn(TS_OPEN, cols[0].toArray(), 0));
            out.add(new LongColumn(TS_CLOSE, cols[1].toArray(), 0));
            String[] names = {BID_OPEN, BID_HIGH, BID_LOW, BID_CLOSE, ASK_OPEN, ASK_HIGH, ASK_LOW, ASK_CLOSE};
            for (int k = 0; k < 8; k++) {
                out.add(new LongColumn(names[k], cols[2 + k].toArray(), priceScale));
            }
            if (sizes) {
                out.add(new LongColumn(BID_SIZE, cols[10].toArray(), sizeScale));
                out.add(new LongColumn(ASK_SIZE, cols[11].toArray(), sizeScale));
            }
            return new SeriesData(SeriesKind.QUOTE_BARS, out);
        }
    }

    /** Which kinds each source kind resamples into. */
    public static SeriesKind targetKind(SeriesKind source) {
        return source == SeriesKind.QUOTES || source == SeriesKind.QUOTE_BARS ? SeriesKind.QUOTE_BARS : SeriesKind.BARS;
    }
}
