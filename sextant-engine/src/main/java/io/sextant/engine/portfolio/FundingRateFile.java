package io.sextant.engine.portfolio;

import io.sextant.core.time.Nanos;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads funding-rate files into {@link FundingRates}.
 *
 * <ul>
 *   <li>LEAN {@code margin_interest/<symbol>.csv}: headerless {@code yyyyMMdd HH:mm:ss,rate}, UTC, the rate
 *   per funding period.</li>
 *   <li>freqtrade {@code *-funding_rate.json}: an array of {@code [ts_ms, rate, 0, 0, 0, 0]}, UTC. The
 *   timestamps carry milliseconds of jitter; they are kept as they are.</li>
 * </ul>
 */
public final class FundingRateFile {
    private static final DateTimeFormatter LEAN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm:ss");
    private static final Pattern JSON_ROW = Pattern.compile("\\[\\s*([^\\[\\],]+)\\s*,\\s*([^\\[\\],]+)[^\\[\\]]*\\]");

    private FundingRateFile() {
    }

    /** A LEAN funding-rate CSV (CRLF and a missing final newline accepted). */
    public static FundingRates readLean(Path file) throws IOException {
        List<Long> times = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(",");
            if (f.length != 2) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected 'yyyyMMdd HH:mm:ss,rate', got '"
                        + line + "'");
            }
            try {
                times.add(Nanos.ofInstant(LocalDateTime.parse(f[0].strip(), LEAN_TIME).toInstant(ZoneOffset.UTC)));
                rates.add(new BigDecimal(f[1].strip()));
            } catch (DateTimeParseException | NumberFormatException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage() + " in '" + line + "'", e);
            }
        }
        return FundingRates.of(times, rates);
    }

    /** A freqtrade funding-rate JSON file. */
    public static FundingRates readFreqtrade(Path file) throws IOException {
        String text = Files.readString(file);
        List<Long> times = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>();
        Matcher m = JSON_ROW.matcher(text);
        while (m.find()) {
            try {
                long ms = new BigDecimal(m.group(1).strip()).longValueExact();
                times.add(ms * Nanos.PER_MILLI);
                rates.add(new BigDecimal(m.group(2).strip()));
            } catch (ArithmeticException | NumberFormatException e) {
                throw new IllegalArgumentException(file + ": bad funding row '" + m.group() + "': " + e.getMessage(), e);
            }
        }
        if (times.isEmpty()) {
            throw new IllegalArgumentException(file + ": no [ts_ms, rate, ...] rows found");
        }
        return FundingRates.of(times, rates);
    }
}
