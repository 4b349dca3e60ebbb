package io.sextant.data.importer;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.series.SeriesTraits;
import io.sextant.data.text.EpochTimestamp;
import io.sextant.data.validate.ProblemLog;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.sextant.data.series.ColumnNames.*;

/**
 * Exchange kline CSV in Binance's layout (data.binance.vision, and the REST klines endpoint):
 * {@code open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,
 * taker_buy_quote_volume,ignore}, with or without that header. Times are epoch milliseconds
 * (microseconds in spot files from 2025); the timeframe is {@code close_time - open_time + 1 unit}.
 * The trade count is kept; quote and taker volumes are not. Defaults: crypto, UTC, 24x7.
 */
final class BinanceKlineLayout implements Layout {
    private static final Pattern FILE = Pattern.compile("(?i)([A-Z0-9]+)-(\\d+[smhdwM]o?)-.*");

    @Override
    public String name() {
        return "binance-kline";
    }

    @Override
    public String description() {
        return "exchange kline CSV (Binance layout): open_time,open,high,low,close,volume,close_time,quote_volume,count,"
                + "taker_buy_volume,taker_buy_quote_volume,ignore";
    }

    @Override
    public int detect(Sample sample) {
        if (sample.isEmpty()) {
            return 0;
        }
        String[] f = Sample.split(sample.firstLine(), ',');
        if (f.length == 12 && f[0].strip().equalsIgnoreCase("open_time") && f[6].strip().equalsIgnoreCase("close_time")) {
            return 95;
        }
        return f.length == 12 && interval(f) > 0 ? 85 : 0;
    }

    /** close - open + 1 unit, in the open time's unit, or -1 if the row does not look like a kline. */
    private static long interval(String[] f) {
        if (!f[0].strip().matches("\\d{12,17}") || !f[6].strip().matches("\\d{12,17}")) {
            return -1;
        }
        long open = Long.parseLong(f[0].strip());
        long close = Long.parseLong(f[6].strip());
        return close > open ? close - open + 1 : -1;
    }

    @Override
    public List<ParsedPart> read(Source source, Sample sample, ImportOptions options) throws IOException {
        String name = source.displayName();
        boolean header = Sample.split(sample.firstLine(), ',')[0].strip().equalsIgnoreCase("open_time");
        List<String> data = sample.dataLines(header ? 1 : 0);
        if (data.isEmpty()) {
            throw new BadInputException(name + ": the file has a header but no data rows");
        }
        String[] first = Sample.split(data.getFirst(), ',');
        EpochTimestamp.Unit unit = EpochTimestamp.Unit.guess(Long.parseLong(first[0].strip()));
        Timeframe tf = options.timeframe();
        if (tf == null && interval(first) > 0) {
            tf = fromNanos(interval(first) * (unit == EpochTimestamp.Unit.MICROS ? Nanos.PER_MICRO : Nanos.PER_MILLI));
        }
        CsvSpec spec = new CsvSpec(SeriesKind.BARS, (byte) ',', header ? 1 : 0, 12, 0, new EpochTimestamp(unit), List.of(
                Target.decimal(OPEN, 1), Target.decimal(HIGH, 2), Target.decimal(LOW, 3), Target.decimal(CLOSE, 4),
                Target.decimal(VOLUME, 5), new Target(TRADES, 8, FieldType.INTEGER, 0)));
        Matcher m = FILE.matcher(source.fileName());
        String symbol = options.symbol() != null ? options.symbol() : m.matches() ? m.group(1) : null;
        return List.of(CsvSeriesReader.read(source, spec, name(),
                symbol != null ? symbol.toUpperCase(Locale.ROOT) : Symbols.fromFileName(source.fileName()), tf,
                StampAt.OPEN, LayoutDefaults.traits(SeriesTraits.CRYPTO, options), options));
    }

    /** The standard timeframe of exactly this length, or null (then it is inferred from the data). */
    static Timeframe fromNanos(long nanos) {
        for (String t : List.of("1s", "1m", "3m", "5m", "15m", "30m", "1h", "2h", "4h", "6h", "8h", "12h", "1d")) {
            Timeframe tf = Timeframe.parse(t);
            if (tf.nominalNanos() == nanos) {
                return tf;
            }
        }
        return null;
    }
}
