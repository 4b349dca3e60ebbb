package io.sextant.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sextant data}: the market-data catalog. */
@Command(name = "data", mixinStandardHelpOptions = true, description = "Import, check, list, show, resample and export "
        + "market data.",
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, ValidateCommand.class,
                ResampleCommand.class, ExportCommand.class})
public final class DataCommand implements Runnable {
    @ParentCommand
    SextantCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
