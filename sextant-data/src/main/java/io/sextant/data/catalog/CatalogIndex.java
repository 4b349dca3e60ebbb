package io.sextant.data.catalog;

import java.util.List;

/**
 * The catalog's table of contents, stored as {@code catalog.json} and replaced atomically on every
 * write: a reader sees either the old index or the new one, never a mix.
 *
 * @param format  index format version
 * @param series  the series, in key order
 */
public record CatalogIndex(int format, List<SeriesEntry> series) {
    public static final int FORMAT = 1;

    public CatalogIndex {
        series = List.copyOf(series);
    }

    public static CatalogIndex empty() {
        return new CatalogIndex(FORMAT, List.of());
    }
}
