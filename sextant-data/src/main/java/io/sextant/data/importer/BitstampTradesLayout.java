package io.sextant.data.importer;

import io.sextant.data.series.SeriesKind;
import io.sextant.data.series.SeriesTraits;
import io.sextant.data.text.EpochTimestamp;
import io.sextant.data.validate.ProblemLog;

import java.io.IOException;
import java.util.List;

import static io.sextant.data.series.ColumnNames.*;

/**
 * Trade ticks in Bitstamp's export layout: {@code timestamp,price,amount}, epoch seconds (UTC),
 * with or without the header. Trades in the same second keep their file order. Defaults: crypto,
 * UTC, 24x7.
 */
final class BitstampTradesLayout implements Layout {

    @Override
    public String name() {
        return "bitstamp-trades";
    }

    @Override
    public String description() {
        return "trade ticks (Bitstamp layout): timestamp,price,amount with epoch seconds";
    }

    @Override
    public int detect(Sample sample) {
        if (sample.isEmpty()) {
            return 0;
        }
        String[] f = Sample.split(sample.firstLine(), ',');
        if (f.length == 3 && f[0].strip().equals("timestamp") && f[1].strip().equals("price") && f[2].strip().equals("amount")) {
            return 95;
        }
        return f.length == 3 && f[0].strip().matches("\\d{9,10}") && f[1].strip().matches("\\d+(\\.\\d+)?")
                && f[2].strip().matches("\\d+(\\.\\d+)?") ? 40 : 0;
    }

    @Override
    public List<ParsedPart> read(Source source, Sample sample, ImportOptions options) throws IOException {
        boolean header = sample.firstLine().startsWith("timestamp");
        if (sample.dataLines(header ? 1 : 0).isEmpty()) {
            throw new BadInputException(source.displayName() + ": the file has a header but no data rows");
        }
        CsvSpec spec = new CsvSpec(SeriesKind.TRADES, (byte) ',', header ? 1 : 0, 3, 0,
                new EpochTimestamp(EpochTimestamp.Unit.SECONDS), List.of(Target.decimal(PRICE, 1), Target.decimal(SIZE, 2)));
        return List.of(CsvSeriesReader.read(source, spec, name(), Symbols.of(options, source.fileName()), null,
                StampAt.OPEN, LayoutDefaults.traits(SeriesTraits.CRYPTO, options), options));
    }
}
