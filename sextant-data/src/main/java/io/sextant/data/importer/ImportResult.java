package io.sextant.data.importer;

import java.util.List;

/**
 * What an import read, before it is written to the catalog.
 *
 * @param series  the series, in key order
 * @param skipped files not read, with the reason
 * @param sources number of sources read
 * @param bytes   bytes of input read (uncompressed where known)
 */
public record ImportResult(List<ImportedSeries> series, List<String> skipped, int sources, long bytes) {

    public long rows() {
        return series.stream().mapToLong(s -> s.data().rows()).sum();
    }
}
