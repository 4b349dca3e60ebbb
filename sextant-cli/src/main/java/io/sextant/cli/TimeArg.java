package io.sextant.cli;

import io.sextant.core.time.Nanos;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/**
 * A time given on the command line: a date ({@code 2014-06-09}), a local date-time
 * ({@code 2014-06-09T09:30}) in the series' zone, or an instant ({@code 2014-06-09T13:30:00Z}).
 * As an end, a date means the end of that day, so {@code --to 2014-06-09} includes the 9th.
 */
final class TimeArg {
    private TimeArg() {
    }

    /** Epoch ns of {@code text}; {@code end} makes a bare date mean the start of the next day. */
    static long parse(String text, ZoneId zone, boolean end, String option) {
        String t = text.strip();
        try {
            if (t.endsWith("Z") || t.matches(".*[+-]\\d{2}:\\d{2}$")) {
                return Nanos.ofInstant(Instant.parse(t.endsWith("Z") ? t : java.time.OffsetDateTime.parse(t).toInstant().toString()));
            }
            if (t.contains("T")) {
                return Nanos.ofInstant(LocalDateTime.parse(t).atZone(zone).toInstant());
            }
            LocalDate d = LocalDate.parse(t);
            return Nanos.ofInstant((end ? d.plusDays(1) : d).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException e) {
            throw new UsageException(option + " '" + text + "' is not a date (2014-06-09), a local date-time "
                    + "(2014-06-09T09:30) or an instant (2014-06-09T13:30:00Z)");
        }
    }
}
