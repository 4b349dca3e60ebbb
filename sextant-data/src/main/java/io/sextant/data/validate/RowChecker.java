package io.sextant.data.validate;

import io.sextant.core.money.FixedPoint;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.LongColumnBuilder;
import io.sextant.data.series.SeriesBuilder;
import io.sextant.data.series.SeriesKind;

import java.util.List;

import static io.sextant.data.series.ColumnNames.*;

/**
 * The per-row rules of each series kind, checked on the row a reader has just appended (before it
 * is committed): time order (bars strictly increasing, ticks non-decreasing: trades that share a
 * timestamp are separate trades), positive prices, low &le; open, close &le; high, and
 * non-negative volumes.
 */
public final class RowChecker {
    private final SeriesKind kind;
    private final LongColumnBuilder time;
    private final LongColumnBuilder[] prices;
    private final LongColumnBuilder[] sizes;
    private final List<String> priceNames;
    private final boolean flaggedRowsKept;
    private long lastTime = Long.MIN_VALUE;
    private int lastLine;

    /**
     * A broken rule.
     *
     * @param rule    the rule
     * @param field   the column name the problem is in, or null for the row
     * @param message what was found
     */
    public record Violation(Rule rule, String field, String message) {
    }

    /** A checker for an import that keeps rows breaking only a storable rule (the flag policy). */
    public RowChecker(SeriesBuilder builder) {
        this(builder, true);
    }

    /**
     * @param builder         the builder whose appended rows are checked
     * @param flaggedRowsKept whether a row breaking only a {@link Rule#storable() storable} rule is kept
     *                        (flag policy), so that later rows must follow it in time; if not (reject,
     *                        drop), such a row is left out and does not count for time order
     */
    public RowChecker(SeriesBuilder builder, boolean flaggedRowsKept) {
        this.flaggedRowsKept = flaggedRowsKept;
        this.kind = builder.kind();
        this.time = builder.longs(kind.timeColumn());
        this.priceNames = kind.priceColumns();
        this.prices = priceNames.stream().map(builder::longs).toArray(LongColumnBuilder[]::new);
        this.sizes = kind.sizeColumns().stream().filter(builder::has).map(builder::longs)
                .toArray(LongColumnBuilder[]::new);
    }

    /**
     * Checks row {@code row}; null if it is fine. A row that passes becomes the reference for time
     * order, and so does one that breaks only a storable rule if flagged rows are kept.
     */
    public Violation check(int row, int line) {
        long t = time.get(row);
        if (row > 0 || lastTime != Long.MIN_VALUE) {
            if (t < lastTime) {
                return new Violation(Rule.TIME_BACKWARDS, kind.timeColumn(), "time goes backwards: " + Nanos.format(t)
                        + " comes after " + Nanos.format(lastTime) + " (line " + lastLine + ")");
            }
            if (t == lastTime && !kind.isTick()) {
                return new Violation(Rule.DUPLICATE_TIME, kind.timeColumn(), "duplicate timestamp " + Nanos.format(t)
                        + " (also on line " + lastLine + ")");
            }
        }
        Violation v = checkValues(row);
        if (v == null || (flaggedRowsKept && v.rule().storable())) {
            lastTime = t;
            lastLine = line;
        }
        return v;
    }

    private Violation checkValues(int row) {
        for (int i = 0; i < prices.length; i++) {
            long p = prices[i].get(row);
            if (p <= 0) {
                return new Violation(Rule.NON_POSITIVE_PRICE, priceNames.get(i), priceNames.get(i) + " "
                        + FixedPoint.format(p, prices[i].scale()) + (p < 0 ? " is negative" : " is zero"));
            }
        }
        for (LongColumnBuilder s : sizes) {
            if (s.get(row) < 0) {
                return new Violation(Rule.NEGATIVE_VOLUME, s.name(), s.name() + " " + FixedPoint.format(s.get(row), s.scale())
                        + " is negative");
            }
        }
        return switch (kind) {
            case BARS -> ohlc(row, 0, "");
            case QUOTE_BARS -> {
                Violation bid = ohlc(row, 0, "bid ");
                yield bid != null ? bid : ohlc(row, 4, "ask ");
            }
            default -> null;
        };
    }

    /** low &le; open, close &le; high for the four prices starting at {@code first}. */
    private Violation ohlc(int row, int first, String side) {
        int scale = prices[first].scale();
        long o = prices[first].get(row);
        long h = prices[first + 1].get(row);
        long l = prices[first + 2].get(row);
        long c = prices[first + 3].get(row);
        if (h < l) {
            return new Violation(Rule.OHLC, priceNames.get(first + 1), side + "high " + FixedPoint.format(h, scale)
                    + " is below " + side + "low " + FixedPoint.format(l, scale));
        }
        if (o > h || o < l) {
            return new Violation(Rule.OHLC, priceNames.get(first), side + "open " + FixedPoint.format(o, scale)
                    + " is outside " + side + "low..high " + FixedPoint.format(l, scale) + ".." + FixedPoint.format(h, scale));
        }
        if (c > h || c < l) {
            return new Violation(Rule.OHLC, priceNames.get(first + 3), side + "close " + FixedPoint.format(c, scale)
                    + " is outside " + side + "low..high " + FixedPoint.format(l, scale) + ".." + FixedPoint.format(h, scale));
        }
        return null;
    }

    /** The time of the last row that passed, or {@code Long.MIN_VALUE}. */
    public long lastTime() {
        return lastTime;
    }
}
