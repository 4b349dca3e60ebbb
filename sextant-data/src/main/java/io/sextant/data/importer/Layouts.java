package io.sextant.data.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The layouts Sextant knows, and choosing one for a source. */
public final class Layouts {
    private static final List<Layout> ALL = List.of(new LeanLayout(), new DailyCsvLayout(), new BinanceKlineLayout(),
            new BitstampTradesLayout(), new CandlesJsonLayout(), new OhlcJsonLayout(), new WideCloseLayout(),
            new GenericCsvLayout());

    private Layouts() {
    }

    public static List<Layout> all() {
        return ALL;
    }

    /** The layout named {@code name}; the error lists the known names. */
    public static Layout named(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(l -> l.name().equals(n)).findFirst().orElseThrow(() -> new BadInputException(
                "unknown format '" + name + "'; known formats: "
                        + ALL.stream().map(Layout::name).collect(Collectors.joining(", "))));
    }

    /** The layout that recognises the sample best; an error lists every layout and how to map columns. */
    public static Layout detect(Sample sample) {
        if (sample.isEmpty()) {
            throw new BadInputException(sample.source().displayName() + ": the file is empty");
        }
        List<Layout> ranked = new ArrayList<>(ALL);
        ranked.sort(Comparator.comparingInt((Layout l) -> -l.detect(sample)));
        Layout best = ranked.getFirst();
        if (best.detect(sample) == 0) {
            throw new BadInputException(unknownLayout(sample));
        }
        return best;
    }

    static String unknownLayout(Sample sample) {
        StringBuilder sb = new StringBuilder();
        sb.append(sample.source().displayName()).append(": unknown layout; the first line is '")
                .append(CsvSeriesReader.shorten(sample.firstLine())).append("'.\nKnown layouts (--format NAME):\n");
        for (Layout l : ALL) {
            sb.append(String.format("  %-16s %s%n", l.name(), l.description()));
        }
        sb.append("To read any other CSV, map its columns, e.g.:\n")
                .append("  --format csv --columns ts=0,open=1,high=2,low=3,close=4,volume=5 --timestamp-format 'yyyy-MM-dd' "
                        + "--tz America/New_York --no-header");
        return sb.toString();
    }
}
