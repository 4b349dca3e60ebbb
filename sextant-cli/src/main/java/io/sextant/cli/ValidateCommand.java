package io.sextant.cli;

import io.sextant.core.time.Nanos;
import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.SeriesEntry;
import io.sextant.data.importer.BadInputException;
import io.sextant.data.importer.ImportResult;
import io.sextant.data.importer.ImportedSeries;
import io.sextant.data.importer.Importer;
import io.sextant.data.series.SeriesData;
import io.sextant.data.store.CorruptSeriesFileException;
import io.sextant.data.validate.SeriesReview;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sextant data validate [PATH...]}. */
@Command(name = "validate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check data without changing the catalog.",
                "With PATHs: read and validate the files exactly as 'data import' would, and report (exit 2 if the "
                        + "import would be rejected).",
                "Without PATHs: re-read every stored series (or those of --symbol), verify its checksums and time order, "
                        + "and report its validation flags and gaps."})
public final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    DataCommand data;

    @Spec
    CommandSpec spec;

    @Mixin
    ReadOptions read;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Files, folders or globs to check (default: the catalog).")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        return paths.isEmpty() ? checkCatalog() : checkFiles();
    }

    private int checkFiles() throws Exception {
        long t0 = System.nanoTime();
        ImportResult result;
        try (Progress progress = new Progress("Validating")) {
            result = new Importer().read(paths, read.toImportOptions(), progress);
        }
        List<ImportReport.Line> lines = new ArrayList<>();
        for (ImportedSeries s : result.series()) {
            lines.add(new ImportReport.Line(s.key().symbol(), s.key().timeframe() == null ? s.key().kind().label()
                    : s.key().timeframe() + " " + s.key().kind().label(), "checked", s.data().rows(), 0,
                    Nanos.format(s.data().firstTime()), Nanos.format(s.data().lastTime()), facts(s), null));
        }
        ImportReport report = new ImportReport(result.sources(), result.rows(), (System.nanoTime() - t0) / 1e9, lines,
                List.of(), List.of(), result.skipped());
        if (json) {
            Json.print(spec.commandLine().getOut(), report);
        } else {
            report.print(spec.commandLine().getOut(), "Checked (nothing imported)");
        }
        return ExitCodes.OK;
    }

    private static List<String> facts(ImportedSeries s) {
        List<String> out = new ArrayList<>();
        s.review().stats().forEach((k, v) -> out.add(Facts.count(v.count()) + " " + k));
        if (s.review().gaps() != null && s.review().gaps().hasGaps()) {
            out.add(s.review().gaps().summary());
        }
        if (s.log().droppedCount() > 0) {
            out.add(Facts.count(s.log().droppedCount()) + " rows would be dropped");
        }
        if (s.log().flaggedCount() > 0) {
            out.add(Facts.count(s.log().flaggedCount()) + " rows would be flagged");
        }
        out.addAll(s.review().notes());
        return out;
    }

    /**
     * The check of one stored series.
     *
     * @param symbol  symbol
     * @param series  timeframe and kind
     * @param ok      true if the file is intact and its rows in order
     * @param problem what is wrong, or null
     * @param facts   validation flags and gaps
     */
    record Checked(String symbol, String series, boolean ok, String problem, List<String> facts) {
    }

    private int checkCatalog() throws Exception {
        Catalog catalog = Catalog.at(data.parent.workspace());
        List<SeriesEntry> entries = read.symbol == null ? catalog.list() : catalog.find(read.symbol);
        List<Checked> checked = new ArrayList<>();
        for (SeriesEntry e : entries) {
            String problem = null;
            List<String> facts = Facts.of(e);
            try {
                SeriesData d = catalog.load(e);
                problem = consistency(e, d);
                if (problem == null) {
                    SeriesReview review = SeriesReview.of(d, e.key().timeframe(), e.traits());
                    if (!review.stats().equals(e.validation().stats())) {
                        problem = "stored validation flags do not match the data: stored " + e.validation().stats()
                                + ", found " + review.stats();
                    }
                }
            } catch (CorruptSeriesFileException | java.nio.file.NoSuchFileException ex) {
                problem = ex.getMessage();
            }
            checked.add(new Checked(e.symbol(), Facts.series(e), problem == null, problem, facts));
        }
        PrintWriter out = spec.commandLine().getOut();
        long bad = checked.stream().filter(c -> !c.ok()).count();
        if (json) {
            Json.print(out, checked);
        } else {
            Table t = new Table("SYMBOL", "SERIES", "STATUS", "NOTES");
            for (Checked c : checked) {
                t.row(c.symbol(), c.series(), c.ok() ? "ok" : "BAD", c.ok() ? (c.facts().isEmpty() ? "-"
                        : String.join("; ", c.facts())) : c.problem());
            }
            t.print(out);
            out.println(checked.size() + " series checked in " + catalog.root() + ", " + bad + " bad");
        }
        if (bad > 0) {
            throw new BadInputException(bad + " of " + checked.size() + " stored series failed their checks");
        }
        return ExitCodes.OK;
    }

    /** Row count, first/last time and time order as the index says; null if they agree. */
    private static String consistency(SeriesEntry e, SeriesData d) {
        if (d.rows() != e.rows()) {
            return "the file holds " + d.rows() + " rows, the index says " + e.rows();
        }
        if (d.rows() > 0 && (d.firstTime() != e.firstTs() || d.lastTime() != e.lastTs())) {
            return "the file's first/last times differ from the index";
        }
        long[] t = d.times();
        for (int i = 1; i < t.length; i++) {
            if (t[i] < t[i - 1] || (t[i] == t[i - 1] && !d.kind().isTick())) {
                return "rows out of time order at row " + i + " (" + Nanos.format(t[i]) + ")";
            }
        }
        return null;
    }
}
