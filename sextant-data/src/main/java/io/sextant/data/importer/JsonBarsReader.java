package io.sextant.data.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumnBuilder;
import io.sextant.data.series.SeriesBuilder;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.series.SeriesTraits;
import io.sextant.data.text.EpochTimestamp;
import io.sextant.data.validate.ProblemLog;
import io.sextant.data.validate.Rule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads bars from a JSON document holding an array of bar objects, streaming (no tree in memory).
 * Numbers may be JSON numbers or strings; their source text is parsed exactly, never through a double.
 */
final class JsonBarsReader {
    private static final JsonFactory JSON = new JsonFactory();
    private static final Pattern PERIOD = Pattern.compile("(?i)-P?T?(\\d+)([SMHDW])[-_.]");

    /**
     * The JSON shape.
     *
     * @param array     the field of the root object holding the bars
     * @param time      the bar's time field
     * @param timeUnit  its unit
     * @param stamp     whether it marks the open or the close
     * @param open      open field
     * @param high      high field
     * @param low       low field
     * @param close     close field
     * @param volume    volume field
     */
    record Shape(String array, String time, EpochTimestamp.Unit timeUnit, StampAt stamp, String open, String high,
                 String low, String close, String volume) {
    }

    private record Value(String text, int line, int column) {
    }

    private JsonBarsReader() {
    }

    static boolean looksLike(Sample sample, String array, String timeField) {
        String text = String.join("\n", sample.lines());
        return text.stripLeading().startsWith("{") && text.contains("\"" + array + "\"") && text.contains("\"" + timeField + "\"");
    }

    static ParsedPart read(Source source, Shape shape, String layout, ImportOptions options,
                           SeriesTraits defaults) throws IOException {
        ProblemLog log = new ProblemLog();
        String name = source.displayName();
        SeriesAssembler asm = new SeriesAssembler(source, SeriesKind.BARS, Set.of(ColumnNames.VOLUME), options.onError(),
                log, 4096);
        SeriesBuilder b = asm.builder();
        LongColumnBuilder open = b.longs(ColumnNames.TS_OPEN);
        LongColumnBuilder close = b.longs(ColumnNames.TS_CLOSE);
        String[] fields = {shape.open(), shape.high(), shape.low(), shape.close(), shape.volume()};
        LongColumnBuilder[] cols = {b.longs(ColumnNames.OPEN), b.longs(ColumnNames.HIGH), b.longs(ColumnNames.LOW),
                b.longs(ColumnNames.CLOSE), b.longs(ColumnNames.VOLUME)};
        EpochTimestamp time = new EpochTimestamp(shape.timeUnit());
        String docName = null;
        boolean sawArray = false;
        try (InputStream in = source.open(); JsonParser p = JSON.createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadInputException(name + ": expected a JSON object at the top, found " + p.currentToken());
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken t = p.nextToken();
                if (field.equals("name") && t == JsonToken.VALUE_STRING) {
                    docName = p.getText();
                } else if (field.equals(shape.array()) && t == JsonToken.START_ARRAY) {
                    sawArray = true;
                    int index = 0;
                    while (p.nextToken() == JsonToken.START_OBJECT && !asm.stopped()) {
                        Map<String, Value> bar = readObject(p);
                        appendBar(asm, bar, index++, shape, name, time, open, close, cols, fields);
                    }
                } else {
                    p.skipChildren();
                }
            }
        } catch (JsonParseException e) {
            JsonLocation at = e.getLocation();
            throw new BadInputException(name + ":" + at.getLineNr() + ":" + at.getColumnNr() + ": not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (!sawArray) {
            throw new BadInputException(name + ": the JSON has no \"" + shape.array() + "\" array of bars");
        }
        String symbol = options.symbol() != null ? options.symbol() : symbolOf(docName, source.fileName());
        return new ParsedPart(io.sextant.data.series.SeriesKey.normalizeSymbol(symbol), SeriesKind.BARS,
                options.timeframe() != null ? options.timeframe() : periodOf(source.fileName()),
                LayoutDefaults.stamp(shape.stamp(), options), LayoutDefaults.traits(defaults, options), b.build(), source,
                layout, asm.firstLine(), asm.lastLine(), null, log);
    }

