package io.sextant.data.importer;

import static io.sextant.data.testing.Imports.NEW_YORK;
import static io.sextant.data.testing.Imports.midnight;
import static io.sextant.data.testing.Imports.raw;
import static io.sextant.data.testing.Imports.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.data.Timeframe;
import io.sextant.core.instrument.AssetClass;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import io.sextant.data.validate.SeriesStats;
import io.sextant.data.validate.Stat;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The Kaggle / Yahoo daily layout on the real Kaggle "Huge Stock Market Dataset" and the ta4j AAPL file. */
class DailyCsvLayoutTest {
    private static final String STOCKS = "equities-daily/huge-stock-market-dataset/Stocks/";

    @Test
    void kaggleAaplHasEveryRowOfTheFileAsNewYorkDays() {
        Path file = SharedData.file(STOCKS + "aapl.us.txt");
        ImportedSeries s = Imports.one(file);

        assertThat(s.key()).isEqualTo(new SeriesKey("AAPL", SeriesKind.BARS, Timeframe.DAY_1));
        assertThat(s.traits().assetClass()).isEqualTo(AssetClass.EQUITY);
        assertThat(s.traits().zone()).isEqualTo(NEW_YORK);
        assertThat(s.traits().calendar()).isEqualTo("nyse");
        assertThat(s.sources()).singleElement().satisfies(ref -> {
            assertThat(ref.layout()).isEqualTo("daily");
            assertThat(ref.rows()).isEqualTo(8_364);
            assertThat(ref.firstLine()).isEqualTo(2);
            assertThat(ref.lastLine()).isEqualTo(8_365);
        });
        SeriesData d = s.data();
        assertThat(d.rows()).isEqualTo(8_364);
        // OpenInt is not imported.
        assertThat(d.columns()).extracting(c -> c.name()).containsExactly(ColumnNames.TS_OPEN, ColumnNames.TS_CLOSE,
                ColumnNames.OPEN, ColumnNames.HIGH, ColumnNames.LOW, ColumnNames.CLOSE, ColumnNames.VOLUME);

        // Every row against the file, read here with plain Java (CRLF endings).
        List<String> lines = SharedData.lines(file);
        assertThat(lines.getFirst()).isEqualTo("Date,Open,High,Low,Close,Volume,OpenInt");
        List<String> rows = lines.subList(1, lines.size());
        assertThat(rows).hasSize(8_364);
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i).split(",");
            LocalDate date = LocalDate.parse(f[0]);
            assertThat(raw(d, ColumnNames.TS_OPEN, i)).isEqualTo(midnight(date, NEW_YORK));
            assertThat(raw(d, ColumnNames.TS_CLOSE, i)).isEqualTo(midnight(date.plusDays(1), NEW_YORK));
            assertThat(value(d, ColumnNames.OPEN, i)).isEqualByComparingTo(f[1]);
            assertThat(value(d, ColumnNames.HIGH, i)).isEqualByComparingTo(f[2]);
            assertThat(value(d, ColumnNames.LOW, i)).isEqualByComparingTo(f[3]);
            assertThat(value(d, ColumnNames.CLOSE, i)).isEqualByComparingTo(f[4]);
            assertThat(value(d, ColumnNames.VOLUME, i)).isEqualByComparingTo(f[5]);
        }
        // The README's facts: the adjusted first close, and the zero-volume day.
        assertThat(d.firstTime()).isEqualTo(midnight(LocalDate.of(1984, 9, 7), NEW_YORK));
        assertThat(d.lastTime()).isEqualTo(midnight(LocalDate.of(2017, 11, 10), NEW_YORK));
        assertThat(value(d, ColumnNames.CLOSE, 0)).isEqualByComparingTo("0.42388");
        assertThat(s.review().stats()).containsOnlyKeys(SeriesStats.ZERO_VOLUME);
        assertThat(s.review().stats().get(SeriesStats.ZERO_VOLUME)).isEqualTo(new Stat(1, List.of("2010-04-26")));
        assertThat(s.log().errorCount() + s.log().droppedCount() + s.log().flaggedCount() + s.log().roundedValues())
                .isZero();
    }

    @Test
    void wholeKaggleStocksFolderGivesOneSeriesPerFile() {
        Path dir = SharedData.dir(STOCKS);
        ImportResult r = Imports.read(dir);

        assertThat(r.sources()).isEqualTo(25);
        assertThat(r.skipped()).isEmpty();
        assertThat(r.rows()).isEqualTo(246_661);
        Map<String, Integer> rows = new TreeMap<>();
        Map<String, LocalDate> first = new TreeMap<>();
        long zeroVolume = 0;
        Map<String, List<String>> zeroDays = new TreeMap<>();
        for (ImportedSeries s : r.series()) {
            assertThat(s.key().kind()).isEqualTo(SeriesKind.BARS);
            assertThat(s.key().timeframe()).isEqualTo(Timeframe.DAY_1);
            assertThat(s.data().lastTime()).isEqualTo(midnight(LocalDate.of(2017, 11, 10), NEW_YORK));
            rows.put(s.key().symbol(), s.data().rows());
            first.put(s.key().symbol(), io.sextant.core.time.Nanos.toZoned(s.data().firstTime(), NEW_YORK).toLocalDate());
            Stat z = s.review().stats().get(SeriesStats.ZERO_VOLUME);
            if (z != null) {
                zeroVolume += z.count();
                zeroDays.put(s.key().symbol(), z.examples());
            }
        }
        // Row counts and first dates as the data README lists them (symbols from "brk-b.us.txt" etc.).
        assertThat(rows).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("GE", 14_058), Map.entry("IBM", 14_059), Map.entry("BA", 12_074), Map.entry("C", 12_074),
                Map.entry("JNJ", 12_074), Map.entry("JPM", 12_074), Map.entry("XOM", 12_074), Map.entry("DIS", 12_072),
                Map.entry("KO", 12_075), Map.entry("MCD", 12_075), Map.entry("MRK", 12_075), Map.entry("PG", 12_075),
                Map.entry("INTC", 11_556), Map.entry("WMT", 11_443), Map.entry("PFE", 9_042), Map.entry("T", 8_401),
                Map.entry("AAPL", 8_364), Map.entry("MSFT", 7_983), Map.entry("BAC", 7_929), Map.entry("ORCL", 7_486),
                Map.entry("CSCO", 6_964), Map.entry("BRK-B", 5_415), Map.entry("AMZN", 5_153), Map.entry("NVDA", 4_733),
                Map.entry("GOOGL", 3_333)));
        assertThat(first).containsEntry("GE", LocalDate.of(1962, 1, 2)).containsEntry("IBM", LocalDate.of(1962, 1, 2))
                .containsEntry("KO", LocalDate.of(1970, 1, 2)).containsEntry("INTC", LocalDate.of(1972, 1, 7))
                .containsEntry("WMT", LocalDate.of(1972, 3, 20)).containsEntry("BRK-B", LocalDate.of(1996, 5, 9))
                .containsEntry("GOOGL", LocalDate.of(2004, 8, 19));
        // Zero volume on 2010-04-26 in 22 files (not BRK-B, GOOGL, T); GOOGL on 2010-07-23; C also on three more days.
        assertThat(zeroVolume).isEqualTo(26);
        assertThat(zeroDays).hasSize(23).doesNotContainKeys("BRK-B", "T");
        assertThat(zeroDays.get("GOOGL")).containsExactly("2010-07-23");
        assertThat(zeroDays.get("C")).containsExactly("2009-08-05", "2009-12-17", "2009-12-18", "2010-04-26");
        assertThat(zeroDays.entrySet()).filteredOn(e -> !e.getKey().equals("GOOGL"))
                .allSatisfy(e -> assertThat(e.getValue()).contains("2010-04-26"));
    }

    @Test
    void ta4jAppleFileWithLowerCaseHeaderAndCrlfIsADailyFile() {
        Path file = SharedData.file("equities-daily/ta4j/appleinc_bars_from_20130101_usd.csv");
        ImportedSeries s = Imports.one(file);

        assertThat(s.sources().getFirst().layout()).isEqualTo("daily");
        assertThat(s.key().timeframe()).isEqualTo(Timeframe.DAY_1);
        assertThat(s.data().rows()).isEqualTo(252);
        assertThat(s.data().firstTime()).isEqualTo(midnight(LocalDate.of(2013, 1, 2), NEW_YORK));
        assertThat(s.data().lastTime()).isEqualTo(midnight(LocalDate.of(2013, 12, 31), NEW_YORK));
        List<String> lines = SharedData.lines(file);
        String[] firstRow = lines.get(1).split(",");
        String[] lastRow = lines.getLast().split(",");
        assertThat(value(s.data(), ColumnNames.OPEN, 0)).isEqualByComparingTo(firstRow[1]);
        assertThat(value(s.data(), ColumnNames.CLOSE, 0)).isEqualByComparingTo(firstRow[4]);
        assertThat(value(s.data(), ColumnNames.VOLUME, 0)).isEqualByComparingTo(new BigDecimal(firstRow[5]));
        assertThat(value(s.data(), ColumnNames.CLOSE, 251)).isEqualByComparingTo(lastRow[4]);
    }
}
