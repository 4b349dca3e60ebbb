package io.sextant.cli;

import io.sextant.data.corporate.FactorFileException;
import io.sextant.data.importer.BadInputException;
import io.sextant.data.store.CorruptSeriesFileException;
import picocli.CommandLine;

import java.io.PrintWriter;

/**
 * The {@code sextant} command. Maps outcomes to exit codes: 0 ok, 1 usage, 2 bad data, 3 internal.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with the given output streams; returns the exit code. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        return cl.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new SextantCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(Main::exitCode);
        cl.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            e.getCommandLine().getErr().println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
                    + " --help' for usage.");
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            int code = exitCode(e);
            PrintWriter w = c.getErr();
            if (code == ExitCodes.INTERNAL) {
                w.println("internal error: " + e);
                e.printStackTrace(w);
            } else if (code == ExitCodes.USAGE) {
                w.println("error: " + e.getMessage());
            } else {
                w.println("error: " + e.getMessage());
            }
            w.flush();
            return code;
        });
        return cl;
    }

    static int exitCode(Throwable e) {
        if (e instanceof BadInputException || e instanceof FactorFileException || e instanceof CorruptSeriesFileException) {
            return ExitCodes.BAD_DATA;
        }
        if (e instanceof UsageException || e instanceof CommandLine.ParameterException) {
            return ExitCodes.USAGE;
        }
        return ExitCodes.INTERNAL;
    }
}
