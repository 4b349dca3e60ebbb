package io.sextant.data.importer;

import io.sextant.core.data.Timeframe;
import io.sextant.core.instrument.AssetClass;
import io.sextant.data.corporate.FactorTable;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.series.SeriesTraits;
import io.sextant.data.text.DateTimeText;
import io.sextant.data.text.MillisOfDay;
import io.sextant.data.text.TimestampParser;
import io.sextant.data.text.ZoneConverter;
import io.sextant.data.validate.ProblemLog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.sextant.data.series.ColumnNames.*;

/**
 * QuantConnect LEAN data files: zips holding one headerless CSV.
 *
 * <ul>
 *   <li>Equities (New York time, prices in deci-cents: integers /10,000): daily/hour
 *       {@code yyyyMMdd HH:mm,o,h,l,c,v}; minute/second trade {@code ms,o,h,l,c,v} and quote
 *       {@code ms,bidOHLC,bidSize,askOHLC,askSize}; tick trades {@code ms,price,qty,exchange,condition,suspicious}.
 *       A factor file in {@code ../factor_files/<ticker>.csv} is attached for raw, split-adjusted and
 *       total-return views.</li>
 *   <li>Forex (FXCM/Oanda, fixed UTC-05:00, plain prices): tick {@code ms,bid,ask}; minute/second/hour/daily
 *       bid and ask OHLC bars.</li>
 *   <li>Crypto (UTC, plain prices): trade and quote bars at every resolution, tick trades {@code ms,price,qty}
 *       and tick quotes {@code ms,bid,bidSize,ask,askSize}.</li>
 * </ul>
 * The asset class comes from the path ({@code equity/usa}, {@code forex}, {@code crypto}, exchange names),
 * else from the prices (whole numbers mean deci-cents, so an equity), else from {@code --asset-class}.
 * The date of minute/second/tick files and the symbol come from the inner file name.
 */
final class LeanLayout implements Layout {
    private static final Pattern INTRADAY = Pattern.compile(
            "(?i)(\\d{8})_(.+?)_(minute|second|tick)_(trade|quote|openinterest)(?:_([a-z]+))?\\.csv");
    private static final Pattern EQUITY_TICK = Pattern.compile("(?i)(\\d{8})_(.+?)_(trade|quote)_(tick)\\.csv");
    private static final Pattern BARS = Pattern.compile("(?i)([a-z0-9.\\-]+)\\.csv");
    private static final Pattern CRYPTO_PATH = Pattern.compile(
            "crypto|coinbase|gdax|bitfinex|binance|kraken|bybit|okx|bitstamp|cryptofuture");
    private static final Pattern FX_PATH = Pattern.compile("forex|fxcm|oanda");
    private static final Pattern EQUITY_PATH = Pattern.compile("equity|/usa/|lean-usa");
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    @Override
    public String name() {
        return "lean";
    }

    @Override
    public String description() {
        return "QuantConnect LEAN zip: equity daily/hour/minute/second/tick (deci-cents, New York), forex quote "
                + "tick/minute/hour/daily (UTC-5), crypto trade/quote bars and ticks (UTC)";
    }

    /** What the inner file name and path say. */
    private record Shape(String symbol, LocalDate day, String resolution, boolean quote, boolean perpetual) {
    }

    @Override
    public int detect(Sample sample) {
        if (!sample.source().isZipEntry()) {
            return 0;
        }
        return shape(sample) != null && !sample.isEmpty() ? 95 : 0;
    }

    private static Shape shape(Sample sample) {
        String file = sample.source().fileName();
        Matcher m = INTRADAY.matcher(file);
        if (m.matches()) {
            return new Shape(m.group(2), LocalDate.parse(m.group(1), DAY), m.group(3).toLowerCase(Locale.ROOT),
                    m.group(4).equalsIgnoreCase("quote"), "perp".equalsIgnoreCase(m.group(5)));
        }
        m = EQUITY_TICK.matcher(file);
        if (m.matches()) {
            return new Shape(m.group(2), LocalDate.parse(m.group(1), DAY), "tick",
                    m.group(3).equalsIgnoreCase("quote"), false);
        }
        m = BARS.matcher(file);
        if (m.matches() && !sample.isEmpty() && sample.firstLine().matches("\\d{8} \\d{2}:\\d{2},.*")) {
            String zipName = sample.source().path().getFileName().toString().toLowerCase(Locale.ROOT);
            boolean quote = zipName.endsWith("_quote.zip") || FX_PATH.matcher(sample.pathText()).find();
            return new Shape(m.group(1), null, barResolution(sample), quote, false);
        }
        return null;
    }

    /** daily or hour: from the path, else from whether the first bars are all at midnight a day or more apart. */
    private static String barResolution(Sample sample) {
        String p = sample.pathText();
        if (p.contains("daily")) {
            return "daily";
        }
        if (p.contains("hour")) {
            return "hour";
        }
        boolean midnights = sample.lines().stream().allMatch(l -> l.startsWith(" 00:00", 8));
        return midnights ? "daily" : "hour";
    }

