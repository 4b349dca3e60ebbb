package io.sextant.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.nio.file.Path;

/** The top-level {@code sextant} command. */
@Command(name = "sextant", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Sextant: systematic trading and portfolio risk on real market data.",
        subcommands = {DemoCommand.class, DataCommand.class, BacktestCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ok", "  1  usage error (unknown command or option, bad argument)",
                "  2  bad data (unreadable input, rows that break the rules, catalog conflicts); nothing was changed",
                "  3  internal error",
                "%nThe workspace (catalog and results) is ./sextant-data unless --workspace or SEXTANT_HOME says otherwise."})
public final class SextantCommand implements Runnable {

    @Option(names = "--workspace", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Workspace folder (default: $SEXTANT_HOME, else ./sextant-data).")
    Path workspace;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The workspace folder: the option, else {@code SEXTANT_HOME}, else {@code ./sextant-data}. */
    Path workspace() {
        if (workspace != null) {
            return workspace;
        }
        String env = System.getenv("SEXTANT_HOME");
        return Path.of(env != null && !env.isBlank() ? env : "sextant-data");
    }
}
