package io.sextant.data.importer;

import static io.sextant.data.testing.Imports.raw;
import static io.sextant.data.testing.Imports.value;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.sextant.core.data.Timeframe;
import io.sextant.core.instrument.AssetClass;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import io.sextant.data.validate.SeriesStats;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Coinbase and TradingView candle JSON as ta4j ships it. */
class CandlesJsonLayoutTest {
    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    @Test
    void coinbaseFourHourCandlesWithStringValues() throws IOException {
        Path file = SharedData.file("crypto/ta4j/Coinbase-BTC-USD-PT4H-20160518_20251028.json");
        ImportedSeries s = Imports.one(file);

        assertThat(s.key()).isEqualTo(new SeriesKey("BTC-USD", SeriesKind.BARS, Timeframe.parse("4h")));
        assertThat(s.sources().getFirst().layout()).isEqualTo("candles-json");
        assertThat(s.traits().assetClass()).isEqualTo(AssetClass.CRYPTO);
        assertThat(s.traits().zone()).isEqualTo(Imports.UTC);
        SeriesData d = s.data();
        assertThat(d.rows()).isEqualTo(20_695);
        assertThat(d.firstTime()).isEqualTo(Imports.utc("2016-05-18T04:00:00Z"));
        assertThat(d.lastTime()).isEqualTo(Imports.utc("2025-10-28T00:00:00Z"));
        assertCandles(d, JSON.readTree(file.toFile()).get("candles"), 4 * Nanos.PER_HOUR);
        int gaps = 0;
        for (int i = 1; i < d.rows(); i++) {
            gaps += d.times()[i] - d.times()[i - 1] > 4 * Nanos.PER_HOUR ? 1 : 0;
        }
        assertThat(gaps).isEqualTo(3);
    }

    @Test
    void tradingViewDailyCandles() throws IOException {
        Path file = SharedData.file("crypto/ta4j/TradingView-INDEX_BTCUSD-PT1D-20091005_20260306.json");
        ImportedSeries s = Imports.one(file);

        assertThat(s.key()).isEqualTo(new SeriesKey("INDEX_BTCUSD", SeriesKind.BARS, Timeframe.DAY_1));
        SeriesData d = s.data();
        assertThat(d.rows()).isEqualTo(5_905);
        assertThat(d.firstTime()).isEqualTo(Imports.utc("2009-10-05T00:00:00Z"));
        assertThat(d.lastTime()).isEqualTo(Imports.utc("2026-03-06T00:00:00Z"));
        assertCandles(d, JSON.readTree(file.toFile()).get("candles"), Nanos.PER_DAY);
        assertThat(s.review().stats().get(SeriesStats.ZERO_VOLUME).count()).isEqualTo(201);
        assertThat(value(d, ColumnNames.OPEN, 0)).isEqualByComparingTo("0.00076392");
    }

    /** Every candle equals its JSON object: start = open time, close one period later, the values exactly. */
    private static void assertCandles(SeriesData d, JsonNode candles, long period) {
        assertThat(candles.size()).isEqualTo(d.rows());
        for (int i = 0; i < candles.size(); i++) {
            JsonNode c = candles.get(i);
            long start = Long.parseLong(c.get("start").asText()) * Nanos.PER_SECOND;
            assertThat(raw(d, ColumnNames.TS_OPEN, i)).isEqualTo(start);
            assertThat(raw(d, ColumnNames.TS_CLOSE, i)).isEqualTo(start + period);
            for (String f : new String[]{"open", "high", "low", "close", "volume"}) {
                if (value(d, f, i).compareTo(new java.math.BigDecimal(c.get(f).asText())) != 0) {
                    throw new AssertionError("candle " + i + " " + c + ": " + f + " imported as " + value(d, f, i));
                }
            }
        }
    }
}
