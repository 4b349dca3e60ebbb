package io.sextant.bench;

import io.sextant.core.time.LiveClock;
import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.WriteMode;
import io.sextant.data.catalog.Written;
import io.sextant.data.importer.ImportOptions;
import io.sextant.data.importer.ImportProgress;
import io.sextant.data.importer.ImportResult;
import io.sextant.data.importer.Importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What {@code sextant data import <path>} does: read and check every source, then one atomic catalog write. */
final class ImportPipeline {
    private ImportPipeline() {
    }

    /** Imports {@code input} into a new catalog in {@code workspace}; fails unless it wrote {@code expectedRows}. */
    static List<Written> run(Path input, Path workspace, long expectedRows) throws IOException {
        ImportResult result = new Importer().read(List.of(input.toString()), ImportOptions.defaults(),
                ImportProgress.NONE);
        List<Written> written = Catalog.at(workspace).write(result.series(), WriteMode.CREATE, "reject",
                new LiveClock());
        long rows = 0;
        for (Written w : written) {
            rows += w.rowsAdded();
        }
        if (rows != expectedRows) {
            throw new IllegalStateException("imported " + rows + " rows from " + input + ", expected " + expectedRows);
        }
        return written;
    }
}
