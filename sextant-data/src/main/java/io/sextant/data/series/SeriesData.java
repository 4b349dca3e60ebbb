package io.sextant.data.series;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rows of one series as primitive columns: what the catalog stores and loads. Immutable; the
 * column arrays are shared, not copied, so treat them as read-only.
 */
public final class SeriesData {
    private final SeriesKind kind;
    private final int rows;
    private final List<Column> columns;
    private final Map<String, Column> byName;

    public SeriesData(SeriesKind kind, List<Column> columns) {
        this.kind = kind;
        this.columns = List.copyOf(columns);
        Map<String, Column> map = new LinkedHashMap<>();
        int n = columns.isEmpty() ? 0 : columns.getFirst().length();
        for (Column c : columns) {
            if (map.put(c.name(), c) != null) {
                throw new IllegalArgumentException(kind + " series has column '" + c.name() + "' twice");
            }
            if (c.length() != n) {
                throw new IllegalArgumentException(kind + " series: column '" + c.name() + "' has " + c.length()
                        + " rows, '" + columns.getFirst().name() + "' has " + n);
            }
            if (!kind.requiredColumns().contains(c.name()) && !kind.optionalColumns().contains(c.name())) {
                throw new IllegalArgumentException(kind + " series cannot hold a column named '" + c.name() + "'");
            }
        }
        for (String required : kind.requiredColumns()) {
            if (!map.containsKey(required)) {
                throw new IllegalArgumentException(kind + " series lacks the required column '" + required + "'");
            }
        }
        requireOneScale(kind, kind.priceColumns(), map);
        requireOneScale(kind, kind.sizeColumns(), map);
        this.rows = n;
        this.byName = Collections.unmodifiableMap(map);
    }

    /** Price columns compare raw against raw (low <= open, bid vs ask), so they must share one scale; so must sizes. */
    private static void requireOneScale(SeriesKind kind, List<String> group, Map<String, Column> columns) {
        Integer scale = null;
        for (String name : group) {
            if (columns.get(name) instanceof LongColumn c) {
                if (scale != null && c.scale() != scale) {
                    throw new IllegalArgumentException(kind + " series: columns " + group + " must share one scale, but "
                            + name + " has " + c.scale() + " and another has " + scale);
                }
                scale = c.scale();
            }
        }
    }

    public SeriesKind kind() {
        return kind;
    }

    public int rows() {
        return rows;
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    public List<Column> columns() {
        return columns;
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** The named {@code long} column; throws if the series has none by that name. */
    public LongColumn longs(String name) {
        if (byName.get(name) instanceof LongColumn c) {
            return c;
        }
        throw new IllegalArgumentException(kind + " series has no numeric column '" + name + "'");
    }

    public Optional<LongColumn> optionalLongs(String name) {
        return byName.get(name) instanceof LongColumn c ? Optional.of(c) : Optional.empty();
    }

    public Optional<ByteColumn> optionalBytes(String name) {
        return byName.get(name) instanceof ByteColumn c ? Optional.of(c) : Optional.empty();
    }

    /** The time that orders rows: bar opens or tick times, epoch ns UTC. */
    public long[] times() {
        return longs(kind.timeColumn()).values();
    }

    public long firstTime() {
        return times()[0];
    }

    public long lastTime() {
        return times()[rows - 1];
    }

    /** Bytes the columns take in memory. */
    public long byteSize() {
        long sum = 0;
        for (Column c : columns) {
            sum += c.byteSize();
        }
        return sum;
    }

    /** Rows {@code from} (inclusive) to {@code to} (exclusive), copied. */
    public SeriesData slice(int from, int to) {
        if (from < 0 || to > rows || from > to) {
            throw new IndexOutOfBoundsException("slice " + from + ".." + to + " of " + rows + " rows");
        }
        List<Column> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(switch (c) {
                case LongColumn l -> new LongColumn(l.name(), java.util.Arrays.copyOfRange(l.values(), from, to), l.scale());
                case ByteColumn b -> new ByteColumn(b.name(), java.util.Arrays.copyOfRange(b.values(), from, to));
            });
        }
        return new SeriesData(kind, out);
    }

    /** The index of the first row at or after {@code ts} (binary search on the time column). */
    public int indexAtOrAfter(long ts) {
        long[] t = times();
        int lo = 0;
        int hi = rows;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (t[mid] < ts) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Rows with time in [{@code fromTs}, {@code toTs}). */
    public SeriesData between(long fromTs, long toTs) {
        int from = indexAtOrAfter(fromTs);
        int to = Math.max(from, indexAtOrAfter(toTs));
        return from == 0 && to == rows ? this : slice(from, to);
    }

    /**
     * Parts of the same kind and columns joined in order. Each numeric column takes the largest
     * scale among the parts, so no digits are lost (and price columns that shared a scale still do).
     */
    public static SeriesData concat(List<SeriesData> parts) {
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("nothing to join");
        }
        if (parts.size() == 1) {
            return parts.getFirst();
        }
        SeriesData first = parts.getFirst();
        int total = 0;
        for (SeriesData p : parts) {
            if (p.kind != first.kind || !p.byName.keySet().equals(first.byName.keySet())) {
                throw new IllegalArgumentException("cannot join a " + p.kind + " series with columns " + p.byName.keySet()
                        + " to a " + first.kind + " series with columns " + first.byName.keySet());
            }
            total = Math.addExact(total, p.rows);
        }
        List<Column> out = new ArrayList<>();
        for (Column c : first.columns) {
            switch (c) {
                case LongColumn l -> {
                    int scale = 0;
                    for (SeriesData p : parts) {
                        scale = Math.max(scale, p.longs(l.name()).scale());
                    }
                    long[] values = new long[total];
                    int at = 0;
                    for (SeriesData p : parts) {
                        LongColumn pc = p.longs(l.name());
                        Rescale.copy(pc.values(), pc.scale(), values, at, scale, l.name());
                        at += pc.length();
                    }
                    out.add(new LongColumn(l.name(), values, scale));
                }
                case ByteColumn b -> {
                    byte[] values = new byte[total];
                    int at = 0;
                    for (SeriesData p : parts) {
                        byte[] src = p.optionalBytes(b.name()).orElseThrow().values();
                        System.arraycopy(src, 0, values, at, src.length);
                        at += src.length;
                    }
                    out.add(new ByteColumn(b.name(), values));
                }
            }
        }
        return new SeriesData(first.kind, out);
    }
}
