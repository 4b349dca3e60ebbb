package io.sextant.data.series;

import java.util.List;
import java.util.Locale;

import static io.sextant.data.series.ColumnNames.*;

/**
 * What a series holds, and the columns that make it up. Bars carry explicit open and close times;
 * ticks carry one time.
 */
public enum SeriesKind {
    /** Trade (OHLCV) bars. */
    BARS("bars", List.of(TS_OPEN, TS_CLOSE, OPEN, HIGH, LOW, CLOSE), List.of(VOLUME, VWAP, ColumnNames.TRADES),
            List.of(OPEN, HIGH, LOW, CLOSE), List.of(VOLUME)),
    /** Bid and ask OHLC bars (LEAN quote bars, FX hour/daily). */
    QUOTE_BARS("quote-bars", List.of(TS_OPEN, TS_CLOSE, BID_OPEN, BID_HIGH, BID_LOW, BID_CLOSE,
            ASK_OPEN, ASK_HIGH, ASK_LOW, ASK_CLOSE), List.of(BID_SIZE, ASK_SIZE),
            List.of(BID_OPEN, BID_HIGH, BID_LOW, BID_CLOSE, ASK_OPEN, ASK_HIGH, ASK_LOW, ASK_CLOSE),
            List.of(BID_SIZE, ASK_SIZE)),
    /** Trade ticks. */
    TRADES("trades", List.of(TS, PRICE, SIZE), List.of(EXCHANGE, CONDITION, SUSPICIOUS),
            List.of(PRICE), List.of(SIZE)),
    /** Top-of-book quote ticks. */
    QUOTES("quotes", List.of(TS, BID, ASK), List.of(BID_SIZE, ASK_SIZE),
            List.of(BID, ASK), List.of(BID_SIZE, ASK_SIZE));

    private final String label;
    private final List<String> required;
    private final List<String> optional;
    private final List<String> prices;
    private final List<String> sizes;

    SeriesKind(String label, List<String> required, List<String> optional, List<String> prices, List<String> sizes) {
        this.label = label;
        this.required = required;
        this.optional = optional;
        this.prices = prices;
        this.sizes = sizes;
    }

    /** The name used on the command line and in files: {@code bars}, {@code quote-bars}, {@code trades}, {@code quotes}. */
    public String label() {
        return label;
    }

    public List<String> requiredColumns() {
        return required;
    }

    public List<String> optionalColumns() {
        return optional;
    }

    /** The price columns; they share one scale, so they compare raw against raw. */
    public List<String> priceColumns() {
        return prices;
    }

    /** The size and volume columns; they share one scale. */
    public List<String> sizeColumns() {
        return sizes;
    }

    /** True for tick kinds, which have one timestamp per row and no timeframe. */
    public boolean isTick() {
        return this == TRADES || this == QUOTES;
    }

    /** The column that orders rows in time. */
    public String timeColumn() {
        return isTick() ? TS : TS_OPEN;
    }

    public static SeriesKind parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (SeriesKind k : values()) {
            if (k.label.equals(t) || k.name().equalsIgnoreCase(t.replace('-', '_'))) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown series kind '" + text + "': use bars, quote-bars, trades or quotes");
    }

    @Override
    public String toString() {
        return label;
    }
}
