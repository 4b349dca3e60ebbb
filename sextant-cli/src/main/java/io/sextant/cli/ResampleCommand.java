package io.sextant.cli;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.LiveClock;
import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.SeriesEntry;
import io.sextant.data.catalog.Written;
import io.sextant.data.importer.ImportResult;
import io.sextant.data.importer.ImportedSeries;
import io.sextant.data.importer.SourceRef;
import io.sextant.data.resample.Resampler;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.validate.ProblemLog;
import io.sextant.data.validate.SeriesReview;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sextant data resample SYMBOL --to TF}. */
@Command(name = "resample", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Build bars of a larger timeframe from a stored series and store them.",
                "Trades become OHLCV bars with VWAP and trade counts, quotes become bid/ask bars, bars become larger bars "
                        + "(open first, high max, low min, close last, volume sum). Periods align in the series' zone; "
                        + "periods without data get no bar. Suspicious trades are left out unless --include-suspicious."})
public final class ResampleCommand implements Callable<Integer> {
    @ParentCommand
    DataCommand data;

    @Spec
    CommandSpec spec;

    @Mixin
    Selection select;

    @Option(names = "--to", required = true, paramLabel = "TF", description = "Target timeframe, e.g. 1m, 1h, 1d, 1w, 1M.")
    String target;

    @Option(names = "--include-suspicious", description = "Keep trades the source flags as suspicious.")
    boolean includeSuspicious;

    @ArgGroup(exclusive = true)
    WriteModeOptions mode;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Timeframe tf;
        try {
            tf = Timeframe.parse(target);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        Catalog catalog = Catalog.at(data.parent.workspace());
        SeriesEntry source = select.single(catalog);
        if (source.key().timeframe() != null && source.key().timeframe().compareTo(tf) >= 0) {
            throw new UsageException("cannot resample " + source.timeframe() + " bars to " + tf + ": the target must be "
                    + "longer");
        }
        long t0 = System.nanoTime();
        SeriesData rows = catalog.load(source);
        Resampler.Result r;
        try {
            r = Resampler.resample(rows, tf, ZoneId.of(source.zone()), includeSuspicious);
        } catch (IllegalArgumentException e) {
            throw new io.sextant.data.importer.BadInputException(source.symbol() + ": " + e.getMessage());
        }
        SeriesKey key = new SeriesKey(source.symbol(), Resampler.targetKind(rows.kind()), tf);
        SeriesReview review = SeriesReview.of(r.data(), tf, source.traits());
        List<String> notes = new java.util.ArrayList<>(review.notes());
        if (r.excluded() > 0) {
            notes.add(Facts.count(r.excluded()) + " suspicious trades left out");
        }
        ImportedSeries out = new ImportedSeries(key, source.traits(), r.data(),
                List.of(new SourceRef("resampled from " + source.symbol() + " " + Facts.series(source), "resample",
                        r.data().rows(), 0, 0)),
                new SeriesReview(review.stats(), review.gaps(), notes), new ProblemLog(), source.factorTable());
        List<Written> written = catalog.write(List.of(out), WriteModeOptions.of(mode), "reject", new LiveClock());
        ImportReport report = ImportReport.of(new ImportResult(List.of(out), List.of(), 1, 0), written,
                (System.nanoTime() - t0) / 1e9);
        if (json) {
            Json.print(spec.commandLine().getOut(), report);
        } else {
            report.print(spec.commandLine().getOut(), "Resampled into");
        }
        return ExitCodes.OK;
    }
}
