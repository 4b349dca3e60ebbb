package io.sextant.data.importer;

import static io.sextant.data.testing.Imports.raw;
import static io.sextant.data.testing.Imports.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.data.Timeframe;
import io.sextant.core.instrument.AssetClass;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Binance kline CSV as data.binance.vision publishes it: with or without a header, in milli- or microseconds. */
class BinanceKlineLayoutTest {
    private static final String HEADER = "open_time,open,high,low,close,volume,close_time,quote_volume,count,"
            + "taker_buy_volume,taker_buy_quote_volume,ignore\n";
    private static final String ROWS_MS = """
            1704067200000,42283.58,42298.62,42261.02,42298.61,35.92724,1704067259999,1519427.03,1327,18.16131,768201.89,0
            1704067260000,42298.62,42320.00,42298.61,42320.00,21.33148,1704067319999,902603.51,846,11.96611,506342.67,0
            1704067320000,42319.99,42331.54,42303.10,42303.11,18.03391,1704067379999,763121.13,762,9.21245,389831.48,0
            """;

    @Test
    void withHeaderInMilliseconds(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("BTCUSDT-1m-2024-01-01.csv"), HEADER + ROWS_MS);
        ImportedSeries s = Imports.one(file);

        assertThat(s.sources().getFirst().layout()).isEqualTo("binance-kline");
        assertThat(s.key()).isEqualTo(new SeriesKey("BTCUSDT", SeriesKind.BARS, Timeframe.MINUTE_1));
        assertThat(s.traits().assetClass()).isEqualTo(AssetClass.CRYPTO);
        assertThat(s.traits().zone()).isEqualTo(Imports.UTC);
        assertThat(s.sources().getFirst().firstLine()).isEqualTo(2);
        assertRows(s);
    }

    @Test
    void withoutHeader(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("BTCUSDT-1m-2024-01-01.csv"), ROWS_MS);
        ImportedSeries s = Imports.one(file);

        assertThat(s.sources().getFirst().layout()).isEqualTo("binance-kline");
        assertThat(s.sources().getFirst().firstLine()).isEqualTo(1);
        assertRows(s);
    }

    /** Spot files from 2025 on are in microseconds; the interval is close - open + 1 unit. */
    @Test
    void microsecondTimes(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("ETHUSDT-1h-2025-01-01.csv"), """
                1735689600000000,3337.78,3345.21,3330.01,3341.50,1500.1234,1735693199999999,5005000.5,12000,700.5,2337000.1,0
                1735693200000000,3341.50,3350.00,3339.99,3349.01,1200.5,1735696799999999,4016000.25,9000,600.25,2008000.2,0
                """);
        ImportedSeries s = Imports.one(file);

        assertThat(s.key()).isEqualTo(new SeriesKey("ETHUSDT", SeriesKind.BARS, Timeframe.HOUR_1));
        assertThat(s.data().times()).containsExactly(Imports.utc("2025-01-01T00:00:00Z"), Imports.utc("2025-01-01T01:00:00Z"));
        assertThat(raw(s.data(), ColumnNames.TS_CLOSE, 1)).isEqualTo(Imports.utc("2025-01-01T02:00:00Z"));
        assertThat(value(s.data(), ColumnNames.VOLUME, 0)).isEqualByComparingTo("1500.1234");
        assertThat(raw(s.data(), ColumnNames.TRADES, 1)).isEqualTo(9_000);
    }

    @Test
    void dailyKlines(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("SOLUSDT-1d-2024-03.csv"), """
                1709251200000,126.5,131.2,124.0,130.1,100,1709337599999,12800,50,40,5100,0
                1709337600000,130.1,135.0,129.5,133.3,120,1709423999999,15900,60,70,9300,0
                """);
        ImportedSeries s = Imports.one(file);

        assertThat(s.key()).isEqualTo(new SeriesKey("SOLUSDT", SeriesKind.BARS, Timeframe.DAY_1));
        assertThat(s.data().times()).containsExactly(Imports.utc("2024-03-01T00:00:00Z"), Imports.utc("2024-03-02T00:00:00Z"));
    }

    private static void assertRows(ImportedSeries s) {
        long open = Imports.utc("2024-01-01T00:00:00Z");
        assertThat(s.data().times()).containsExactly(open, open + Nanos.PER_MINUTE, open + 2 * Nanos.PER_MINUTE);
        assertThat(raw(s.data(), ColumnNames.TS_CLOSE, 0)).isEqualTo(open + Nanos.PER_MINUTE);
        assertThat(value(s.data(), ColumnNames.OPEN, 0)).isEqualByComparingTo("42283.58");
        assertThat(value(s.data(), ColumnNames.HIGH, 1)).isEqualByComparingTo("42320");
        assertThat(value(s.data(), ColumnNames.LOW, 2)).isEqualByComparingTo("42303.10");
        assertThat(value(s.data(), ColumnNames.CLOSE, 2)).isEqualByComparingTo("42303.11");
        assertThat(value(s.data(), ColumnNames.VOLUME, 0)).isEqualByComparingTo("35.92724");
        // The trade count is kept; quote and taker volumes are not.
        assertThat(s.data().longs(ColumnNames.TRADES).values()).containsExactly(1_327, 846, 762);
        assertThat(s.data().columns()).extracting(c -> c.name()).containsExactly(ColumnNames.TS_OPEN, ColumnNames.TS_CLOSE,
                ColumnNames.OPEN, ColumnNames.HIGH, ColumnNames.LOW, ColumnNames.CLOSE, ColumnNames.VOLUME,
                ColumnNames.TRADES);
    }
}
