package io.sextant.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Help, version and usage errors of every command, and the documented exit codes. */
class CommandLineTest {
    @TempDir
    Path tmp;

    /** Every command path, e.g. [], [data], [data, import]. */
    private static List<List<String>> commandPaths() {
        CommandLine root = Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<List<String>> out = new ArrayList<>();
        collect(root, new ArrayList<>(), out);
        return out;
    }

    private static void collect(CommandLine cl, List<String> path, List<List<String>> out) {
        out.add(List.copyOf(path));
        cl.getSubcommands().forEach((name, sub) -> {
            List<String> next = new ArrayList<>(path);
            next.add(name);
            collect(sub, next, out);
        });
    }

    @Test
    void everyCommandHasHelp() {
        List<List<String>> paths = commandPaths();
        assertThat(paths).extracting(p -> String.join(" ", p)).contains("", "demo", "data", "data import", "data list",
                "data show", "data validate", "data resample", "data export", "backtest");
        for (List<String> p : paths) {
            List<String> args = new ArrayList<>(p);
            args.add("--help");
            Cli.Result r = Cli.runRaw(args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", args)).isZero();
            assertThat(r.out()).as(String.join(" ", args)).startsWith("Usage: sextant").contains("-h, --help");
        }
    }

    @Test
    void theTopLevelHelpDocumentsTheExitCodesAndTheWorkspace() {
        Cli.Result r = Cli.runRaw("--help");
        assertThat(r.out()).contains("0  ok", "1  usage error", "2  bad data", "3  internal error", "SEXTANT_HOME",
                "./sextant-data");
    }

    @Test
    void printsItsVersion() {
        Cli.Result r = Cli.runRaw("--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("sextant ").contains("Java 25");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "data frobnicate                          | Unmatched argument",
            "data import --bogus x.csv                | Unknown option: '--bogus'",
            "data import                              | Missing required parameter: 'PATH'",
            "data import --timeframe 7m x.csv         | does not divide a day evenly",
            "data import --tz Mars/Olympus x.csv      | unknown time zone 'Mars/Olympus'",
            "data import --on-error ignore x.csv      | unknown error policy 'ignore'",
            "data import --replace --append x.csv     | mutually exclusive",
            "data show                                | Missing required parameter: 'SYMBOL'",
            "data show AAPL --adjust sideways         | unknown adjustment 'sideways'",
            "data resample SPY                        | Missing required option: '--to=TF'",
            "data export SPY --out x --time-format x  | unknown time format 'x'"})
    void usageErrorsExitWithOne(String args, String message) {
        Cli.Result r = new Cli(tmp).run(args.strip().split("\\s+"));
        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(message);
    }

    @Test
    void anEmptyCatalogListsHelpfully() {
        Cli.Result r = new Cli(tmp).run("data", "list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("is empty").contains("sextant demo");
        Cli.Result json = new Cli(tmp).run("data", "list", "--json");
        assertThat(json.json().isArray()).isTrue();
        assertThat(json.json()).isEmpty();
    }
}
