package io.sextant.data.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Maps header names to fields by the names market data files commonly use. */
final class HeaderNames {
    private static final Map<String, List<String>> SYNONYMS = new LinkedHashMap<>();

    static {
        // ts_open: the bar time column of Sextant's own CSV export, so an export reads back without --columns.
        SYNONYMS.put("ts", List.of("date", "datetime", "timestamp", "time", "open_time", "opentime", "ts", "t", "start",
                "date_time", "time_utc", "timestamp_utc", "ts_open"));
        SYNONYMS.put("open", List.of("open", "o", "open_price", "openprice"));
        SYNONYMS.put("high", List.of("high", "h", "high_price", "highprice"));
        SYNONYMS.put("low", List.of("low", "l", "low_price", "lowprice"));
        SYNONYMS.put("close", List.of("close", "c", "close_price", "closeprice", "last"));
        SYNONYMS.put("volume", List.of("volume", "vol", "v", "base_volume"));
        SYNONYMS.put("price", List.of("price", "px", "trade_price"));
        SYNONYMS.put("size", List.of("size", "qty", "quantity", "amount", "trade_size"));
        SYNONYMS.put("bid", List.of("bid", "bid_price", "bidprice", "best_bid"));
        SYNONYMS.put("ask", List.of("ask", "ask_price", "askprice", "best_ask", "offer"));
        SYNONYMS.put("bid_size", List.of("bid_size", "bidsize", "bid_qty", "bid_volume"));
        SYNONYMS.put("ask_size", List.of("ask_size", "asksize", "ask_qty", "ask_volume"));
        // The other columns Sextant's own export writes, so exports read back without loss.
        SYNONYMS.put("ts_close", List.of("ts_close", "end_time", "endtime", "time_close"));
        SYNONYMS.put("vwap", List.of("vwap"));
        SYNONYMS.put("trades", List.of("trades", "trade_count", "num_trades", "n_trades"));
        SYNONYMS.put("exchange", List.of("exchange"));
        SYNONYMS.put("condition", List.of("condition", "sale_condition"));
        SYNONYMS.put("suspicious", List.of("suspicious"));
    }

    private HeaderNames() {
    }

    /** Field name to 0-based index for every header name recognised; first match wins. */
    static Map<String, Integer> map(List<String> header) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = normalize(header.get(i));
            for (Map.Entry<String, List<String>> e : SYNONYMS.entrySet()) {
                if (!out.containsKey(e.getKey()) && e.getValue().contains(h)) {
                    out.put(e.getKey(), i);
                    break;
                }
            }
        }
        return out;
    }

    static String normalize(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace("\"", "");
    }

    /** True if the header names a value Sextant recognises for a bar, trade or quote. */
    static boolean looksLikeHeader(List<String> fields) {
        Map<String, Integer> m = map(fields);
        return m.containsKey("ts") && (m.containsKey("close") || m.containsKey("price") || m.containsKey("bid"));
    }
}
