package io.sextant.cli;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.LiveClock;
import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.SeriesEntry;
import io.sextant.data.catalog.WriteMode;
import io.sextant.data.catalog.Written;
import io.sextant.data.corporate.Adjuster;
import io.sextant.data.corporate.Adjustment;
import io.sextant.data.importer.ImportOptions;
import io.sextant.data.importer.ImportResult;
import io.sextant.data.importer.Importer;
import io.sextant.data.series.BarSeries;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.time.Nanos;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sextant demo}: import the bundled sample, show what the catalog knows about it, and backtest sma-cross on SPY. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Import the bundled sample (LEAN AAPL and SPY daily bars with their factor files, one day of SPY "
                + "minute bars, Coinbase BTC/USD daily bars) into the workspace, replacing earlier copies, and print the "
                + "import summary and validation report.",
                "Then backtest the built-in sma-cross strategy (fast 10, slow 30) on SPY daily bars with the defaults of "
                        + "'sextant backtest' and print its summary and where its result bundle is."})
public final class DemoCommand implements Callable<Integer> {
    private static final String SAMPLE = "sample-data/";
    private static final String DEMO_STRATEGY = "sma-cross";
    private static final String DEMO_SYMBOL = "SPY";

    @ParentCommand
    SextantCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    /**
     * The demo's report.
     *
     * @param workspace where the catalog is
     * @param imported  the import report
     * @param split     AAPL around its 2014 7-for-1 split in the raw and split-adjusted views
     * @param backtest  sma-cross on SPY daily bars
     */
    record DemoReport(String workspace, ImportReport imported, List<SplitRow> split, BacktestSummary backtest) {
    }

    /**
     * One AAPL close in both views.
     *
     * @param date  trading date
     * @param raw   close as traded
     * @param split close split-adjusted
     */
    record SplitRow(String date, String raw, String split) {
    }

    @Override
    public Integer call() throws Exception {
        Path workspace = parent.workspace();
        Path samples = extract(workspace.resolve("samples"));
        long t0 = System.nanoTime();
        ImportResult result;
        try (Progress progress = new Progress("Importing sample")) {
            result = new Importer().read(List.of(samples.resolve("lean").toString()), ImportOptions.defaults(), progress);
        }
        Catalog catalog = Catalog.at(workspace);
        List<Written> written = catalog.write(result.series(), WriteMode.REPLACE, "reject", new LiveClock());
        ImportReport report = ImportReport.of(result, written, (System.nanoTime() - t0) / 1e9);
        BacktestSummary backtest = BacktestRunner.run(workspace, BacktestSettings.defaults(DEMO_STRATEGY,
                List.of(DEMO_SYMBOL)), BacktestRunner.logTo(spec.commandLine().getErr()));
        DemoReport demo = new DemoReport(catalog.root().toString(), report, splitRows(catalog), backtest);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, demo);
            return ExitCodes.OK;
        }
        report.print(out, "Imported the bundled sample:");
        out.println();
        out.println("AAPL around its 2014 7-for-1 split (the raw view jumps, the split-adjusted view does not):");
        Table t = new Table("DATE", "RAW CLOSE", "SPLIT-ADJUSTED CLOSE");
        demo.split().forEach(r -> t.row(r.date(), r.raw(), r.split()));
        t.print(out);
        out.println();
        backtest.print(out);
        out.println();
        out.println("Catalog: " + catalog.root());
        out.println("Next:");
        out.println("  ./sextant data list");
        out.println("  ./sextant data show AAPL --adjust split --from 2014-06-04 --to 2014-06-11 --rows 6");
        out.println("  ./sextant data resample SPY --timeframe 1m --to 1h");
        out.println("  ./sextant data export SPY --timeframe 1d --out spy.parquet");
        out.println("  ./sextant data import PATH...   (files, folders or globs of your own data)");
        out.println("  ./sextant backtest --list");
        out.println("  ./sextant backtest --strategy sma-cross --symbols SPY --param fast=20 --param slow=50");
        out.flush();
        return ExitCodes.OK;
    }

    /** Copies the sample out of the distribution into {@code dir} (replacing earlier copies). */
    static Path extract(Path dir) throws IOException {
        ClassLoader cl = DemoCommand.class.getClassLoader();
        List<String> files;
        try (InputStream index = cl.getResourceAsStream(SAMPLE + "files.txt")) {
            if (index == null) {
                throw new IOException("the bundled sample is missing from the distribution (" + SAMPLE + "files.txt)");
            }
            files = new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        for (String f : files) {
            Path target = dir.resolve(f);
            Files.createDirectories(target.getParent());
            try (InputStream in = cl.getResourceAsStream(SAMPLE + f)) {
                if (in == null) {
                    throw new IOException("the bundled sample file " + f + " is missing from the distribution");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** AAPL closes from 2014-06-04 to 2014-06-11, raw and split-adjusted. */
    private static List<SplitRow> splitRows(Catalog catalog) throws IOException {
        SeriesEntry aapl = catalog.get(new SeriesKey("AAPL", SeriesKind.BARS, Timeframe.DAY_1)).orElse(null);
        List<SplitRow> out = new ArrayList<>();
        if (aapl == null || aapl.factorTable() == null) {
            return out;
        }
        ZoneId zone = ZoneId.of(aapl.zone());
        BarSeries raw = BarSeries.of(catalog.load(aapl).between(
                Nanos.ofInstant(LocalDate.of(2014, 6, 4).atStartOfDay(zone).toInstant()),
                Nanos.ofInstant(LocalDate.of(2014, 6, 12).atStartOfDay(zone).toInstant())));
        BarSeries adj = Adjuster.apply(raw, aapl.factorTable(), Adjustment.SPLIT, zone);
        for (int i = 0; i < raw.size(); i++) {
            out.add(new SplitRow(Nanos.toZoned(raw.tsOpen()[i], zone).toLocalDate().toString(),
                    FixedPoint.format(raw.close()[i], raw.priceScale()),
                    FixedPoint.format(adj.close()[i], adj.priceScale())));
        }
        return out;
    }
}
