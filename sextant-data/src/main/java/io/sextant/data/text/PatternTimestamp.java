package io.sextant.data.text;

import io.sextant.core.time.Nanos;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;

/**
 * Timestamps in a user-given {@link DateTimeFormatter} pattern (e.g. {@code dd/MM/yyyy HH:mm}),
 * local to a zone unless the pattern has an offset or a zone id. Dates and times that do not exist
 * ({@code 30/02/2017}, {@code 24:00}) are refused, not moved. Slower than {@link DateTimeText};
 * used only when the user names a pattern.
 */
public final class PatternTimestamp implements TimestampParser {
    private final String pattern;
    private final DateTimeFormatter formatter;
    private final ZoneId zone;

    public PatternTimestamp(String pattern, ZoneId zone) {
        this.pattern = pattern;
        try {
            // STRICT resolving refuses 30/02 instead of moving it to 28/02; STRICT needs an era for
            // year-of-era ("yyyy"), so one is assumed (CE) where the pattern has none.
            this.formatter = new DateTimeFormatterBuilder().appendPattern(pattern)
                    .parseDefaulting(ChronoField.ERA, 1).toFormatter().withResolverStyle(ResolverStyle.STRICT);
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
            ZoneId parsed = t.query(TemporalQueries.zone()); // an offset, or a zone id, if the pattern has one
            ZonedDateTime z = ldt.atZone(parsed != null ? parsed : zone);
            return Nanos.ofInstant(z.toInstant());
        } catch (DateTimeParseException | ArithmeticException e) {
            return INVALID;
        }
    }
}
