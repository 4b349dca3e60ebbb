package io.sextant.data.importer;

import io.sextant.core.data.Timeframe;
import io.sextant.data.series.ByteColumnBuilder;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumnBuilder;
import io.sextant.data.series.SeriesBuilder;
import io.sextant.data.series.SeriesTraits;
import io.sextant.data.text.CsvLines;
import io.sextant.data.text.MalformedLineException;
import io.sextant.data.validate.ProblemLog;
import io.sextant.data.validate.Rule;

import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipException;

/**
 * Reads a delimited source into one series part following a {@link CsvSpec}. The hot loop works
 * on byte ranges: no String per field, no boxing.
 */
final class CsvSeriesReader {
    /** Placeholder close time until the timeframe is known. */
    static final long UNKNOWN_CLOSE = Long.MIN_VALUE;

    private CsvSeriesReader() {
    }

    static ParsedPart read(Source source, CsvSpec spec, String layout, String symbol, Timeframe timeframe,
                           StampAt stamp, SeriesTraits traits, ImportOptions options) throws IOException {
        ProblemLog log = new ProblemLog();
        Set<String> optional = new HashSet<>();
        for (Target t : spec.targets()) {
            if (spec.kind().optionalColumns().contains(t.column())) {
                optional.add(t.column());
            }
        }
        int capacity = source.size() > 0 ? (int) Math.min(Integer.MAX_VALUE - 16, source.size() / 24) : 1024;
        SeriesAssembler asm = new SeriesAssembler(source, spec.kind(), optional, options.onError(), log, capacity);
        SeriesBuilder b = asm.builder();
        LongColumnBuilder time = b.longs(spec.kind().timeColumn());
        boolean closeGiven = spec.targets().stream().anyMatch(t -> t.column().equals(ColumnNames.TS_CLOSE));
        LongColumnBuilder close = spec.kind().isTick() || closeGiven ? null : b.longs(ColumnNames.TS_CLOSE);
        int n = spec.targets().size();
        LongColumnBuilder[] longs = new LongColumnBuilder[n];
        ByteColumnBuilder[] bytes = new ByteColumnBuilder[n];
        FieldType[] types = new FieldType[n];
        int[] fields = new int[n];
        int[] shifts = new int[n];
        Map<String, Integer> fieldOf = new HashMap<>();
        fieldOf.put(spec.kind().timeColumn(), spec.timeField());
        for (int i = 0; i < n; i++) {
            Target t = spec.targets().get(i);
            types[i] = t.type();
            fields[i] = t.field();
            shifts[i] = t.shift();
            fieldOf.put(t.column(), t.field());
            if (t.type() == FieldType.LETTER || t.type() == FieldType.FLAG) {
                bytes[i] = b.bytes(t.column());
            } else {
                longs[i] = b.longs(t.column());
            }
        }
        try (CsvLines csv = new CsvLines(source.open(), spec.separator())) {
            for (int skip = 0; skip < spec.headerLines() && csv.next(); skip++) {
                // header
            }
            java.util.function.ToIntFunction<String> columnOf = c -> {
                Integer f = fieldOf.get(c);
                return f == null || f >= csv.fieldCount() ? 0 : csv.column(f);
            };
            rows:
            while (!asm.stopped() && nextLine(csv, asm)) {
                int line = csv.lineNumber();
                if (csv.fieldCount() != spec.fieldCount()) {
                    asm.reject(line, 0, Rule.PARSE, "expected " + spec.fieldCount() + " fields, found "
                            + csv.fieldCount() + ": '" + shorten(csv.lineText()) + "'");
                    continue;
                }
                byte[] buf = csv.buffer();
                int tf = spec.timeField();
                long ts = spec.time().parse(buf, csv.start(tf), csv.end(tf));
                if (ts == io.sextant.data.text.TimestampParser.INVALID) {
                    asm.reject(line, csv.column(tf), Rule.PARSE, "timestamp '" + csv.field(tf) + "' is not "
                            + spec.time().describe());
                    continue;
                }
                time.add(ts);
                if (close != null) {
                    close.add(UNKNOWN_CLOSE);
                }
                for (int i = 0; i < n; i++) {
                    int f = fields[i];
                    int s = csv.start(f);
                    int e = csv.end(f);
                    boolean ok = switch (types[i]) {
                        case TIME -> time(asm, longs[i], spec, buf, s, e, line, csv.column(f));
                        case DECIMAL -> asm.decimal(longs[i], buf, s, e, shifts[i], line, csv.column(f));
                        case INTEGER -> whole(asm, longs[i], buf, s, e, 10, line, csv.column(f));
                        case HEX -> whole(asm, longs[i], buf, s, e, 16, line, csv.column(f));
                        case LETTER -> letter(asm, bytes[i], buf, s, e, line, csv.column(f));
                        case FLAG -> flag(asm, bytes[i], buf, s, e, line, csv.column(f));
                    };
                    if (!ok) {
                        continue rows;
                    }
                }
                asm.endRow(line, columnOf);
            }
            if (asm.stopped() && source.isZipEntry()) {
                csv.drain(); // reach the end, so a damaged archive is reported as such, not as bad rows
            }
        } catch (ZipException | EOFException e) {
            throw new BadInputException(source.displayName() + ": corrupt or truncated zip archive (" + e.getMessage() + ")");
        }
        return new ParsedPart(symbol, spec.kind(), timeframe, stamp, traits, b.build(), source, layout,
                asm.firstLine(), asm.lastLine(), null, log);
    }

