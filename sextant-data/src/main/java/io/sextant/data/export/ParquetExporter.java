package io.sextant.data.export;

import io.sextant.data.series.ByteColumn;
import io.sextant.data.series.Column;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a series as Parquet through embedded DuckDB, with exact types: times as
 * {@code TIMESTAMP(NANOS)} in UTC, prices and sizes as {@code DECIMAL(18, scale)} (38 digits if a
 * value needs more), counts as {@code BIGINT}, exchange codes as strings. The rows pass through an
 * epoch-nanosecond CSV that DuckDB reads with those types, so no value goes through a double.
 */
public final class ParquetExporter {
    private ParquetExporter() {
    }

    public static void write(SeriesData data, Path out) throws IOException {
        Exports.atomically(out, tmp -> {
            Path csv = Files.createTempFile(tmp.toAbsolutePath().getParent(), ".sextant-export", ".csv");
            try {
                CsvExporter.write(data, csv, TimeFormat.EPOCH_NS, ZoneId.of("UTC"));
                copyToParquet(data, csv, tmp);
            } finally {
                Files.deleteIfExists(csv);
            }
        });
    }

    private static void copyToParquet(SeriesData data, Path csv, Path parquet) throws IOException {
        List<String> types = new ArrayList<>();
        List<String> select = new ArrayList<>();
        for (Column c : data.columns()) {
            String name = c.name();
            switch (c) {
                case LongColumn l when CsvExporter.isTime(name) -> {
                    types.add(quote(name) + ": 'BIGINT'");
                    select.add("make_timestamp_ns(" + ident(name) + ") AS " + ident(name));
                }
                case LongColumn l when name.equals(ColumnNames.TRADES) || name.equals(ColumnNames.CONDITION) -> {
                    types.add(quote(name) + ": 'BIGINT'");
                    select.add(ident(name));
                }
                case LongColumn l -> {
                    types.add(quote(name) + ": 'DECIMAL(" + digits(l) + "," + l.scale() + ")'");
                    select.add(ident(name));
                }
                case ByteColumn b when name.equals(ColumnNames.EXCHANGE) -> {
                    types.add(quote(name) + ": 'VARCHAR'");
                    select.add(ident(name));
                }
                case ByteColumn b -> {
                    types.add(quote(name) + ": 'TINYINT'");
                    select.add(ident(name));
                }
            }
        }
        String sql = "COPY (SELECT " + String.join(", ", select) + " FROM read_csv(" + quote(csv.toString())
                + ", header = true, delim = ',', quote = '', columns = {" + String.join(", ", types) + "})) TO "
                + quote(parquet.toString()) + " (FORMAT PARQUET, COMPRESSION ZSTD)";
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IOException("DuckDB could not write Parquet: " + e.getMessage(), e);
        }
    }

    /** 18 digits fit a signed 64-bit Parquet decimal; larger raw values need 38. */
    private static int digits(LongColumn l) {
        for (long v : l.values()) {
            if (v >= 1_000_000_000_000_000_000L || v <= -1_000_000_000_000_000_000L) {
                return 38;
            }
        }
        return 18;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private static String ident(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
