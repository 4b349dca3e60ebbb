package io.sextant.data.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.time.Nanos;
import io.sextant.data.importer.ImportOptions;
import io.sextant.data.importer.ImportProgress;
import io.sextant.data.importer.ImportResult;
import io.sextant.data.importer.ImportedSeries;
import io.sextant.data.importer.Importer;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small helpers for tests that import files and check the values they give. */
public final class Imports {
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    public static final ZoneId UTC = ZoneId.of("UTC");

    private Imports() {
    }

    /** Imports {@code paths} with {@code options}, single-threaded reading not assumed. */
    public static ImportResult read(ImportOptions options, Path... paths) {
        try {
            return new Importer().read(Arrays.stream(paths).map(Path::toString).toList(), options, ImportProgress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Imports {@code paths} with the default options (detect everything, reject bad rows). */
    public static ImportResult read(Path... paths) {
        return read(ImportOptions.defaults(), paths);
    }

    /** The single series an import gives; fails if it gives several. */
    public static ImportedSeries one(ImportOptions options, Path... paths) {
        List<ImportedSeries> series = read(options, paths).series();
        assertThat(series).as("series imported from %s", Arrays.toString(paths)).hasSize(1);
        return series.getFirst();
    }

    public static ImportedSeries one(Path... paths) {
        return one(ImportOptions.defaults(), paths);
    }

    /** The series with {@code key} in an import result. */
    public static ImportedSeries series(ImportResult result, SeriesKey key) {
        return result.series().stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + key + " in " + result.series().stream()
                        .map(ImportedSeries::key).toList()));
    }

    /** The exact decimal value of a fixed-point column at {@code row}. */
    public static BigDecimal value(SeriesData data, String column, int row) {
        LongColumn c = data.longs(column);
        return BigDecimal.valueOf(c.values()[row], c.scale());
    }

    /** The long value (a time or a count) of a column at {@code row}. */
    public static long raw(SeriesData data, String column, int row) {
        return data.longs(column).values()[row];
    }

    /** Epoch ns of a local date-time in {@code zone}. */
    public static long at(LocalDateTime local, ZoneId zone) {
        return Nanos.ofInstant(local.atZone(zone).toInstant());
    }

    /** Epoch ns of {@code yyyy-MM-ddTHH:mm[:ss[.fff]]} in {@code zone}. */
    public static long at(String local, ZoneId zone) {
        return at(LocalDateTime.parse(local), zone);
    }

    /** Epoch ns of local midnight of {@code date} in {@code zone}. */
    public static long midnight(LocalDate date, ZoneId zone) {
        return Nanos.ofInstant(date.atStartOfDay(zone).toInstant());
    }

    /** Epoch ns of an ISO instant, e.g. {@code 2013-10-07T08:00:00Z}. */
    public static long utc(String instant) {
        return Nanos.ofInstant(java.time.Instant.parse(instant));
    }

    /** LEAN deci-cents as dollars. */
    public static BigDecimal deciCents(String integer) {
        return new BigDecimal(integer).movePointLeft(4);
    }

    /** Writes a text file (UTF-8) and returns its path. */
    public static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a zip holding one entry named {@code entry} with {@code text}, as LEAN stores its files. */
    public static Path zip(Path file, String entry, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file); ZipOutputStream z = new ZipOutputStream(out)) {
                z.putNextEntry(new ZipEntry(entry));
                z.write(text.getBytes(StandardCharsets.US_ASCII));
                z.closeEntry();
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
