package io.sextant.cli;

import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.SeriesEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sextant data list}. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List the series in the catalog.")
public final class ListCommand implements Callable<Integer> {
    @ParentCommand
    DataCommand data;

    @Spec
    CommandSpec spec;

    @Option(names = "--symbol", description = "Only this symbol.")
    String symbol;

    @Option(names = "--json", description = "Print the catalog entries as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Catalog catalog = Catalog.at(data.parent.workspace());
        List<SeriesEntry> entries = symbol == null ? catalog.list() : catalog.find(symbol);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, entries);
            return ExitCodes.OK;
        }
        if (entries.isEmpty()) {
            out.println(symbol == null ? "The catalog at " + catalog.root() + " is empty. Import data with "
                    + "'sextant data import PATH' or run 'sextant demo'." : "No series for " + symbol + ".");
            return ExitCodes.OK;
        }
        Table t = new Table("SYMBOL", "SERIES", "ROWS", "FIRST", "LAST", "ZONE", "NOTES");
        for (SeriesEntry e : entries) {
            List<String> facts = Facts.of(e);
            t.row(e.symbol(), Facts.series(e), Facts.count(e.rows()), Facts.first(e), Facts.last(e), e.zone(),
                    facts.isEmpty() ? "-" : facts.size() == 1 ? facts.getFirst() : facts.getFirst() + " (+" + (facts.size() - 1)
                            + " more: data show)");
        }
        t.print(out);
        out.println(entries.size() + " series in " + catalog.root());
        return ExitCodes.OK;
    }
}
