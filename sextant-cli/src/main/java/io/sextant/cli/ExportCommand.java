package io.sextant.cli;

import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.SeriesEntry;
import io.sextant.data.corporate.Adjuster;
import io.sextant.data.corporate.Adjustment;
import io.sextant.data.export.CsvExporter;
import io.sextant.data.export.ParquetExporter;
import io.sextant.data.export.TimeFormat;
import io.sextant.data.importer.BadInputException;
import io.sextant.data.series.BarSeries;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sextant data export SYMBOL --out FILE}. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write a stored series to CSV or Parquet.",
                "CSV has a header and exact decimals; Parquet has DECIMAL prices and nanosecond UTC timestamps. "
                        + "The file appears only when complete."})
public final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    DataCommand data;

    @Spec
    CommandSpec spec;

    @Mixin
    Selection select;

    @Mixin
    TimeRange window;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Output file; '-' writes CSV to stdout.")
    String out;

    @Option(names = "--format", description = "csv or parquet (default: from the file extension, else csv).")
    String format;

    @Option(names = "--adjust", paramLabel = "VIEW", defaultValue = "raw", description = "raw (default), split or "
            + "total-return.")
    String adjust;

    @Option(names = "--time-format", paramLabel = "FMT", defaultValue = "iso", description = "CSV times: iso (UTC, "
            + "default), iso-offset, local, epoch-ns or epoch-ms.")
    String timeFormat;

    @Override
    public Integer call() throws Exception {
        Adjustment view;
        TimeFormat times;
        try {
            view = Adjustment.parse(adjust);
            times = TimeFormat.parse(timeFormat);
        } catch (IllegalArgumentException ex) {
            throw new UsageException(ex.getMessage());
        }
        Catalog catalog = Catalog.at(data.parent.workspace());
        SeriesEntry e = select.single(catalog);
        ZoneId zone = ZoneId.of(e.zone());
        SeriesData rows = catalog.load(e);
        if (view != Adjustment.RAW) {
            if (e.factorTable() == null || rows.kind() != SeriesKind.BARS) {
                throw new BadInputException(e.symbol() + " " + Facts.series(e) + " has no corporate-action factors; "
                        + "only the raw view exists");
            }
            rows = Adjuster.apply(BarSeries.of(rows), e.factorTable(), view, zone).data();
        }
        rows = rows.between(window.fromNs(e), window.toNs(e));
        PrintWriter stdout = spec.commandLine().getOut();
        String fmt = format != null ? format.toLowerCase(Locale.ROOT)
                : out.toLowerCase(Locale.ROOT).endsWith(".parquet") ? "parquet" : "csv";
        switch (fmt) {
            case "csv" -> {
                if (out.equals("-")) {
                    CsvExporter.write(rows, stdout, times, zone);
                    stdout.flush();
                    return ExitCodes.OK;
                }
                CsvExporter.write(rows, Path.of(out), times, zone);
            }
            case "parquet" -> {
                if (out.equals("-")) {
                    throw new UsageException("Parquet cannot go to stdout; give a file with --out");
                }
                ParquetExporter.write(rows, Path.of(out));
            }
            default -> throw new UsageException("unknown export format '" + format + "': use csv or parquet");
        }
        stdout.printf(Locale.ROOT, "Wrote %,d rows of %s %s (%s) to %s%n", rows.rows(), e.symbol(), Facts.series(e),
                view.label(), out);
        return ExitCodes.OK;
    }
}
