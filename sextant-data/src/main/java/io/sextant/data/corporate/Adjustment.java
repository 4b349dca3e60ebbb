package io.sextant.data.corporate;

import java.util.Locale;

/**
 * How prices are shown. {@link #RAW}: as traded. {@link #SPLIT}: earlier prices multiplied by the
 * split factor (and volumes divided by it), so splits leave no jump. {@link #TOTAL_RETURN}: also
 * multiplied by the dividend (price) factor, so a buy-and-hold return includes reinvested
 * dividends. Adjusted prices are rounded half-even to four more decimals than the raw prices
 * (at most nine); adjusted volumes half-even to the volume's decimals.
 */
public enum Adjustment {
    RAW,
    SPLIT,
    TOTAL_RETURN;

    public static Adjustment parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT).replace('_', '-')) {
            case "raw", "none" -> RAW;
            case "split", "split-adjusted" -> SPLIT;
            case "total-return", "total", "adjusted", "tr" -> TOTAL_RETURN;
            default -> throw new IllegalArgumentException("unknown adjustment '" + text + "': use raw, split or total-return");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
