package io.sextant.data.export;

import static io.sextant.data.testing.Imports.NEW_YORK;
import static io.sextant.data.testing.Imports.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.sextant.core.data.Timeframe;
import io.sextant.data.importer.ImportOptions;
import io.sextant.data.importer.ImportedSeries;
import io.sextant.data.series.ByteColumn;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV export: exact text, and round trips through the generic CSV importer on real series. */
class CsvExporterTest {
    private static final ImportOptions CSV = ImportOptions.defaults().withFormat("csv");

    @Test
    void minuteBarsRoundTripInEveryTimeFormat(@TempDir Path tmp) throws IOException {
        SeriesData bars = Imports.one(SharedData.file("equities-intraday/lean-usa-minute/spy/20131007_trade.zip")).data();
        for (TimeFormat f : TimeFormat.values()) {
            Path out = tmp.resolve(f.name().toLowerCase(java.util.Locale.ROOT)).resolve("spy.csv");
            CsvExporter.write(bars, out, f, NEW_YORK);
            // Local times need their zone given back; the others carry it.
            ImportedSeries back = Imports.one(f == TimeFormat.LOCAL ? CSV.withZone(NEW_YORK) : CSV, out);
            assertThat(back.key()).as(f.name()).isEqualTo(new SeriesKey("SPY", SeriesKind.BARS, Timeframe.MINUTE_1));
            assertSameRows(bars, back.data(), List.of(ColumnNames.TS_OPEN, ColumnNames.TS_CLOSE, ColumnNames.OPEN,
                    ColumnNames.HIGH, ColumnNames.LOW, ColumnNames.CLOSE, ColumnNames.VOLUME));
            assertThat(leftovers(out.getParent())).containsExactly("spy.csv");
        }
    }

    @Test
    void dailyBarsRoundTripWithTheirZone(@TempDir Path tmp) throws IOException {
        SeriesData daily = Imports.one(SharedData.file("equities-daily/lean-usa-daily/daily/aapl.zip")).data();
        Path out = tmp.resolve("aapl.csv");
        CsvExporter.write(daily, out, TimeFormat.ISO_OFFSET, NEW_YORK);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(5_850);
        assertThat(lines.get(1)).isEqualTo("1998-01-02T00:00-05:00,1998-01-03T00:00-05:00,13.6300,16.2500,13.5000,16.2500,"
                + "6315000");

        ImportedSeries back = Imports.one(CSV.withZone(NEW_YORK), out);
        assertThat(back.key()).isEqualTo(new SeriesKey("AAPL", SeriesKind.BARS, Timeframe.DAY_1));
        assertThat(back.review().notes()).isEmpty();
        // Read as UTC (the generic layout's default), New York midnights are 05:00: the import says so.
        assertThat(Imports.one(CSV, out).review().notes()).singleElement().asString()
                .contains("most 1d bars open at 05:00 in UTC").contains("--tz");
        assertSameRows(daily, back.data(), List.of(ColumnNames.TS_OPEN, ColumnNames.TS_CLOSE, ColumnNames.OPEN,
                ColumnNames.HIGH, ColumnNames.LOW, ColumnNames.CLOSE, ColumnNames.VOLUME));
    }

    @Test
    void tradesAndQuotesRoundTrip(@TempDir Path tmp) throws IOException {
        SeriesData trades = Imports.one(SharedData.file("equities-intraday/lean-usa-tick-spy/20131010_trade.zip")).data();
        Path out = tmp.resolve("spy.csv");
        CsvExporter.write(trades, out, TimeFormat.EPOCH_NS, NEW_YORK);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.getFirst()).isEqualTo("ts,price,size,exchange,condition,suspicious");
        assertThat(lines).hasSize(460_033);
        // Source line "14400795,1664300,200,P,20002000,0": epoch ns, dollars at the stored 4 decimals, the exchange letter,
        // the condition mask 0x20002000 as a decimal number, the flag as 0/1.
        assertThat(lines.get(1)).isEqualTo("1381392000795000000,166.4300,200,P,536879104,0");
        long suspicious = lines.stream().skip(1).filter(l -> l.endsWith(",1")).count();
        assertThat(suspicious).isEqualTo(10);
        ImportedSeries back = Imports.one(CSV, out);
        assertThat(back.key()).isEqualTo(new SeriesKey("SPY", SeriesKind.TRADES, null));
        // Every column comes back, the exchange letters, conditions and suspicious flags included.
        assertSameRows(trades, back.data(), List.of(ColumnNames.TS, ColumnNames.PRICE, ColumnNames.SIZE,
                ColumnNames.CONDITION));
        assertThat(back.data().optionalBytes(ColumnNames.EXCHANGE).orElseThrow().values())
                .isEqualTo(trades.optionalBytes(ColumnNames.EXCHANGE).orElseThrow().values());
        assertThat(back.data().optionalBytes(ColumnNames.SUSPICIOUS).orElseThrow().values())
                .isEqualTo(trades.optionalBytes(ColumnNames.SUSPICIOUS).orElseThrow().values());

