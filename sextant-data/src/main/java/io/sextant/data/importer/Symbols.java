package io.sextant.data.importer;

import io.sextant.data.series.SeriesKey;

import java.util.Locale;
import java.util.regex.Pattern;

/** Symbols named from file names: {@code aapl.us.txt} is AAPL, {@code BTC-USD.csv} is BTC-USD. */
final class Symbols {
    private static final Pattern EXTENSION = Pattern.compile("(?i)\\.(txt|csv|tsv|json|zip|gz)$");
    /** Market suffixes Stooq and the Kaggle dataset put after the ticker. */
    private static final Pattern MARKET = Pattern.compile("(?i)\\.(us|uk|de|jp|hk|hu|pl|f|v)$");

    private Symbols() {
    }

    static String fromFileName(String fileName) {
        String name = fileName;
        String before;
        do {
            before = name;
            name = EXTENSION.matcher(name).replaceFirst("");
        } while (!name.equals(before));
        name = MARKET.matcher(name).replaceFirst("");
        String symbol = SeriesKey.normalizeSymbol(name).replace(' ', '_');
        if (symbol.isEmpty()) {
            throw new BadInputException("cannot name a symbol from the file name '" + fileName + "': give --symbol");
        }
        return symbol.toUpperCase(Locale.ROOT);
    }

    /** The symbol for a source: the one the user gave, else one from the file name. */
    static String of(ImportOptions options, String fileName) {
        return options.symbol() != null ? SeriesKey.normalizeSymbol(options.symbol()) : fromFileName(fileName);
    }
}
