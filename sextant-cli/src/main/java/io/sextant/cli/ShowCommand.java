package io.sextant.cli;

import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.SeriesEntry;
import io.sextant.data.catalog.ValidationSummary;
import io.sextant.data.corporate.Adjuster;
import io.sextant.data.corporate.Adjustment;
import io.sextant.data.corporate.CorporateAction;
import io.sextant.data.corporate.FactorTable;
import io.sextant.data.export.CsvExporter;
import io.sextant.data.export.TimeFormat;
import io.sextant.data.importer.BadInputException;
import io.sextant.data.importer.SourceRef;
import io.sextant.data.query.SeriesProfile;
import io.sextant.data.series.BarSeries;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import io.sextant.core.time.Nanos;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code sextant data show SYMBOL}. */
@Command(name = "show", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Show a series: rows, first and last time, price and volume summary, largest moves, validation "
                + "flags, gaps, corporate actions and sources.",
                "With --adjust, prices are shown split-adjusted or total-return (needs factor files, e.g. LEAN equities)."})
public final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    DataCommand data;

    @Spec
    CommandSpec spec;

    @Mixin
    Selection select;

    @Mixin
    TimeRange window;

    @Option(names = "--adjust", paramLabel = "VIEW", defaultValue = "raw",
            description = "raw (default), split or total-return.")
    String adjust;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "0", description = "Also print the first N rows of the range.")
    int head;

    @Option(names = "--tail", paramLabel = "N", defaultValue = "0", description = "Also print the last N rows of the range.")
    int tail;

    @Option(names = "--json", description = "Print as JSON (an array, one object per series).")
    boolean json;

    /**
     * One series as shown.
     *
     * @param symbol            symbol
     * @param kind              series kind
     * @param timeframe         timeframe or null
     * @param view              raw, split or total-return
     * @param assetClass        asset class
     * @param zone              time zone
     * @param calendar          trading calendar
     * @param rows              rows in the catalog
     * @param first             first time in the catalog (local)
     * @param last              last time in the catalog (local)
     * @param range             the profile of the selected range (all rows unless --from/--to)
     * @param validation        what validation found
     * @param corporateActions  splits and dividends (from factor files), or empty
     * @param sources           where the rows came from
     * @param file              the data file
     * @param data              the rows printed with --rows/--tail, as CSV lines, header first
     */
    record Shown(String symbol, String kind, String timeframe, String view, String assetClass, String zone,
                 String calendar, long rows, String first, String last, SeriesProfile range, ValidationSummary validation,
                 List<String> corporateActions, List<SourceRef> sources, String file, List<String> data) {
    }

    @Override
    public Integer call() throws Exception {
        Catalog catalog = Catalog.at(data.parent.workspace());
        Adjustment view;
        try {
            view = Adjustment.parse(adjust);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<Shown> shown = new ArrayList<>();
        for (SeriesEntry e : select.entries(catalog)) {
            shown.add(show(catalog, e, view));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, shown);
        } else {
            for (int i = 0; i < shown.size(); i++) {
                if (i > 0) {
                    out.println();
                }
                print(out, shown.get(i));
            }
        }
        return ExitCodes.OK;
    }

    private Shown show(Catalog catalog, SeriesEntry e, Adjustment view) throws IOException {
        ZoneId zone = ZoneId.of(e.zone());
        SeriesData all = catalog.load(e);
        FactorTable factors = e.factorTable();
        if (view != Adjustment.RAW) {
            if (factors == null || all.kind() != SeriesKind.BARS) {
                throw new BadInputException(e.symbol() + " " + Facts.series(e) + " has no corporate-action factors, so "
                        + "only the raw view exists (factors come with LEAN equity daily/hour files)");
            }
            all = Adjuster.apply(BarSeries.of(all), factors, view, zone).data();
        }
        SeriesData range = all.between(window.fromNs(e), window.toNs(e));
        List<String> actions = new ArrayList<>();
        if (factors != null) {
            List<LocalDate> dates = new ArrayList<>();
            for (long t : all.times()) {
                dates.add(Nanos.toZoned(t, zone).toLocalDate());
            }
            for (CorporateAction a : factors.actions(dates)) {
                actions.add(a.toString());
            }
        }
        return new Shown(e.symbol(), e.kind(), e.timeframe(), view.label(), e.assetClass(), e.zone(), e.calendar(),
                e.rows(), Facts.first(e), Facts.last(e), SeriesProfile.of(range, zone, Facts.datesOnly(e)), e.validation(),
                actions, e.sources(), catalog.root().resolve("series").resolve(e.file()).toString(),
                rows(range, zone));
    }

    private List<String> rows(SeriesData range, ZoneId zone) throws IOException {
        if (head <= 0 && tail <= 0) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        int n = range.rows();
        StringWriter header = new StringWriter();
        CsvExporter.write(range.slice(0, 0), header, TimeFormat.LOCAL, zone);
        lines.add(header.toString().strip());
        int h = Math.min(head, n);
        int t = Math.min(tail, n - h);
        addRows(lines, range.slice(0, h), zone);
        if (t > 0) {
            if (h + t < n) {
                lines.add("...");
            }
            addRows(lines, range.slice(n - t, n), zone);
        }
        return lines;
    }

    private static void addRows(List<String> lines, SeriesData part, ZoneId zone) throws IOException {
        StringWriter w = new StringWriter();
        CsvExporter.write(part, w, TimeFormat.LOCAL, zone);
        String[] split = w.toString().split("\n");
        for (int i = 1; i < split.length; i++) {
            lines.add(split[i]);
        }
    }

    private static void print(PrintWriter out, Shown s) {
        out.printf("%s %s%s  (%s, %s, calendar %s)%s%n", s.symbol(), s.timeframe() == null ? "" : s.timeframe() + " ",
                s.kind(), s.assetClass().toLowerCase(Locale.ROOT), s.zone(), s.calendar(),
                s.view().equals("raw") ? "" : "  view: " + s.view());
        out.printf(Locale.ROOT, "  rows          %,d from %s to %s%n", s.rows(), s.first(), s.last());
        SeriesProfile p = s.range();
        if (p.rows() != s.rows()) {
            out.printf(Locale.ROOT, "  selected      %,d rows from %s to %s%n", p.rows(), p.first(), p.last());
        }
        if (p.rows() > 0) {
            out.printf("  price         first %s, low %s (%s), high %s (%s), last %s%n", p.open(), p.low().price(),
                    p.low().at(), p.high().price(), p.high().at(), p.close());
            if (p.volume() != null) {
                out.printf("  volume        total %s, mean %s per row%n", p.volume(), p.meanVolume());
            }
            if (!p.largestMoves().isEmpty()) {
                out.println("  largest moves " + p.largestMoves().stream().map(m -> m.at() + " " + m.percent() + "% ("
                        + m.from() + " -> " + m.to() + ")").reduce((a, b) -> a + "; " + b).orElse(""));
            }
        }
        ValidationSummary v = s.validation();
        out.printf(Locale.ROOT, "  validation    policy %s: %,d dropped, %,d flagged, %,d values rounded%n", v.policy(),
                v.droppedRows(), v.flaggedRows(), v.roundedValues());
        v.stats().forEach((name, st) -> out.printf(Locale.ROOT, "  %-13s %,d: %s%s%n", name.replace(" bars", "")
                .replace(" trades", "").replace(" quotes", ""), st.count(), String.join(", ", st.examples()),
                st.count() > st.examples().size() ? ", ..." : ""));
        if (v.gaps() != null) {
            out.println("  gaps          " + v.gaps().summary());
        }
        v.flagged().stream().limit(10).forEach(f -> out.println("  flagged       " + f));
        v.dropped().stream().limit(10).forEach(f -> out.println("  dropped       " + f));
        if (!s.corporateActions().isEmpty()) {
            out.println("  corporate     " + s.corporateActions().size() + " actions: "
                    + String.join("; ", s.corporateActions()));
        }
        for (SourceRef r : s.sources()) {
            out.printf(Locale.ROOT, "  source        %s (%s, %,d rows, lines %d..%d)%n", r.file(), r.layout(), r.rows(),
                    r.firstLine(), r.lastLine());
        }
        out.println("  file          " + s.file());
        if (!s.data().isEmpty()) {
            out.println();
            s.data().forEach(l -> out.println("  " + l));
        }
        out.flush();
    }
}
