package io.sextant.data.series;

import java.util.Objects;

/**
 * A column of {@code long} values. Timestamps are epoch nanoseconds UTC with scale 0; prices and
 * sizes are fixed-point raw values, value = raw &times; 10<sup>-scale</sup>.
 *
 * @param name   column name (see {@link ColumnNames})
 * @param values one value per row; exactly as long as the series
 * @param scale  decimals of the fixed-point values (0 for timestamps and counts)
 */
public record LongColumn(String name, long[] values, int scale) implements Column {
    public LongColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
        if (scale < 0 || scale > io.sextant.core.money.FixedPoint.MAX_PRECISION) {
            throw new IllegalArgumentException("column " + name + ": scale " + scale + " outside 0..9");
        }
    }

    @Override
    public int length() {
        return values.length;
    }

    @Override
    public long byteSize() {
        return 8L * values.length;
    }

    /** The value at {@code row} as a double (lossy beyond 15-16 digits). */
    public double doubleAt(int row) {
        return values[row] / (double) io.sextant.core.money.FixedPoint.pow10(scale);
    }
}
