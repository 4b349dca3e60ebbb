package io.sextant.data.catalog;

import io.sextant.core.time.LiveClock;
import io.sextant.data.importer.ImportOptions;
import io.sextant.data.importer.ImportProgress;
import io.sextant.data.importer.ImportResult;
import io.sextant.data.importer.Importer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Run in a child JVM by {@link CatalogCrashTest}: imports the inputs into the workspace with {@code --replace}, so the
 * test can halt it at a fault point ({@code -Dsextant.crashAt}) or kill it.
 */
public final class CrashWriter {
    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        List<String> inputs = Arrays.asList(args).subList(1, args.length);
        ImportResult r = new Importer().read(inputs, ImportOptions.defaults(), ImportProgress.NONE);
        Catalog.at(workspace).write(r.series(), WriteMode.REPLACE, "reject", new LiveClock());
        System.exit(0);
    }
}