        SeriesData quotes = Imports.one(SharedData.file("fx/lean-fxcm-eurusd-tick/20140505_quote.zip")).data();
        Path q = tmp.resolve("eurusd.csv");
        CsvExporter.write(quotes, q, TimeFormat.ISO_UTC, ZoneId.of("-05:00"));
        assertThat(Files.readAllLines(q).getFirst()).isEqualTo("ts,bid,ask");
        ImportedSeries qBack = Imports.one(CSV, q);
        assertThat(qBack.key()).isEqualTo(new SeriesKey("EURUSD", SeriesKind.QUOTES, null));
        assertSameRows(quotes, qBack.data(), List.of(ColumnNames.TS, ColumnNames.BID, ColumnNames.ASK));
    }

    /** Bars resampled from ticks carry VWAP and trade counts; the export keeps them and reads back without loss. */
    @Test
    void everyColumnOfResampledBarsRoundTrips(@TempDir Path tmp) throws IOException {
        SeriesData trades = Imports.one(SharedData.file("equities-intraday/lean-usa-tick-spy/20131010_trade.zip")).data();
        SeriesData bars = io.sextant.data.resample.Resampler.resample(trades, Timeframe.MINUTE_1, NEW_YORK, false).data();
        Path out = tmp.resolve("spy.csv");
        CsvExporter.write(bars, out, TimeFormat.ISO_UTC, NEW_YORK);
        assertThat(Files.readAllLines(out).getFirst()).isEqualTo("ts_open,ts_close,open,high,low,close,volume,vwap,trades");

        ImportedSeries back = Imports.one(CSV, out);
        assertThat(back.key()).isEqualTo(new SeriesKey("SPY", SeriesKind.BARS, Timeframe.MINUTE_1));
        assertSameRows(bars, back.data(), List.of(ColumnNames.TS_OPEN, ColumnNames.TS_CLOSE, ColumnNames.OPEN,
                ColumnNames.HIGH, ColumnNames.LOW, ColumnNames.CLOSE, ColumnNames.VOLUME, ColumnNames.VWAP,
                ColumnNames.TRADES));
    }

    @Test
    void exactTextOfASmallSeries() throws IOException {
        long t = Imports.utc("2024-01-02T14:30:00Z");
        SeriesData d = new SeriesData(SeriesKind.TRADES, List.of(
                new LongColumn(ColumnNames.TS, new long[]{t, t + 1_234_567}, 0),
                new LongColumn(ColumnNames.PRICE, new long[]{1_872_500, 1_872_501}, 4),
                new LongColumn(ColumnNames.SIZE, new long[]{100, 5}, 0),
                new ByteColumn(ColumnNames.EXCHANGE, new byte[]{'P', 'Q'}),
                new LongColumn(ColumnNames.CONDITION, new long[]{0x20002000L, 0}, 0),
                new ByteColumn(ColumnNames.SUSPICIOUS, new byte[]{0, 1})));
        java.io.StringWriter w = new java.io.StringWriter();
        CsvExporter.write(d, w, TimeFormat.ISO_OFFSET, NEW_YORK);
        assertThat(w.toString()).isEqualTo("""
                ts,price,size,exchange,condition,suspicious
                2024-01-02T09:30-05:00,187.2500,100,P,536879104,0
                2024-01-02T09:30:00.001234567-05:00,187.2501,5,Q,0,1
                """);
    }

    /** The file appears only when complete: a failed export leaves the target as it was and no partial file. */
    @Test
    void aFailedExportLeavesNothingHalfWritten(@TempDir Path tmp) throws IOException {
        SeriesData bars = Imports.one(SharedData.file("equities-intraday/lean-usa-minute/spy/20131007_trade.zip")).data();
        // The target is a folder with something in it: everything is written, the final rename fails.
        Path out = tmp.resolve("spy.csv");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "keep");
        assertThatThrownBy(() -> CsvExporter.write(bars, out, TimeFormat.ISO_UTC, NEW_YORK)).isInstanceOf(IOException.class);
        assertThat(leftovers(tmp)).containsExactly("spy.csv");
        assertThat(Files.readString(out.resolve("keep.txt"))).isEqualTo("keep");
        // The target's folder is a file: nothing can be written.
        Path file = Files.writeString(tmp.resolve("plain"), "x");
        assertThatThrownBy(() -> CsvExporter.write(bars, file.resolve("spy.csv"), TimeFormat.ISO_UTC, NEW_YORK))
                .isInstanceOf(IOException.class);
        assertThat(leftovers(tmp)).containsExactly("plain", "spy.csv");
    }

    @Test
    void exportIntoAReadOnlyFolderLeavesNothing(@TempDir Path tmp) throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root writes into read-only folders; test skipped");
        SeriesData bars = Imports.one(SharedData.file("equities-intraday/lean-usa-minute/spy/20131007_trade.zip")).data();
        Path dir = Files.createDirectories(tmp.resolve("ro"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assertThatThrownBy(() -> CsvExporter.write(bars, dir.resolve("spy.csv"), TimeFormat.ISO_UTC, NEW_YORK))
                    .isInstanceOf(IOException.class);
            assertThatThrownBy(() -> ParquetExporter.write(bars, dir.resolve("spy.parquet"))).isInstanceOf(IOException.class);
            assertThat(leftovers(dir)).isEmpty();
        } finally {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /** Every row of {@code back} equals the row of {@code original} in {@code columns}, by value. */
    static void assertSameRows(SeriesData original, SeriesData back, List<String> columns) {
        assertThat(back.rows()).isEqualTo(original.rows());
        for (String c : columns) {
            LongColumn o = original.longs(c);
            LongColumn b = back.longs(c);
            // A plain loop: AssertJ's containsExactly is far too slow on arrays of hundreds of thousands of values.
            for (int i = 0; i < original.rows(); i++) {
                if (o.scale() == b.scale() && o.values()[i] == b.values()[i]) {
                    continue;
                }
                if (value(original, c, i).compareTo(value(back, c, i)) != 0) {
                    throw new AssertionError(c + " row " + i + ": " + value(original, c, i) + " came back as "
                            + value(back, c, i));
                }
            }
        }
    }

    static List<String> leftovers(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
