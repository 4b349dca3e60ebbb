package io.sextant.data.query;

import io.sextant.core.money.FixedPoint;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.QuoteBarSeries;
import io.sextant.data.series.SeriesData;
import io.sextant.data.validate.SeriesStats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The numbers {@code data show} prints for a series: price range and last price, volume total
 * and mean, and the largest close-to-close moves (where a split or a bad print shows up).
 *
 * <p>Conventions: a move is the simple return close[i] / close[i-1] - 1, in percent, rounded half-even
 * to 2 decimals; the mean volume is per row. Prices are the series' own (raw or adjusted view).
 *
 * @param rows     rows in the selection
 * @param first    first time, local to the zone
 * @param last     last time, local to the zone
 * @param open     first price (bar open, first trade, first mid)
 * @param low      lowest price, and when
 * @param high     highest price, and when
 * @param close    last price
 * @param volume   total volume or size (null if the series has none)
 * @param meanVolume mean volume per row (null if none)
 * @param largestMoves the largest absolute close-to-close moves, largest first
 */
public record SeriesProfile(int rows, String first, String last, String open, PriceAt low, PriceAt high, String close,
                            String volume, String meanVolume, List<Move> largestMoves) {

    /** How many moves are listed. */
    public static final int MOVES = 3;

    /**
     * A price and when it was.
     *
     * @param price the price
     * @param at    local time
     */
    public record PriceAt(String price, String at) {
    }

    /**
     * A close-to-close move.
     *
     * @param at      local time of the bar or tick that moved
     * @param from    previous close
     * @param to      this close
     * @param percent the simple return in percent, 2 decimals half-even
     */
    public record Move(String at, String from, String to, String percent) {
    }

    public static SeriesProfile of(SeriesData data, ZoneId zone, boolean datesOnly) {
        if (data.isEmpty()) {
            return new SeriesProfile(0, null, null, null, null, null, null, null, null, List.of());
        }
        long[] t = data.times();
        LongColumn lowCol;
        LongColumn highCol;
        LongColumn openCol;
        LongColumn closeCol;
        switch (data.kind()) {
            case BARS -> {
                openCol = data.longs(ColumnNames.OPEN);
                lowCol = data.longs(ColumnNames.LOW);
                highCol = data.longs(ColumnNames.HIGH);
                closeCol = data.longs(ColumnNames.CLOSE);
            }
            case QUOTE_BARS -> {
                var mid = QuoteBarSeries.of(data).mid().data();
                return of(mid, zone, datesOnly);
            }
            case TRADES -> {
                openCol = lowCol = highCol = closeCol = data.longs(ColumnNames.PRICE);
            }
            default -> {
                openCol = lowCol = highCol = closeCol = data.longs(ColumnNames.BID);
            }
        }
        int lo = 0;
        int hi = 0;
        long[] l = lowCol.values();
        long[] h = highCol.values();
        for (int i = 1; i < data.rows(); i++) {
            if (l[i] < l[lo]) {
                lo = i;
            }
            if (h[i] > h[hi]) {
                hi = i;
            }
        }
        int s = closeCol.scale();
        String volume = null;
        String mean = null;
        LongColumn v = data.optionalLongs(ColumnNames.VOLUME).or(() -> data.optionalLongs(ColumnNames.SIZE)).orElse(null);
        if (v != null) {
            BigDecimal total = BigDecimal.ZERO;
            long sum = 0;
            boolean overflow = false;
            for (long x : v.values()) {
                try {
                    sum = Math.addExact(sum, x);
                } catch (ArithmeticException e) {
                    total = total.add(BigDecimal.valueOf(sum, v.scale()));
                    sum = x;
                    overflow = true;
                }
            }
            total = overflow ? total.add(BigDecimal.valueOf(sum, v.scale())) : BigDecimal.valueOf(sum, v.scale());
            volume = total.toPlainString();
            mean = total.divide(BigDecimal.valueOf(data.rows()), v.scale() + 2, RoundingMode.HALF_EVEN).toPlainString();
        }
        return new SeriesProfile(data.rows(), SeriesStats.local(t[0], zone, datesOnly),
                SeriesStats.local(t[data.rows() - 1], zone, datesOnly), FixedPoint.format(openCol.values()[0], s),
                new PriceAt(FixedPoint.format(l[lo], s), SeriesStats.local(t[lo], zone, datesOnly)),
                new PriceAt(FixedPoint.format(h[hi], s), SeriesStats.local(t[hi], zone, datesOnly)),
                FixedPoint.format(closeCol.values()[data.rows() - 1], s), volume, mean,
                data.kind().isTick() ? List.of() : moves(closeCol, t, zone, datesOnly));
    }

    private static List<Move> moves(LongColumn close, long[] t, ZoneId zone, boolean datesOnly) {
        long[] c = close.values();
        record Candidate(int index, double size) {
        }
        List<Candidate> top = new ArrayList<>();
        for (int i = 1; i < c.length; i++) {
            if (c[i - 1] == 0) {
                continue;
            }
            double size = Math.abs(c[i] / (double) c[i - 1] - 1);
            if (top.size() < MOVES || size > top.getLast().size()) {
                top.add(new Candidate(i, size));
                top.sort(Comparator.comparingDouble(Candidate::size).reversed());
                if (top.size() > MOVES) {
                    top.removeLast();
                }
            }
        }
        List<Move> out = new ArrayList<>();
        for (Candidate m : top) {
            BigDecimal from = BigDecimal.valueOf(c[m.index() - 1], close.scale());
            BigDecimal to = BigDecimal.valueOf(c[m.index()], close.scale());
            BigDecimal pct = to.divide(from, 12, RoundingMode.HALF_EVEN).subtract(BigDecimal.ONE)
                    .movePointRight(2).setScale(2, RoundingMode.HALF_EVEN);
            out.add(new Move(SeriesStats.local(t[m.index()], zone, datesOnly), from.toPlainString(), to.toPlainString(),
                    pct.toPlainString()));
        }
        return out;
    }
}
