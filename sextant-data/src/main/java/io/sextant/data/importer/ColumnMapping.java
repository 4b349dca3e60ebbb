package io.sextant.data.importer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which source column feeds which field, given by header name or by 0-based index:
 * {@code ts=Date,open=Open,high=High,low=Low,close=Close,volume=Volume} or {@code ts=0,price=1,size=2}.
 * Fields: {@code ts}, {@code open}, {@code high}, {@code low}, {@code close}, {@code volume}, {@code price},
 * {@code size}, {@code bid}, {@code ask}, {@code bid_size}, {@code ask_size}, and the optional {@code ts_close}
 * (the bar's close time), {@code vwap}, {@code trades} (a count), {@code exchange} (a letter), {@code condition}
 * (a whole number) and {@code suspicious} (0/1).
 *
 * @param fields field name to source column reference (a header name or an index)
 */
public record ColumnMapping(Map<String, String> fields) {

    /** The fields a mapping may name. */
    public static final Set<String> KNOWN = Set.of("ts", "open", "high", "low", "close", "volume", "price", "size",
            "bid", "ask", "bid_size", "ask_size", "ts_close", "vwap", "trades", "exchange", "condition", "suspicious");

    public ColumnMapping {
        fields = Map.copyOf(fields);
        for (String f : fields.keySet()) {
            if (!KNOWN.contains(f)) {
                throw new IllegalArgumentException("unknown field '" + f + "' in the column mapping; known fields: "
                        + String.join(", ", List.copyOf(new java.util.TreeSet<>(KNOWN))));
            }
        }
        if (!fields.containsKey("ts")) {
            throw new IllegalArgumentException("the column mapping must name the timestamp column, e.g. ts=Date or ts=0");
        }
    }

    /** Parses {@code field=column,field=column}. */
    public static ColumnMapping parse(String text) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            if (eq <= 0 || eq == p.length() - 1) {
                throw new IllegalArgumentException("bad column mapping '" + p + "': write field=column, e.g. close=Close or close=4");
            }
            String field = p.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (map.put(field, p.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("field '" + field + "' is mapped twice");
            }
        }
        return new ColumnMapping(map);
    }

    /**
     * The 0-based index of each mapped field in {@code header} (null if the source has no header:
     * then references must be indices).
     */
    public Map<String, Integer> resolve(List<String> header, String source) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : fields.entrySet()) {
            String ref = e.getValue();
            int index = -1;
            if (ref.chars().allMatch(Character::isDigit)) {
                index = Integer.parseInt(ref);
            } else if (header != null) {
                for (int i = 0; i < header.size(); i++) {
                    if (header.get(i).strip().equalsIgnoreCase(ref)) {
                        index = i;
                        break;
                    }
                }
            }
            if (index < 0) {
                throw new BadInputException(source + ": column '" + ref + "' (for " + e.getKey() + ") is not in the header"
                        + (header == null ? " (the file has no header: map by index, e.g. close=4)" : " " + header));
            }
            out.put(e.getKey(), index);
        }
        return out;
    }
}
