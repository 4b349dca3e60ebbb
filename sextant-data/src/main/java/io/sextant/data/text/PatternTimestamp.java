package io.sextant.data.text;

import io.sextant.core.time.Nanos;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/**
 * Timestamps in a user-given {@link DateTimeFormatter} pattern (e.g. {@code dd/MM/yyyy HH:mm}),
 * local to a zone unless the pattern has an offset. Slower than {@link DateTimeText}; used only
 * when the user names a pattern.
 */
public final class PatternTimestamp implements TimestampParser {
    private final String pattern;
    private final DateTimeFormatter formatter;
    private final ZoneId zone;

    public PatternTimestamp(String pattern, ZoneId zone) {
        this.pattern = pattern;
        try {
            this.formatter = DateTimeFormatter.ofPattern(pattern);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad timestamp format '" + pattern + "': " + e.getMessage(), e);
        }
        this.zone = zone;
    }

    @Override
    public String describe() {
        return "pattern " + pattern + " (local times in " + zone + ")";
    }

    @Override
    public long parse(byte[] b, int start, int end) {
        String text = new String(b, start, end - start, StandardCharsets.UTF_8).strip();
        try {
            TemporalAccessor t = formatter.parse(text);
            LocalDate date = t.query(TemporalQueries.localDate());
            if (date == null) {
                return INVALID;
            }
            java.time.LocalTime time = t.query(TemporalQueries.localTime());
            LocalDateTime ldt = time == null ? date.atStartOfDay() : date.atTime(time);
            java.time.ZoneOffset offset = t.query(TemporalQueries.offset());
            ZonedDateTime z = offset != null ? ldt.atOffset(offset).toZonedDateTime() : ldt.atZone(zone);
            return Nanos.ofInstant(z.toInstant());
        } catch (DateTimeParseException e) {
            return INVALID;
        }
    }
}
