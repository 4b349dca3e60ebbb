package io.sextant.data.importer;

import io.sextant.core.instrument.AssetClass;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.series.SeriesTraits;
import io.sextant.data.text.TimestampParser;
import io.sextant.data.validate.ProblemLog;

import java.io.IOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Any delimited file of bars, trades or quotes. Columns are mapped by header name (Date, Timestamp,
 * Open, High, Low, Close, Volume, Price, Size, Bid, Ask and common variants) or explicitly with
 * {@code --columns ts=Date,close=Price} (names or 0-based indices). Timestamps are detected
 * (ISO-like text or epoch numbers) unless {@code --timestamp-format} says. Defaults: UTC, no
 * trading calendar (no gap report) unless {@code --calendar} is given; the timeframe is inferred
 * from the data unless {@code --timeframe} is given.
 */
final class GenericCsvLayout implements Layout {
    private static final char[] SEPARATORS = {',', ';', '\t', '|'};
    private static final SeriesTraits DEFAULTS = new SeriesTraits(AssetClass.EQUITY, ZoneId.of("UTC"), "none");

    @Override
    public String name() {
        return "csv";
    }

    @Override
    public String description() {
        return "generic CSV with a header naming its columns (Date/Timestamp, Open, High, Low, Close, Volume | Price, Size "
                + "| Bid, Ask), or any CSV with --columns";
    }

    @Override
    public int detect(Sample sample) {
        if (sample.isEmpty()) {
            return 0;
        }
        char sep = separator(sample, null);
        return HeaderNames.looksLikeHeader(Arrays.asList(Sample.split(sample.firstLine(), sep))) ? 50 : 0;
    }

    static char separator(Sample sample, Character given) {
        if (given != null) {
            return given;
        }
        String first = sample.firstLine();
        char best = ',';
        int most = 0;
        for (char c : SEPARATORS) {
            int n = (int) first.chars().filter(ch -> ch == c).count();
            if (n > most) {
                most = n;
                best = c;
            }
        }
        return best;
    }

    @Override
    public List<ParsedPart> read(Source source, Sample sample, ImportOptions options) throws IOException {
        String name = source.displayName();
        if (sample.isEmpty()) {
            throw new BadInputException(name + ": the file is empty");
        }
        char sep = separator(sample, options.separator());
        List<String> first = Arrays.asList(Sample.split(sample.firstLine(), sep));
        boolean header = options.header() != null ? options.header() : HeaderNames.looksLikeHeader(first)
                || !first.getFirst().strip().matches("[-+0-9.:TZ /]+");
        Map<String, Integer> m = options.columns() != null
                ? options.columns().resolve(header ? first : null, name)
                : HeaderNames.map(first);
        if (!header && options.columns() == null) {
            throw new BadInputException(name + ": the file has no header, so its columns must be mapped: "
                    + "--columns ts=0,open=1,high=2,low=3,close=4,volume=5");
        }
        if (!m.containsKey("ts")) {
            throw new BadInputException(name + ": no timestamp column found in " + first
                    + "; map it with --columns ts=NAME");
        }
        List<String> data = sample.dataLines(header ? 1 : 0);
        if (data.isEmpty()) {
            throw new BadInputException(name + ": the file has a header but no data rows");
        }
        SeriesKind kind = CsvMappings.kindOf(m, name);
        SeriesTraits traits = LayoutDefaults.traits(DEFAULTS, options);
        int tsField = m.get("ts");
        String[] firstRow = Sample.split(data.getFirst(), sep);
        if (tsField >= firstRow.length) {
            throw new BadInputException(name + ": the timestamp column " + tsField + " is beyond the "
                    + firstRow.length + " fields of the first row");
        }
        TimestampParser ts = TimestampFormats.choose(options.timestampFormat(), firstRow[tsField], traits.zone(), name);
        CsvSpec spec = new CsvSpec(kind, (byte) sep, header ? 1 : 0, first.size(), tsField, ts,
                CsvMappings.targets(kind, m, name));
        return List.of(CsvSeriesReader.read(source, spec, name(), Symbols.of(options, source.fileName()),
                kind.isTick() ? null : options.timeframe(), LayoutDefaults.stamp(StampAt.OPEN, options), traits, options));
    }
}
