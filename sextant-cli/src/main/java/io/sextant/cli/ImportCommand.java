package io.sextant.cli;

import io.sextant.core.time.LiveClock;
import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.Written;
import io.sextant.data.importer.ImportOptions;
import io.sextant.data.importer.ImportResult;
import io.sextant.data.importer.Importer;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code sextant data import PATH...}. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Import market data files into the catalog, all or nothing.",
                "PATH may be a file, a folder (read recursively) or a glob. The layout of each file is detected; "
                        + "every row is validated (time order, positive prices, low <= open/close <= high, volume >= 0).",
                "A series already in the catalog needs --replace or --append."})
public final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    DataCommand data;

    @Spec
    CommandSpec spec;

    @Mixin
    ReadOptions read;

    @ArgGroup(exclusive = true)
    WriteModeOptions mode;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or globs to import.")
    List<String> paths;

    @Override
    public Integer call() throws Exception {
        ImportOptions options = read.toImportOptions();
        long t0 = System.nanoTime();
        ImportResult result;
        List<Written> written;
        try (Progress progress = new Progress("Importing")) {
            result = new Importer().read(paths, options, progress);
        }
        written = Catalog.at(data.parent.workspace()).write(result.series(), WriteModeOptions.of(mode),
                options.onError().toString(), new LiveClock());
        ImportReport report = ImportReport.of(result, written, (System.nanoTime() - t0) / 1e9);
        if (json) {
            Json.print(spec.commandLine().getOut(), report);
        } else {
            report.print(spec.commandLine().getOut(), "Imported");
        }
        return ExitCodes.OK;
    }
}
