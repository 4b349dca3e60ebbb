package io.sextant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.sextant.data.catalog.CatalogJson;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Runs the sextant command line in-process against a workspace and captures what it prints. */
final class Cli {
    private final Path workspace;

    Cli(Path workspace) {
        this.workspace = workspace;
    }

    /**
     * One run.
     *
     * @param exit the exit code
     * @param out  stdout
     * @param err  stderr
     */
    record Result(int exit, String out, String err) {
        JsonNode json() {
            try {
                return CatalogJson.mapper().readTree(out);
            } catch (Exception e) {
                throw new AssertionError("stdout is not JSON: " + out, e);
            }
        }

        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "\n--- stderr\n" + err;
        }
    }

    Result run(String... args) {
        List<String> all = new ArrayList<>();
        all.add("--workspace");
        all.add(workspace.toString());
        all.addAll(Arrays.asList(args));
        return runRaw(all.toArray(String[]::new));
    }

    static Result runRaw(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Result(exit, out.toString(), err.toString());
    }
}
