package io.sextant.data.export;

import static io.sextant.data.testing.Imports.NEW_YORK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.core.data.Timeframe;
import io.sextant.data.resample.Resampler;
import io.sextant.data.series.ByteColumn;
import io.sextant.data.series.Column;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parquet export read back by DuckDB: the same values, with exact DECIMAL and nanosecond TIMESTAMP types. */
class ParquetExporterTest {

    @Test
    void minuteBarsWithVwapAndTradeCount(@TempDir Path tmp) throws Exception {
        SeriesData ticks = Imports.one(SharedData.file("equities-intraday/lean-usa-tick-spy/20131007_trade.zip")).data();
        SeriesData bars = Resampler.resample(ticks, Timeframe.MINUTE_1, NEW_YORK, false).data();
        Path out = tmp.resolve("spy.parquet");
        ParquetExporter.write(bars, out);

        assertThat(types(out)).containsExactly(Map.entry("ts_open", "TIMESTAMP_NS"), Map.entry("ts_close", "TIMESTAMP_NS"),
                Map.entry("open", "DECIMAL(18,4)"), Map.entry("high", "DECIMAL(18,4)"), Map.entry("low", "DECIMAL(18,4)"),
                Map.entry("close", "DECIMAL(18,4)"), Map.entry("volume", "DECIMAL(18,0)"),
                Map.entry("vwap", "DECIMAL(18,8)"), Map.entry("trades", "BIGINT"));
        assertReadsBack(bars, out);
        assertThat(CsvExporterTest.leftovers(tmp)).containsExactly("spy.parquet");
    }

    @Test
    void tradeTicksWithCodesAndQuoteTicks(@TempDir Path tmp) throws Exception {
        SeriesData trades = Imports.one(SharedData.file("equities-intraday/lean-usa-tick-spy/20131010_trade.zip")).data();
        Path out = tmp.resolve("spy-trades.parquet");
        ParquetExporter.write(trades, out);
        assertThat(types(out)).containsExactly(Map.entry("ts", "TIMESTAMP_NS"), Map.entry("price", "DECIMAL(18,4)"),
                Map.entry("size", "DECIMAL(18,0)"), Map.entry("exchange", "VARCHAR"), Map.entry("condition", "BIGINT"),
                Map.entry("suspicious", "TINYINT"));
        assertReadsBack(trades, out);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement s = c.prepareStatement("SELECT count(*), sum(suspicious), count(DISTINCT exchange) "
                     + "FROM read_parquet(?)")) {
            s.setString(1, out.toString());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(460_032);
                assertThat(rs.getLong(2)).isEqualTo(10);
            }
        }

        SeriesData quotes = Imports.one(SharedData.file("fx/lean-fxcm-eurusd-tick/20140505_quote.zip")).data();
        Path q = tmp.resolve("eurusd.parquet");
        ParquetExporter.write(quotes, q);
        assertThat(types(q)).containsExactly(Map.entry("ts", "TIMESTAMP_NS"), Map.entry("bid", "DECIMAL(18,5)"),
                Map.entry("ask", "DECIMAL(18,5)"));
        assertReadsBack(quotes, q);
    }

    /** Nanosecond times survive; raw values of 19 digits need a 38-digit decimal. */
    @Test
    void nanosecondsAndValuesBeyondEighteenDigits(@TempDir Path tmp) throws Exception {
        long t = 1_700_000_000_123_456_789L;
        SeriesData d = new SeriesData(SeriesKind.TRADES, List.of(
                new LongColumn(ColumnNames.TS, new long[]{t, t + 1, t + 999}, 0),
                new LongColumn(ColumnNames.PRICE, new long[]{1, 999_999_999_999_999_999L, 42}, 9),
                new LongColumn(ColumnNames.SIZE, new long[]{Long.MAX_VALUE, 1_000_000_000_000_000_000L, 0}, 2)));
        Path out = tmp.resolve("big.parquet");
        ParquetExporter.write(d, out);

        assertThat(types(out)).containsExactly(Map.entry("ts", "TIMESTAMP_NS"), Map.entry("price", "DECIMAL(18,9)"),
                Map.entry("size", "DECIMAL(38,2)"));
        assertReadsBack(d, out);
    }

    @Test
    void aFailedExportLeavesNothingHalfWritten(@TempDir Path tmp) throws IOException {
        SeriesData bars = Imports.one(SharedData.file("equities-intraday/lean-usa-minute/spy/20131007_trade.zip")).data();
        Path out = tmp.resolve("spy.parquet");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "keep");
        assertThatThrownBy(() -> ParquetExporter.write(bars, out)).isInstanceOf(IOException.class);
        assertThat(CsvExporterTest.leftovers(tmp)).containsExactly("spy.parquet");
        assertThat(CsvExporterTest.leftovers(out)).containsExactly("keep.txt");

        // The temporary CSV DuckDB reads is removed as well.
        ParquetExporter.write(bars, tmp.resolve("ok.parquet"));
        assertThat(CsvExporterTest.leftovers(tmp)).containsExactly("ok.parquet", "spy.parquet");
    }

    /** Column name to DuckDB type, in file order. */
    private static Map<String, String> types(Path parquet) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement s = c.prepareStatement("DESCRIBE SELECT * FROM read_parquet(?)")) {
            s.setString(1, parquet.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.put(rs.getString("column_name"), rs.getString("column_type"));
                }
            }
        }
        return out;
    }

    /** {@code SELECT * FROM read_parquet(...)} gives every value of {@code data}: times as epoch ns, decimals exactly. */
    private static void assertReadsBack(SeriesData data, Path parquet) throws SQLException {
        List<Column> cols = data.columns();
        StringBuilder select = new StringBuilder("SELECT ");
        for (int i = 0; i < cols.size(); i++) {
            String n = cols.get(i).name();
            select.append(i > 0 ? ", " : "").append(CsvExporter.isTime(n) ? "epoch_ns(\"" + n + "\")" : "\"" + n + "\"");
        }
        select.append(" FROM read_parquet(?)");
        int row = 0;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement s = c.prepareStatement(select.toString())) {
            s.setString(1, parquet.toString());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    for (int k = 0; k < cols.size(); k++) {
                        Column col = cols.get(k);
                        boolean same = switch (col) {
                            case LongColumn l when CsvExporter.isTime(l.name()) || l.name().equals(ColumnNames.TRADES)
                                    || l.name().equals(ColumnNames.CONDITION) -> rs.getLong(k + 1) == l.values()[row];
                            case LongColumn l -> rs.getBigDecimal(k + 1).equals(BigDecimal.valueOf(l.values()[row], l.scale()));
                            case ByteColumn b when b.name().equals(ColumnNames.EXCHANGE) ->
                                    rs.getString(k + 1).equals(String.valueOf((char) b.values()[row]));
                            case ByteColumn b -> rs.getByte(k + 1) == b.values()[row];
                        };
                        if (!same) {
                            throw new AssertionError(col.name() + " row " + row + " read back as " + rs.getObject(k + 1));
                        }
                    }
                    row++;
                }
            }
        }
        assertThat(row).isEqualTo(data.rows());
    }
}
