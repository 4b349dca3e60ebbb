package io.sextant.data.importer;

import static io.sextant.data.testing.Imports.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.instrument.AssetClass;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import io.sextant.data.validate.SeriesStats;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bitstamp trade ticks: the 100,000 real BTC/USD trades from ta4j, and a headerless file. */
class BitstampTradesLayoutTest {

    @Test
    void realBitstampTradesKeepEveryTradeInFileOrder() {
        Path file = SharedData.file("crypto/ta4j/bitstamp_trades_from_20131125_usd.csv");
        ImportedSeries s = Imports.one(file);

        assertThat(s.key()).isEqualTo(new SeriesKey("BITSTAMP_TRADES_FROM_20131125_USD", SeriesKind.TRADES, null));
        assertThat(s.sources().getFirst().layout()).isEqualTo("bitstamp-trades");
        assertThat(s.traits().assetClass()).isEqualTo(AssetClass.CRYPTO);
        assertThat(s.traits().zone()).isEqualTo(Imports.UTC);
        SeriesData d = s.data();
        assertThat(d.rows()).isEqualTo(100_000);
        assertThat(d.firstTime()).isEqualTo(Imports.utc("2013-11-25T00:00:00Z"));
        assertThat(d.lastTime()).isEqualTo(Imports.utc("2013-12-01T16:02:05Z"));

        List<String> lines = SharedData.lines(file);
        assertThat(lines.getFirst()).isEqualTo("timestamp,price,amount");
        long sameSecond = 0;
        long zeros = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            int row = i - 1;
            assertThat(d.times()[row]).isEqualTo(Long.parseLong(f[0]) * Nanos.PER_SECOND);
            BigDecimal price = new BigDecimal(f[1]);
            BigDecimal amount = new BigDecimal(f[2]);
            if (value(d, ColumnNames.PRICE, row).compareTo(price) != 0 || value(d, ColumnNames.SIZE, row).compareTo(amount) != 0) {
                throw new AssertionError("line " + (i + 1) + " '" + lines.get(i) + "' imported as "
                        + value(d, ColumnNames.PRICE, row) + "," + value(d, ColumnNames.SIZE, row));
            }
            sameSecond += row > 0 && d.times()[row] == d.times()[row - 1] ? 1 : 0;
            zeros += amount.signum() == 0 ? 1 : 0;
        }
        // 41 % of the trades share the previous trade's second; all are kept, none merged.
        assertThat(sameSecond).isBetween(40_000L, 42_000L);
        assertThat(zeros).isEqualTo(18);
        assertThat(s.review().stats()).containsOnlyKeys(SeriesStats.ZERO_SIZE);
        assertThat(s.review().stats().get(SeriesStats.ZERO_SIZE).count()).isEqualTo(18);
        assertThat(value(d, ColumnNames.PRICE, 0)).isEqualByComparingTo("800.01");
        assertThat(value(d, ColumnNames.SIZE, 0)).isEqualByComparingTo("0.1");
    }

    @Test
    void headerlessTradesWithASymbolGiven(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("trades.csv"), "1385337600,800.01,0.1\n1385337600,800.02,0\n1385337601,799.5,2.5\n");
        ImportedSeries s = Imports.one(io.sextant.data.importer.ImportOptions.defaults().withSymbol("btc-usd"), file);

        assertThat(s.sources().getFirst().layout()).isEqualTo("bitstamp-trades");
        assertThat(s.key()).isEqualTo(new SeriesKey("BTC-USD", SeriesKind.TRADES, null));
        assertThat(s.data().times()).containsExactly(1_385_337_600_000_000_000L, 1_385_337_600_000_000_000L,
                1_385_337_601_000_000_000L);
        assertThat(value(s.data(), ColumnNames.PRICE, 2)).isEqualByComparingTo("799.5");
        assertThat(value(s.data(), ColumnNames.SIZE, 2)).isEqualByComparingTo("2.5");
    }
}
