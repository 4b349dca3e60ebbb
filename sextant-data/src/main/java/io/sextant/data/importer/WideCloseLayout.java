package io.sextant.data.importer;

import io.sextant.core.data.Timeframe;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumnBuilder;
import io.sextant.data.series.SeriesBuilder;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesTraits;
import io.sextant.data.text.CsvLines;
import io.sextant.data.text.TimestampParser;
import io.sextant.data.validate.ProblemLog;
import io.sextant.data.validate.Rule;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wide close-price tables: a date column, then one column of closes per asset
 * ({@code date,GOOG,AAPL,...}), as PyPortfolioOpt and R export them. Each asset becomes its own
 * close-only bar series (open = high = low = close, no volume), named from its column header.
 * Empty cells (before an asset's first price, or missing days) are skipped, not errors.
 * Defaults: US equity, New York time, NYSE calendar; the timeframe is inferred once, from the date column.
 */
final class WideCloseLayout implements Layout {

    @Override
    public String name() {
        return "wide-close";
    }

    @Override
    public String description() {
        return "wide close-price table: date,<SYMBOL 1>,<SYMBOL 2>,... (one column of closes per asset)";
    }

    /** Names of bar fields a one-letter column may stand for ({@code t,o,h,l,c,v} headers). */
    private static final Set<String> BAR_FIELDS = Set.of("open", "high", "low", "close", "volume");

    /**
     * A header of a date column and at least one symbol, then a row of a date and numbers or empty cells. Tickers
     * that are also one-letter field names (T, C, V, O, H, L) are symbols here; a header that names bar, trade or
     * quote fields (close, volume, price, ... or two or more of o/h/l/c/v) is not a wide table, nor is a headerless
     * file of numbers. Fields may be quoted, as R's {@code write.csv} quotes them.
     */
    @Override
    public int detect(Sample sample) {
        if (sample.lines().size() < 2) {
            return 0;
        }
        char sep = GenericCsvLayout.separator(sample, null);
        String[] header = unquoted(Sample.split(sample.firstLine(), sep));
        if (header.length < 2) {
            return 0;
        }
        Set<String> oneLetterFields = new java.util.HashSet<>();
        for (int i = 1; i < header.length; i++) {
            if (!header[i].matches(".*\\p{L}.*")) {
                return 0; // a symbol has a letter: numbers here mean the file has no header
            }
            java.util.Map<String, Integer> field = HeaderNames.map(List.of(header[i]));
            if (!field.isEmpty()) {
                if (HeaderNames.normalize(header[i]).length() > 1) {
                    return 0;
                }
                oneLetterFields.addAll(field.keySet());
            }
        }
        oneLetterFields.retainAll(BAR_FIELDS);
        if (oneLetterFields.size() >= 2) {
            return 0;
        }
        String[] row = unquoted(Sample.split(sample.lines().get(1), sep));
        if (row.length != header.length || !row[0].matches("\\d{4}[-/]\\d{2}[-/]\\d{2}.*|\\d{8}")) {
            return 0;
        }
        for (int i = 1; i < row.length; i++) {
            if (!row[i].isEmpty() && !row[i].equals("NA") && !row[i].equals("null")
                    && !row[i].matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?")) {
                return 0;
            }
        }
        return 60;
    }

    /** The fields stripped of blanks and of the quotes around them. */
    private static String[] unquoted(String[] fields) {
        String[] out = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            String f = fields[i].strip();
            out[i] = f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"") ? f.substring(1, f.length() - 1).strip() : f;
        }
        return out;
    }

    @Override
    public List<ParsedPart> read(Source source, Sample sample, ImportOptions options) throws IOException {
        String name = source.displayName();
        char sep = GenericCsvLayout.separator(sample, options.separator());
        String[] header = Sample.split(sample.firstLine(), sep);
        if (sample.lines().size() < 2) {
            throw new BadInputException(name + ": the file has a header but no data rows");
        }
        SeriesTraits traits = LayoutDefaults.traits(SeriesTraits.US_EQUITY, options);
        TimestampParser time = TimestampFormats.choose(options.timestampFormat(),
                unquoted(Sample.split(sample.lines().get(1), sep))[0], traits.zone(), name);
        int assets = header.length - 1;
        List<SeriesAssembler> asms = new ArrayList<>(assets);
        List<ProblemLog> logs = new ArrayList<>(assets);
        List<String> symbols = new ArrayList<>(assets);
        for (int i = 1; i <= assets; i++) {
            String symbol = SeriesKey.normalizeSymbol(header[i].replace("\"", "")).replace(' ', '_');
            if (symbol.isEmpty()) {
                throw new BadInputException(name + ":1:" + column(sample.firstLine(), sep, i) + ": column " + (i + 1)
                        + " has no name, so its series cannot be named");
            }
            symbols.add(symbol);
            ProblemLog log = new ProblemLog();
            logs.add(log);
            asms.add(new SeriesAssembler(source, SeriesKind.BARS, Set.of(), options.onError(), log, 4096));
        }
        long[] dates = new long[1024];
        int dateCount = 0;
        try (CsvLines csv = new CsvLines(source.open(), (byte) sep)) {
            csv.next();
            while (csv.next() && asms.stream().noneMatch(SeriesAssembler::stopped)) {
                int line = csv.lineNumber();
                if (csv.fieldCount() != header.length) {
                    asms.getFirst().reject(line, 0, Rule.PARSE, "expected " + header.length + " fields, found "
                            + csv.fieldCount() + ": '" + CsvSeriesReader.shorten(csv.lineText()) + "'");
                    continue;
                }
                long ts = time.parse(csv.buffer(), csv.start(0), csv.end(0));
                if (ts == TimestampParser.INVALID) {
                    asms.getFirst().reject(line, 1, Rule.PARSE, "date '" + csv.field(0) + "' is not " + time.describe());
                    continue;
                }
                if (dateCount == dates.length) {
                    dates = java.util.Arrays.copyOf(dates, dates.length * 2);
                }
                dates[dateCount++] = ts;
                for (int i = 1; i <= assets; i++) {
                    if (csv.start(i) == csv.end(i) || csv.fieldEquals(i, "NA") || csv.fieldEquals(i, "null")) {
                        continue;
                    }
                    appendClose(asms.get(i - 1), csv, i, ts, line);
                }
            }
        }
        // One timeframe for the whole table, from its date column: a sparse asset column alone could mislead.
        Timeframe tf = options.timeframe() != null ? options.timeframe()
                : TimeframeInference.infer(java.util.Arrays.copyOf(dates, dateCount));
        if (tf == null) {
            throw new BadInputException(name + ": cannot tell the timeframe from the spacing of the dates; give it with "
                    + "--timeframe (e.g. 1d)");
        }
        List<ParsedPart> parts = new ArrayList<>(assets);
        for (int i = 0; i < assets; i++) {
            SeriesAssembler a = asms.get(i);
            parts.add(new ParsedPart(symbols.get(i), SeriesKind.BARS, tf,
                    LayoutDefaults.stamp(StampAt.OPEN, options), traits, a.builder().build(), source, name(),
                    a.firstLine(), a.lastLine(), null, logs.get(i)));
        }
        return parts;
    }

    private static void appendClose(SeriesAssembler asm, CsvLines csv, int field, long ts, int line) {
        SeriesBuilder b = asm.builder();
        LongColumnBuilder close = b.longs(ColumnNames.CLOSE);
        b.longs(ColumnNames.TS_OPEN).add(ts);
        b.longs(ColumnNames.TS_CLOSE).add(CsvSeriesReader.UNKNOWN_CLOSE);
        if (!asm.decimal(close, csv.buffer(), csv.start(field), csv.end(field), 0, line, csv.column(field))) {
            return;
        }
        long c = close.last();
        b.longs(ColumnNames.OPEN).add(c);
        b.longs(ColumnNames.HIGH).add(c);
        b.longs(ColumnNames.LOW).add(c);
        int col = csv.column(field);
        asm.endRow(line, name -> col);
    }

    private static int column(String line, char sep, int field) {
        int col = 1;
        for (int i = 0, f = 0; i < line.length() && f < field; i++) {
            if (line.charAt(i) == sep) {
                f++;
                col = i + 2;
            }
        }
        return col;
    }
}
