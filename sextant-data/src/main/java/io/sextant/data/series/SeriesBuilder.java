package io.sextant.data.series;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds a {@link SeriesData} row by row. A reader fetches its column builders once, appends one
 * value to each, then {@link #commitRow() commits} the row, or {@link #abortRow() aborts} it when
 * a field turns out bad half-way, which leaves every column as it was before the row.
 */
public final class SeriesBuilder {
    private final SeriesKind kind;
    private final Map<String, LongColumnBuilder> longs = new LinkedHashMap<>();
    private final Map<String, ByteColumnBuilder> bytes = new LinkedHashMap<>();
    private final List<String> order = new ArrayList<>();
    private int rows;
    private SeriesData built;

    /**
     * A builder for the kind's required columns plus the optional ones named.
     *
     * @param kind     the series kind
     * @param optional optional columns to include (each must be one of the kind's)
     * @param capacity expected rows (a hint)
     */
    public SeriesBuilder(SeriesKind kind, Set<String> optional, int capacity) {
        this.kind = kind;
        ScaleGroup prices = new ScaleGroup();
        ScaleGroup sizes = new ScaleGroup();
        List<String> names = new ArrayList<>(kind.requiredColumns());
        for (String o : kind.optionalColumns()) {
            if (optional.contains(o)) {
                names.add(o);
            }
        }
        for (String o : optional) {
            if (!kind.optionalColumns().contains(o)) {
                throw new IllegalArgumentException(kind + " series has no optional column '" + o + "'");
            }
        }
        for (String name : names) {
            order.add(name);
            if (name.equals(ColumnNames.EXCHANGE) || name.equals(ColumnNames.SUSPICIOUS)) {
                bytes.put(name, new ByteColumnBuilder(name, capacity));
            } else {
                ScaleGroup group = kind.priceColumns().contains(name) ? prices
                        : kind.sizeColumns().contains(name) ? sizes : null;
                longs.put(name, new LongColumnBuilder(name, group, capacity));
            }
        }
    }

    public SeriesKind kind() {
        return kind;
    }

    public boolean has(String column) {
        return longs.containsKey(column) || bytes.containsKey(column);
    }

    /** The builder of a numeric column (timestamps, prices, sizes, counts). */
    public LongColumnBuilder longs(String column) {
        LongColumnBuilder b = longs.get(column);
        if (b == null) {
            throw new IllegalArgumentException(kind + " builder has no numeric column '" + column + "'");
        }
        return b;
    }

    public ByteColumnBuilder bytes(String column) {
        ByteColumnBuilder b = bytes.get(column);
        if (b == null) {
            throw new IllegalArgumentException(kind + " builder has no byte column '" + column + "'");
        }
        return b;
    }

    /** Committed rows. */
    public int rows() {
        return rows;
    }

    /** Marks the values appended since the last commit as one complete row. */
    public void commitRow() {
        int next = rows + 1;
        for (LongColumnBuilder b : longs.values()) {
            if (b.size() != next) {
                throw new IllegalStateException("column " + b.name() + " has " + b.size() + " values for row " + next);
            }
        }
        for (Map.Entry<String, ByteColumnBuilder> e : bytes.entrySet()) {
            if (e.getValue().size() != next) {
                throw new IllegalStateException("column " + e.getKey() + " has " + e.getValue().size()
                        + " values for row " + next);
            }
        }
        rows = next;
    }

    /** Forgets the values appended since the last commit. */
    public void abortRow() {
        truncate(rows);
    }

    /** Removes the last committed row (a row that parsed but failed validation and is dropped). */
    public void dropLastRow() {
        if (rows == 0) {
            throw new IllegalStateException("no row to drop");
        }
        truncate(--rows);
    }

    private void truncate(int n) {
        for (LongColumnBuilder b : longs.values()) {
            b.truncate(n);
        }
        for (ByteColumnBuilder b : bytes.values()) {
            b.truncate(n);
        }
    }

    /** The rows committed so far, as a series; the builder is spent afterwards (build again returns the same series). */
    public SeriesData build() {
        if (built != null) {
            return built;
        }
        abortRow();
        List<Column> columns = new ArrayList<>(order.size());
        for (String name : order) {
            LongColumnBuilder l = longs.get(name);
            columns.add(l != null ? l.build() : bytes.get(name).build());
        }
        built = new SeriesData(kind, columns);
        return built;
    }
}
