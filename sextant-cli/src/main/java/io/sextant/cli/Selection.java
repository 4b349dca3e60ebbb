package io.sextant.cli;

import io.sextant.core.data.Timeframe;
import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.SeriesEntry;
import io.sextant.data.importer.BadInputException;
import io.sextant.data.series.SeriesKind;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/** Which stored series a command means: a symbol, optionally narrowed by timeframe and kind. */
final class Selection {
    @Parameters(index = "0", paramLabel = "SYMBOL", description = "The symbol, e.g. AAPL.")
    String symbol;

    @Option(names = "--timeframe", paramLabel = "TF", description = "Only the series of this timeframe (e.g. 1d, 1m).")
    String timeframe;

    @Option(names = "--kind", description = "Only this kind: bars, quote-bars, trades or quotes.")
    String kind;

    /** The matching series; a symbol with none is bad input, listing what the catalog has. */
    List<SeriesEntry> entries(Catalog catalog) throws IOException {
        Timeframe tf = null;
        SeriesKind k = null;
        try {
            tf = timeframe == null ? null : Timeframe.parse(timeframe);
            k = kind == null ? null : SeriesKind.parse(kind);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        List<SeriesEntry> all = catalog.find(symbol);
        if (all.isEmpty()) {
            List<String> symbols = catalog.list().stream().map(SeriesEntry::symbol).distinct().toList();
            throw new BadInputException("no series for symbol '" + symbol + "' in " + catalog.root()
                    + (symbols.isEmpty() ? " (the catalog is empty)" : "; it holds: " + symbols.stream().limit(30)
                    .collect(Collectors.joining(", ")) + (symbols.size() > 30 ? ", ..." : "")));
        }
        Timeframe ftf = tf;
        SeriesKind fk = k;
        List<SeriesEntry> out = all.stream()
                .filter(e -> ftf == null || ftf.equals(e.key().timeframe()))
                .filter(e -> fk == null || fk == e.key().kind())
                .toList();
        if (out.isEmpty()) {
            throw new BadInputException("no " + (kind == null ? "" : kind + " ") + "series of " + symbol
                    + (timeframe == null ? "" : " at " + timeframe) + "; there are: "
                    + all.stream().map(e -> Facts.series(e)).collect(Collectors.joining(", ")));
        }
        return out;
    }

    /** The one series meant; several matches are a usage error that lists them. */
    SeriesEntry single(Catalog catalog) throws IOException {
        List<SeriesEntry> found = entries(catalog);
        if (found.size() > 1) {
            throw new UsageException(symbol + " has several series (" + found.stream().map(Facts::series)
                    .collect(Collectors.joining(", ")) + "): choose one with --kind or --timeframe");
        }
        return found.getFirst();
    }
}