    /**
     * {@link CsvLines#next()}, turning a malformed line (a quote never closed) into a rejected row.
     * The scanner cannot find the next row boundary after that, so reading stops there.
     */
    private static boolean nextLine(CsvLines csv, SeriesAssembler asm) throws IOException {
        try {
            return csv.next();
        } catch (MalformedLineException e) {
            asm.reject(e.line(), e.column(), Rule.PARSE, e.getMessage());
            return false;
        }
    }

    private static boolean time(SeriesAssembler asm, LongColumnBuilder col, CsvSpec spec, byte[] b, int s, int e, int line,
                                int column) {
        long t = spec.time().parse(b, s, e);
        if (t == io.sextant.data.text.TimestampParser.INVALID) {
            asm.reject(line, column, Rule.PARSE, col.name() + " '" + new String(b, s, e - s, StandardCharsets.UTF_8)
                    + "' is not " + spec.time().describe());
            return false;
        }
        col.add(t);
        return true;
    }

    private static boolean whole(SeriesAssembler asm, LongColumnBuilder col, byte[] b, int s, int e, int radix, int line,
                                 int column) {
        long plain = plainDigits(b, s, e, radix);
        if (plain >= 0) {
            col.add(plain);
            return true;
        }
        String text = new String(b, s, e - s, StandardCharsets.US_ASCII).strip();
        try {
            col.add(Long.parseLong(text, radix));
            return true;
        } catch (NumberFormatException ex) {
            asm.reject(line, column, Rule.PARSE, col.name() + " '" + text + "' is not a "
                    + (radix == 16 ? "hexadecimal" : "whole") + " number");
            return false;
        }
    }

    /**
     * The value of a field of 1 to 15 plain ASCII digits of {@code radix} (10 or 16), or -1 for anything
     * else (signs, spaces, more digits, bad characters), which the general path then parses or rejects.
     */
    static long plainDigits(byte[] b, int s, int e, int radix) {
        if (e - s < 1 || e - s > 15) {
            return -1;
        }
        long value = 0;
        for (int i = s; i < e; i++) {
            int c = b[i];
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (radix == 16 && c >= 'a' && c <= 'f') {
                d = c - 'a' + 10;
            } else if (radix == 16 && c >= 'A' && c <= 'F') {
                d = c - 'A' + 10;
            } else {
                return -1;
            }
            value = value * radix + d;
        }
        return value;
    }

    private static boolean letter(SeriesAssembler asm, ByteColumnBuilder col, byte[] b, int s, int e, int line, int column) {
        if (e - s != 1) {
            asm.reject(line, column, Rule.PARSE, "expected a one-letter code, found '"
                    + new String(b, s, e - s, StandardCharsets.UTF_8) + "'");
            return false;
        }
        col.add(b[s]);
        return true;
    }

    private static boolean flag(SeriesAssembler asm, ByteColumnBuilder col, byte[] b, int s, int e, int line, int column) {
        if (e - s == 1 && (b[s] == '0' || b[s] == '1')) {
            col.add((byte) (b[s] - '0'));
            return true;
        }
        String text = new String(b, s, e - s, StandardCharsets.US_ASCII).strip();
        switch (text) {
            case "0", "false", "False", "FALSE" -> col.add((byte) 0);
            case "1", "true", "True", "TRUE" -> col.add((byte) 1);
            default -> {
                asm.reject(line, column, Rule.PARSE, "expected 0/1 or true/false, found '" + text + "'");
                return false;
            }
        }
        return true;
    }

    static String shorten(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }

}
