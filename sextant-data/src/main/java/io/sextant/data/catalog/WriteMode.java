package io.sextant.data.catalog;

/** What to do when a series being written is already in the catalog. */
public enum WriteMode {
    /** Refuse: the user must say {@code --replace} or {@code --append}. The default. */
    CREATE,
    /** Replace the stored series with the new one. */
    REPLACE,
    /**
     * Add the new rows after the stored ones. Rows that overlap the stored range must be identical
     * to the stored rows (they are skipped and counted); any difference is refused and explained.
     */
    APPEND
}
