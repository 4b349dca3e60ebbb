package io.sextant.cli;

import io.sextant.data.catalog.WriteMode;
import picocli.CommandLine.Option;

/** {@code --replace} or {@code --append}, never both. */
final class WriteModeOptions {
    @Option(names = "--replace", description = "Replace series already in the catalog.")
    boolean replace;

    @Option(names = "--append", description = "Add newer rows to series already in the catalog (overlapping rows must "
            + "repeat the stored ones exactly).")
    boolean append;

    static WriteMode of(WriteModeOptions o) {
        if (o == null) {
            return WriteMode.CREATE;
        }
        return o.replace ? WriteMode.REPLACE : o.append ? WriteMode.APPEND : WriteMode.CREATE;
    }
}
