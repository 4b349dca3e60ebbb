package io.sextant.data.importer;

import io.sextant.data.text.DateTimeText;
import io.sextant.data.text.EpochTimestamp;
import io.sextant.data.text.PatternTimestamp;
import io.sextant.data.text.TimestampParser;
import io.sextant.data.text.ZoneConverter;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;

/** Chooses how to read a timestamp column: the user's {@code --timestamp-format}, or detected from a sample value. */
final class TimestampFormats {
    private TimestampFormats() {
    }

    /**
     * A parser for {@code format} ({@code epoch-s|epoch-ms|epoch-us|epoch-ns} or a {@code java.time}
     * pattern), or, when it is null, one that reads {@code sampleValue}: calendar text, or an epoch
     * number whose unit is guessed from its size. The sample value may still carry the quotes of a quoted field.
     */
    static TimestampParser choose(String format, String sampleValue, ZoneId zone, String source) {
        if (format != null) {
            String f = format.strip();
            if (f.toLowerCase(Locale.ROOT).startsWith("epoch-")) {
                return new EpochTimestamp(EpochTimestamp.Unit.parse(f.substring(6)));
            }
            return new PatternTimestamp(f, zone);
        }
        String v = sampleValue == null ? "" : sampleValue.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1).strip(); // a quoted field (the sample is split without quote handling)
        }
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        DateTimeText text = new DateTimeText(new ZoneConverter(zone));
        if (v.length() >= 8 && !v.matches("-?\\d+(\\.\\d+)?") && text.parse(b, 0, b.length) != TimestampParser.INVALID) {
            return text;
        }
        if (v.matches("\\d{8}")) {
            return text;
        }
        if (v.matches("-?\\d+(\\.\\d+)?")) {
            long whole = Long.parseLong(v.contains(".") ? v.substring(0, v.indexOf('.')) : v);
            return new EpochTimestamp(EpochTimestamp.Unit.guess(whole));
        }
        throw new BadInputException(source + ": cannot read timestamps like '" + v + "'. Give --timestamp-format, e.g. "
                + "--timestamp-format 'dd/MM/yyyy HH:mm' or --timestamp-format epoch-ms");
    }
}
