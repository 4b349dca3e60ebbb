package io.sextant.data.series;

/**
 * One named column of a series: primitive values, one per row. Columns are immutable once built
 * (the arrays are not copied, so do not change them).
 */
public sealed interface Column permits LongColumn, ByteColumn {

    String name();

    int length();

    /** Bytes the values take in memory and on disk. */
    long byteSize();
}
