package io.sextant.data.importer;

import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Turns a field-to-index mapping into the series kind and the column targets of a {@link CsvSpec}. */
final class CsvMappings {
    private CsvMappings() {
    }

    private static void optional(List<Target> t, Map<String, Integer> m, String field, String column, FieldType type) {
        if (m.containsKey(field)) {
            t.add(new Target(column, m.get(field), type, 0));
        }
    }

    /** Bars if a close is mapped, quotes if bid and ask are, trades if a price is. */
    static SeriesKind kindOf(Map<String, Integer> m, String source) {
        if (m.containsKey("close")) {
            return SeriesKind.BARS;
        }
        if (m.containsKey("bid") && m.containsKey("ask")) {
            return SeriesKind.QUOTES;
        }
        if (m.containsKey("price")) {
            return SeriesKind.TRADES;
        }
        throw new BadInputException(source + ": the columns map to no known series: bars need close (and usually open, "
                + "high, low, volume), trades need price and size, quotes need bid and ask; mapped: " + m.keySet());
    }

    /**
     * The targets for {@code kind}. Bars without open/high/low take the close for them (a close-only
     * series); trades need a size.
     */
    static List<Target> targets(SeriesKind kind, Map<String, Integer> m, String source) {
        List<Target> t = new ArrayList<>();
        switch (kind) {
            case BARS -> {
                int close = m.get("close");
                t.add(Target.decimal(ColumnNames.OPEN, m.getOrDefault("open", close)));
                t.add(Target.decimal(ColumnNames.HIGH, m.getOrDefault("high", close)));
                t.add(Target.decimal(ColumnNames.LOW, m.getOrDefault("low", close)));
                t.add(Target.decimal(ColumnNames.CLOSE, close));
                if (m.containsKey("volume")) {
                    t.add(Target.decimal(ColumnNames.VOLUME, m.get("volume")));
                }
                optional(t, m, "ts_close", ColumnNames.TS_CLOSE, FieldType.TIME);
                optional(t, m, "vwap", ColumnNames.VWAP, FieldType.DECIMAL);
                optional(t, m, "trades", ColumnNames.TRADES, FieldType.INTEGER);
            }
            case TRADES -> {
                if (!m.containsKey("size")) {
                    throw new BadInputException(source + ": trades need a size column (size, qty, quantity or amount); "
                            + "map it with --columns size=NAME");
                }
                t.add(Target.decimal(ColumnNames.PRICE, m.get("price")));
                t.add(Target.decimal(ColumnNames.SIZE, m.get("size")));
                optional(t, m, "exchange", ColumnNames.EXCHANGE, FieldType.LETTER);
                optional(t, m, "condition", ColumnNames.CONDITION, FieldType.INTEGER);
                optional(t, m, "suspicious", ColumnNames.SUSPICIOUS, FieldType.FLAG);
            }
            case QUOTES -> {
                t.add(Target.decimal(ColumnNames.BID, m.get("bid")));
                t.add(Target.decimal(ColumnNames.ASK, m.get("ask")));
                if (m.containsKey("bid_size") && m.containsKey("ask_size")) {
                    t.add(Target.decimal(ColumnNames.BID_SIZE, m.get("bid_size")));
                    t.add(Target.decimal(ColumnNames.ASK_SIZE, m.get("ask_size")));
                }
            }
            default -> throw new IllegalArgumentException("no CSV mapping for " + kind);
        }
        return t;
    }
}