    private static void appendBar(SeriesAssembler asm, Map<String, Value> bar, int index, Shape shape, String name,
                                  EpochTimestamp time, LongColumnBuilder open, LongColumnBuilder close,
                                  LongColumnBuilder[] cols, String[] fields) {
        Value ts = bar.get(shape.time());
        if (ts == null) {
            Value any = bar.values().stream().findFirst().orElse(new Value("", 0, 0));
            asm.reject(any.line(), any.column(), Rule.PARSE, "bar " + index + " has no \"" + shape.time() + "\" field");
            return;
        }
        byte[] tb = ts.text().getBytes(StandardCharsets.US_ASCII);
        long t = time.parse(tb, 0, tb.length);
        if (t == EpochTimestamp.INVALID) {
            asm.reject(ts.line(), ts.column(), Rule.PARSE, "\"" + shape.time() + "\" '" + ts.text() + "' is not "
                    + time.describe());
            return;
        }
        // Some exporters stamp a bar's end one millisecond early (Binance close_time = next open - 1 ms).
        if (shape.stamp() == StampAt.CLOSE && Math.floorMod(t, Nanos.PER_SECOND) == Nanos.PER_SECOND - Nanos.PER_MILLI) {
            t += Nanos.PER_MILLI;
        }
        open.add(t);
        close.add(CsvSeriesReader.UNKNOWN_CLOSE);
        for (int i = 0; i < fields.length; i++) {
            Value v = bar.get(fields[i]);
            if (v == null) {
                asm.reject(ts.line(), ts.column(), Rule.PARSE, "bar " + index + " has no \"" + fields[i] + "\" field");
                return;
            }
            byte[] vb = v.text().getBytes(StandardCharsets.US_ASCII);
            if (!asm.decimal(cols[i], vb, 0, vb.length, 0, v.line(), v.column())) {
                return;
            }
        }
        asm.endRow(ts.line(), c -> {
            String f = switch (c) {
                case ColumnNames.OPEN -> fields[0];
                case ColumnNames.HIGH -> fields[1];
                case ColumnNames.LOW -> fields[2];
                case ColumnNames.CLOSE -> fields[3];
                case ColumnNames.VOLUME -> fields[4];
                default -> shape.time();
            };
            Value v = bar.get(f);
            return v == null ? 0 : v.column();
        });
    }

    private static Map<String, Value> readObject(JsonParser p) throws IOException {
        Map<String, Value> out = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            JsonLocation at = p.currentTokenLocation();
            if (t.isScalarValue()) {
                out.put(field, new Value(t == JsonToken.VALUE_NULL ? "null" : p.getText(), at.getLineNr(), at.getColumnNr()));
            } else {
                p.skipChildren();
            }
        }
        return out;
    }

    /** The symbol from the document's name ({@code ETH/USD_PT5M@BinanceUS} is ETH/USD), else from the file name. */
    static String symbolOf(String docName, String fileName) {
        if (docName != null && !docName.isBlank()) {
            String s = docName.strip();
            int cut = s.length();
            for (char c : new char[]{'_', '@', ' '}) {
                int i = s.indexOf(c);
                if (i > 0) {
                    cut = Math.min(cut, i);
                }
            }
            return s.substring(0, cut).replace('/', '-');
        }
        String base = fileName.replaceAll("(?i)\\.json$", "");
        Matcher m = PERIOD.matcher(base + "-");
        if (m.find()) {
            base = base.substring(0, m.start());
        }
        return base.replaceFirst("(?i)^(coinbase|tradingview|yahoofinance|binanceus|binance|kraken|bitstamp)-", "");
    }

    /** The bar period in a ta4j-style file name ({@code -PT4H-}, {@code -PT1D-}, {@code -PT7D-}), or null. */
    static Timeframe periodOf(String fileName) {
        Matcher m = PERIOD.matcher(fileName);
        if (!m.find()) {
            return null;
        }
        int n = Integer.parseInt(m.group(1));
        return switch (Character.toUpperCase(m.group(2).charAt(0))) {
            case 'S' -> new Timeframe(n, io.sextant.core.data.TimeframeUnit.SECOND);
            case 'M' -> new Timeframe(n, io.sextant.core.data.TimeframeUnit.MINUTE);
            case 'H' -> new Timeframe(n, io.sextant.core.data.TimeframeUnit.HOUR);
            case 'W' -> new Timeframe(n, io.sextant.core.data.TimeframeUnit.WEEK);
            default -> n % 7 == 0 ? new Timeframe(n / 7, io.sextant.core.data.TimeframeUnit.WEEK)
                    : new Timeframe(n, io.sextant.core.data.TimeframeUnit.DAY);
        };
    }
}