    @Override
    public List<ParsedPart> read(Source source, Sample sample, ImportOptions options) throws IOException {
        String name = source.displayName();
        if (sample.isEmpty()) {
            throw new BadInputException(name + ": the file is empty");
        }
        Shape shape = shape(sample);
        if (shape == null) {
            throw new BadInputException(name + ": not a LEAN data file (inner file '" + source.fileName()
                    + "' does not follow LEAN's naming: <ticker>.csv or <yyyyMMdd>_<ticker>_<resolution>_<trade|quote>.csv)");
        }
        AssetClass asset = assetClass(sample, options);
        SeriesTraits traits = LayoutDefaults.traits(switch (asset) {
            case FX -> SeriesTraits.FX;
            case CRYPTO -> SeriesTraits.CRYPTO;
            default -> SeriesTraits.US_EQUITY;
        }, options);
        int shift = asset == AssetClass.EQUITY ? 4 : 0;
        boolean intraday = shape.day() != null;
        TimestampParser time = intraday ? new MillisOfDay(shape.day(), new ZoneConverter(traits.zone()))
                : new DateTimeText(new ZoneConverter(traits.zone()));
        CsvSpec spec = spec(shape, asset, shift, time, name);
        Timeframe tf = switch (shape.resolution()) {
            case "daily" -> Timeframe.DAY_1;
            case "hour" -> Timeframe.HOUR_1;
            case "minute" -> Timeframe.MINUTE_1;
            case "second" -> Timeframe.SECOND_1;
            default -> null;
        };
        // A perpetual swap is another instrument than the spot pair of the same name: keep them apart.
        String symbol = options.symbol() != null ? options.symbol().strip().toUpperCase(Locale.ROOT)
                : shape.symbol().toUpperCase(Locale.ROOT) + (shape.perpetual() ? "-PERP" : "");
        ParsedPart part = CsvSeriesReader.read(source, spec, name(), symbol, tf, StampAt.OPEN, traits, options);
        if (asset == AssetClass.EQUITY && !intraday) {
            FactorTable factors = factorsBeside(source, shape.symbol());
            if (factors != null) {
                part = part.withFactors(factors);
            }
        }
        return List.of(part);
    }

    private static CsvSpec spec(Shape shape, AssetClass asset, int shift, TimestampParser time, String name) {
        String res = shape.resolution();
        if (res.equals("tick")) {
            if (asset == AssetClass.EQUITY) {
                if (shape.quote()) {
                    throw new BadInputException(name + ": LEAN equity quote ticks (one side per row) are not supported yet; "
                            + "import the minute quote bars instead");
                }
                return new CsvSpec(SeriesKind.TRADES, (byte) ',', 0, 6, 0, time, List.of(
                        Target.decimal(PRICE, 1, shift), Target.decimal(SIZE, 2),
                        new Target(EXCHANGE, 3, FieldType.LETTER, 0), new Target(CONDITION, 4, FieldType.HEX, 0),
                        new Target(SUSPICIOUS, 5, FieldType.FLAG, 0)));
            }
            if (asset == AssetClass.FX) {
                return new CsvSpec(SeriesKind.QUOTES, (byte) ',', 0, 3, 0, time, List.of(
                        Target.decimal(BID, 1), Target.decimal(ASK, 2)));
            }
            return shape.quote()
                    ? new CsvSpec(SeriesKind.QUOTES, (byte) ',', 0, 5, 0, time, List.of(Target.decimal(BID, 1),
                    Target.decimal(BID_SIZE, 2), Target.decimal(ASK, 3), Target.decimal(ASK_SIZE, 4)))
                    : new CsvSpec(SeriesKind.TRADES, (byte) ',', 0, 3, 0, time, List.of(Target.decimal(PRICE, 1),
                    Target.decimal(SIZE, 2)));
        }
        if (shape.quote() || asset == AssetClass.FX) {
            List<Target> t = new ArrayList<>();
            String[] cols = {BID_OPEN, BID_HIGH, BID_LOW, BID_CLOSE, BID_SIZE, ASK_OPEN, ASK_HIGH, ASK_LOW, ASK_CLOSE, ASK_SIZE};
            for (int i = 0; i < cols.length; i++) {
                boolean size = cols[i].endsWith("size");
                t.add(Target.decimal(cols[i], i + 1, size ? 0 : shift));
            }
            return new CsvSpec(SeriesKind.QUOTE_BARS, (byte) ',', 0, 11, 0, time, t);
        }
        return new CsvSpec(SeriesKind.BARS, (byte) ',', 0, 6, 0, time, List.of(Target.decimal(OPEN, 1, shift),
                Target.decimal(HIGH, 2, shift), Target.decimal(LOW, 3, shift), Target.decimal(ColumnNames.CLOSE, 4, shift),
                Target.decimal(VOLUME, 5)));
    }

    private static AssetClass assetClass(Sample sample, ImportOptions options) {
        if (options.assetClass() != null) {
            return options.assetClass();
        }
        String p = sample.pathText();
        if (CRYPTO_PATH.matcher(p).find()) {
            return AssetClass.CRYPTO;
        }
        if (FX_PATH.matcher(p).find()) {
            return AssetClass.FX;
        }
        if (EQUITY_PATH.matcher(p).find()) {
            return AssetClass.EQUITY;
        }
        // LEAN writes equity prices as whole deci-cents and everything else as plain decimals.
        String[] f = Sample.split(sample.firstLine(), ',');
        boolean wholePrices = f.length >= 5 && f[1].matches("\\d+") && f[2].matches("\\d+");
        if (wholePrices) {
            return AssetClass.EQUITY;
        }
        throw new BadInputException(sample.source().displayName() + ": cannot tell whether this LEAN file is forex or "
                + "crypto from its path; give --asset-class fx or --asset-class crypto");
    }

    /** LEAN keeps factor files in {@code <market>/factor_files/<ticker>.csv}, beside the {@code daily}/{@code hour} folder. */
    private static FactorTable factorsBeside(Source source, String ticker) throws IOException {
        Path dir = source.path().toAbsolutePath().getParent();
        if (dir == null || dir.getParent() == null) {
            return null;
        }
        Path file = dir.getParent().resolve("factor_files").resolve(ticker.toLowerCase(Locale.ROOT) + ".csv");
        return Files.isRegularFile(file) ? FactorTable.read(file, file.toString()) : null;
    }
}
