package io.sextant.data.importer;

import static io.sextant.data.testing.Imports.raw;
import static io.sextant.data.testing.Imports.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** ta4j's "ohlc" JSON: bars stamped with their end time. */
class OhlcJsonLayoutTest {

    /** BinanceUS 5-minute bars whose endTime is one millisecond before the bar's end (18:04:59.999 for 18:00..18:05). */
    @Test
    void ethFiveMinuteBarsEndOneMillisecondEarly() throws IOException {
        Path file = SharedData.file("crypto/ta4j/ETH-USD-PT5M-2023-3-13_2023-3-15.json");
        ImportedSeries s = Imports.one(file);

        assertThat(s.key()).isEqualTo(new SeriesKey("ETH-USD", SeriesKind.BARS, Timeframe.parse("5m")));
        assertThat(s.sources().getFirst().layout()).isEqualTo("ohlc-json");
        SeriesData d = s.data();
        assertThat(d.rows()).isEqualTo(580);
        assertThat(d.firstTime()).isEqualTo(Imports.utc("2023-03-13T18:00:00Z"));
        assertThat(raw(d, ColumnNames.TS_CLOSE, d.rows() - 1)).isEqualTo(Imports.utc("2023-03-15T18:20:00Z"));
        JsonNode bars = CandlesJsonLayoutTest.JSON.readTree(file.toFile()).get("ohlc");
        assertThat(bars.get(0).get("endTime").asLong()).isEqualTo(1_678_730_699_999L);
        assertBars(d, bars, 5 * Nanos.PER_MINUTE, Nanos.PER_MILLI);
        // No gaps: every bar opens where the previous one closed.
        for (int i = 1; i < d.rows(); i++) {
            assertThat(raw(d, ColumnNames.TS_OPEN, i)).isEqualTo(raw(d, ColumnNames.TS_CLOSE, i - 1));
        }
    }

    @Test
    void coinbaseEthDailyBarsEndAtMidnight() throws IOException {
        Path file = SharedData.file("crypto/ta4j/Coinbase-ETH-USD-PT1D-20160517_20260310.json");
        ImportedSeries s = Imports.one(file);

        assertThat(s.key()).isEqualTo(new SeriesKey("ETH-USD", SeriesKind.BARS, Timeframe.DAY_1));
        SeriesData d = s.data();
        assertThat(d.rows()).isEqualTo(3_582);
        // endTime 2016-05-19 .. 2026-03-11 UTC: the bars open a day earlier.
        assertThat(d.firstTime()).isEqualTo(Imports.utc("2016-05-18T00:00:00Z"));
        assertThat(raw(d, ColumnNames.TS_CLOSE, d.rows() - 1)).isEqualTo(Imports.utc("2026-03-11T00:00:00Z"));
        assertBars(d, CandlesJsonLayoutTest.JSON.readTree(file.toFile()).get("ohlc"), Nanos.PER_DAY, 0);
        int gaps = 0;
        for (int i = 1; i < d.rows(); i++) {
            if (d.times()[i] - d.times()[i - 1] > Nanos.PER_DAY) {
                gaps++;
                assertThat(d.times()[i] - d.times()[i - 1]).isEqualTo(3 * Nanos.PER_DAY); // a 3-day step
            }
        }
        assertThat(gaps).isEqualTo(1);
    }

    /**
     * The Yahoo weekly S&P 500 export labels its weeks by a Monday up to 1954, a Saturday in 1955-59, a Friday in
     * 1960-64 and a Monday again after that. Read as bar opens, the 1954-12-27 (Monday) and 1955-01-01 (Saturday)
     * bars fall in one Monday-based week; read as bar ends (the layout's default), 1964-12-25 (Friday) and 1964-12-28
     * (Monday) do. Either way the file is refused, naming both bars, rather than imported with a week merged or lost.
     */
    @Test
    void yahooWeeklyExportWithChangingWeekLabelsIsRefusedNamingBothBars() {
        Path file = SharedData.file("equities-daily/ta4j/YahooFinance-SP500-PT7D-19500103_20260310.json");
        java.util.Map<StampAt, String[]> clash = java.util.Map.of(
                StampAt.OPEN, new String[]{"1954-12-27T05:00:00Z", "1955-01-01T05:00:00Z"},
                StampAt.CLOSE, new String[]{"1964-12-25T05:00:00Z", "1964-12-28T05:00:00Z"});
        for (var e : clash.entrySet()) {
            ImportOptions o = ImportOptions.defaults().withStamp(e.getKey()).withZone(Imports.NEW_YORK);
            assertThatThrownBy(() -> Imports.read(o, file)).as("stamp %s", e.getKey())
                    .isInstanceOf(BadInputException.class)
                    .hasMessage("^GSPC bars: bars at " + e.getValue()[0] + " and " + e.getValue()[1] + " fall in the same 1w "
                            + "period; the data is finer than 1w (give the right --timeframe)");
        }
    }

    private static void assertBars(SeriesData d, JsonNode bars, long period, long earlyBy) {
        assertThat(bars.size()).isEqualTo(d.rows());
        String[] fields = {"openPrice", "highPrice", "lowPrice", "closePrice", "volume"};
        String[] columns = {ColumnNames.OPEN, ColumnNames.HIGH, ColumnNames.LOW, ColumnNames.CLOSE, ColumnNames.VOLUME};
        for (int i = 0; i < bars.size(); i++) {
            JsonNode b = bars.get(i);
            long end = b.get("endTime").asLong() * Nanos.PER_MILLI + earlyBy;
            assertThat(raw(d, ColumnNames.TS_CLOSE, i)).isEqualTo(end);
            assertThat(raw(d, ColumnNames.TS_OPEN, i)).isEqualTo(end - period);
            for (int f = 0; f < fields.length; f++) {
                BigDecimal expected = b.get(fields[f]).decimalValue();
                if (value(d, columns[f], i).compareTo(expected) != 0) {
                    throw new AssertionError("bar " + i + " " + b + ": " + columns[f] + " imported as " + value(d, columns[f], i));
                }
            }
        }
    }
}
