package io.sextant.data.series;

import java.util.Objects;

/**
 * A column of small codes or flags, one byte per row (an exchange letter, a suspicious flag).
 *
 * @param name   column name (see {@link ColumnNames})
 * @param values one value per row
 */
public record ByteColumn(String name, byte[] values) implements Column {
    public ByteColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(values, "values");
    }

    @Override
    public int length() {
        return values.length;
    }

    @Override
    public long byteSize() {
        return values.length;
    }
}
