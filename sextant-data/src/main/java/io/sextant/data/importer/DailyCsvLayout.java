package io.sextant.data.importer;

import io.sextant.core.data.Timeframe;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.series.SeriesTraits;
import io.sextant.data.text.DateTimeText;
import io.sextant.data.text.ZoneConverter;
import io.sextant.data.validate.ProblemLog;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Yahoo, Stooq and Kaggle daily files: {@code Date,Open,High,Low,Close,Volume} with an optional
 * {@code OpenInt} (Kaggle) or {@code Adj Close} (Yahoo), ISO dates, one symbol per file named from
 * the file ({@code aapl.us.txt} is AAPL). {@code Adj Close} and {@code OpenInt} are not imported:
 * the close is the price as traded (Yahoo: split-adjusted) and corporate actions come from factor
 * files. Defaults: US equity, New York time, NYSE calendar.
 */
final class DailyCsvLayout implements Layout {
    private static final Set<String> REQUIRED = Set.of("date", "open", "high", "low", "close", "volume");
    private static final Set<String> EXTRA = Set.of("openint", "adj_close", "adjclose", "adj._close");

    @Override
    public String name() {
        return "daily";
    }

    @Override
    public String description() {
        return "Yahoo/Stooq/Kaggle daily CSV: Date,Open,High,Low,Close,Volume[,OpenInt|,Adj Close]";
    }

    @Override
    public int detect(Sample sample) {
        List<String> header = header(sample);
        if (header == null) {
            return 0;
        }
        if (sample.lines().size() < 2) {
            return 80; // header only: this layout will say so
        }
        String firstValue = Sample.split(sample.lines().get(1), ',')[0].strip();
        return firstValue.matches("\\d{4}-\\d{2}-\\d{2}") ? 90 : 0;
    }

    /** The normalised header if it is exactly the daily set (plus OpenInt or Adj Close), else null. */
    private static List<String> header(Sample sample) {
        if (sample.isEmpty()) {
            return null;
        }
        List<String> names = Arrays.stream(Sample.split(sample.firstLine(), ',')).map(HeaderNames::normalize).toList();
        if (!names.containsAll(REQUIRED) || !names.getFirst().equals("date")) {
            return null;
        }
        for (String n : names) {
            if (!REQUIRED.contains(n) && !EXTRA.contains(n)) {
                return null;
            }
        }
        return names;
    }

    @Override
    public List<ParsedPart> read(Source source, Sample sample, ImportOptions options) throws IOException {
        List<String> header = header(sample);
        if (header == null) {
            throw new BadInputException(source.displayName() + ": not a daily CSV: the header must be "
                    + "Date,Open,High,Low,Close,Volume[,OpenInt|,Adj Close], found '" + sample.firstLine() + "'");
        }
        if (sample.lines().size() < 2) {
            throw new BadInputException(source.displayName() + ": the file has a header but no data rows");
        }
        Map<String, Integer> m = HeaderNames.map(header);
        SeriesTraits traits = LayoutDefaults.traits(SeriesTraits.US_EQUITY, options);
        CsvSpec spec = new CsvSpec(SeriesKind.BARS, (byte) ',', 1, header.size(), header.indexOf("date"),
                new DateTimeText(new ZoneConverter(traits.zone())), CsvMappings.targets(SeriesKind.BARS, m, source.displayName()));
        Timeframe tf = options.timeframe() != null ? options.timeframe() : Timeframe.DAY_1;
        return List.of(CsvSeriesReader.read(source, spec, name(), Symbols.of(options, source.fileName()), tf,
                LayoutDefaults.stamp(StampAt.OPEN, options), traits, options));
    }
}
