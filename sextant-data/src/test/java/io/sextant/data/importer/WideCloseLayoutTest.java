package io.sextant.data.importer;

import static io.sextant.data.testing.Imports.NEW_YORK;
import static io.sextant.data.testing.Imports.midnight;
import static io.sextant.data.testing.Imports.value;
import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.data.Timeframe;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wide close-price tables (PyPortfolioOpt, R exports): one close-only series per column. */
class WideCloseLayoutTest {

    /** Its columns include T (AT&T), which is also a one-letter name for a timestamp column. */
    @Test
    void pyPortfolioOptPricesGiveOneSeriesPerColumnSkippingLeadingEmptyCells() {
        Path file = SharedData.file("portfolio/pypfopt/tests-stock_prices.csv");
        ImportResult r = Imports.read(file);

        List<String> lines = SharedData.lines(file);
        String[] header = lines.getFirst().split(",", -1);
        assertThat(header).containsExactly("date", "GOOG", "AAPL", "FB", "BABA", "AMZN", "GE", "AMD", "WMT", "BAC", "GM",
                "T", "UAA", "SHLD", "XOM", "RRC", "BBY", "MA", "PFE", "JPM", "SBUX");
        assertThat(r.series()).hasSize(20);
        assertThat(r.series()).allSatisfy(s -> {
            assertThat(s.sources().getFirst().layout()).isEqualTo("wide-close");
            assertThat(s.key().kind()).isEqualTo(SeriesKind.BARS);
            assertThat(s.key().timeframe()).isEqualTo(Timeframe.DAY_1);
            assertThat(s.traits().zone()).isEqualTo(NEW_YORK);
            assertThat(s.data().has(ColumnNames.VOLUME)).isFalse();
        });
        assertThat(r.rows()).isEqualTo(7_126L * 20 - 35_589);
        for (int c = 1; c < header.length; c++) {
            assertColumn(Imports.series(r, new SeriesKey(header[c], SeriesKind.BARS, Timeframe.DAY_1)).data(), lines, c);
        }
        SeriesData fb = Imports.series(r, new SeriesKey("FB", SeriesKind.BARS, Timeframe.DAY_1)).data();
        assertThat(fb.firstTime()).isEqualTo(midnight(LocalDate.of(2012, 5, 18), NEW_YORK));
        SeriesData t = Imports.series(r, new SeriesKey("T", SeriesKind.BARS, Timeframe.DAY_1)).data();
        assertThat(t.rows()).isEqualTo(7_126);
        assertThat(t.firstTime()).isEqualTo(midnight(LocalDate.of(1989, 12, 29), NEW_YORK));
    }

    @Test
    void cookbookPricesWithFloatNoiseAndAOneColumnTable() {
        Path file = SharedData.file("portfolio/pypfopt/cookbook-stock_prices.csv");
        ImportResult r = Imports.read(file);
        List<String> lines = SharedData.lines(file);
        String[] header = lines.getFirst().split(",", -1);
        assertThat(r.series()).hasSize(19);
        assertThat(r.rows()).isEqualTo(8_796L * 19 - 31_461);
        for (int c = 1; c < header.length; c++) {
            assertColumn(Imports.series(r, new SeriesKey(header[c], SeriesKind.BARS, Timeframe.DAY_1)).data(), lines, c);
        }
        // Values such as 0.2621293365955353 have more than 9 decimals: rounded half-even and counted.
        assertThat(r.series().stream().mapToLong(s -> s.log().roundedValues()).sum()).isPositive();

        Path spy = SharedData.file("portfolio/pypfopt/tests-spy_prices.csv");
        ImportedSeries s = Imports.one(spy);
        assertThat(s.key()).isEqualTo(new SeriesKey("SPY", SeriesKind.BARS, Timeframe.DAY_1));
        assertThat(s.data().rows()).isEqualTo(6_765);
        assertColumn(s.data(), SharedData.lines(spy), 1);
    }

    /** R's write.csv quotes the header and the dates; the Dow table has both C (Citigroup) and T (AT&T). */
    @Test
    void quotedRExports() {
        Path dow = SharedData.file("portfolio/r-packages/fBasics_DowJones30.csv");
        ImportResult r = Imports.read(dow);
        assertThat(r.series()).hasSize(30).allSatisfy(s -> assertThat(s.data().rows()).isEqualTo(2_529));
        List<String> lines = SharedData.lines(dow).stream().map(l -> l.replace("\"", "")).toList();
        String[] header = lines.getFirst().split(",");
        for (int c = 1; c < header.length; c++) {
            assertColumn(Imports.series(r, new SeriesKey(header[c], SeriesKind.BARS, Timeframe.DAY_1)).data(), lines, c);
        }
        SeriesData citi = Imports.series(r, new SeriesKey("C", SeriesKind.BARS, Timeframe.DAY_1)).data();
        assertThat(citi.firstTime()).isEqualTo(midnight(LocalDate.of(1990, 12, 31), NEW_YORK));
        assertThat(value(citi, ColumnNames.CLOSE, 0)).isEqualByComparingTo("1.87");

        Path gold = SharedData.file("portfolio/r-packages/AER_GoldSilver.csv");
        ImportResult g = Imports.read(gold);
        assertThat(g.series()).extracting(s -> s.key().symbol()).containsExactly("GOLD", "SILVER");
        assertThat(g.series()).allSatisfy(s -> assertThat(s.data().rows()).isEqualTo(9_132));
        assertThat(value(g.series().getFirst().data(), ColumnNames.CLOSE, 0)).isEqualByComparingTo("100");
        assertThat(value(g.series().getLast().data(), ColumnNames.CLOSE, 0)).isEqualByComparingTo("223.42");
    }

    @Test
    void emptyAndNaCellsAnywhereAreSkipped(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("closes.csv"),
                "date,V,ABC\n2024-01-02,1.5,\n2024-01-03,NA,10\n2024-01-04,1.75,11\n2024-01-05,,12\n");
        // V alone has too few bars to infer its spacing from, so the timeframe is given.
        ImportResult r = Imports.read(ImportOptions.defaults().withTimeframe(Timeframe.DAY_1), file);

        assertThat(r.series()).extracting(s -> s.key().symbol()).containsExactly("ABC", "V");
        SeriesData v = r.series().getLast().data();
        assertThat(v.times()).containsExactly(midnight(LocalDate.of(2024, 1, 2), NEW_YORK),
                midnight(LocalDate.of(2024, 1, 4), NEW_YORK));
        assertThat(value(v, ColumnNames.OPEN, 1)).isEqualByComparingTo("1.75");
        assertThat(value(v, ColumnNames.HIGH, 1)).isEqualByComparingTo("1.75");
        assertThat(value(v, ColumnNames.LOW, 1)).isEqualByComparingTo("1.75");
        assertThat(value(v, ColumnNames.CLOSE, 1)).isEqualByComparingTo("1.75");
        assertThat(r.series().getFirst().data().rows()).isEqualTo(3);
    }

    /** Every non-empty cell of column {@code c}, in order, is a close at that row's date (midnight New York). */
    /** The timeframe comes from the date column once: a column with a price only every few weeks is still daily. */
    @Test
    void aSparseColumnTakesTheTablesTimeframe(@TempDir Path tmp) {
        StringBuilder t = new StringBuilder("date,DAILY,SPARSE\n");
        java.time.LocalDate d = java.time.LocalDate.of(2024, 1, 2);
        for (int i = 0; i < 60; i++, d = d.plusDays(1)) {
            t.append(d).append(',').append(100 + i).append(',').append(i % 20 == 0 ? String.valueOf(50 + i) : "").append('\n');
        }
        ImportResult r = Imports.read(Imports.write(tmp.resolve("table.csv"), t.toString()));
        assertThat(r.series()).extracting(s -> s.key().toString()).containsExactly("DAILY 1d bars", "SPARSE 1d bars");
        assertThat(Imports.series(r, new SeriesKey("SPARSE", SeriesKind.BARS, Timeframe.DAY_1)).data().rows()).isEqualTo(3);
    }

    private static void assertColumn(SeriesData d, List<String> lines, int c) {
        List<long[]> times = new ArrayList<>();
        List<BigDecimal> closes = new ArrayList<>();
        boolean started = false;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            if (f[c].isEmpty()) {
                assertThat(started).as("an empty cell after the first price in %s", line).isFalse();
                continue;
            }
            started = true;
            times.add(new long[]{midnight(LocalDate.parse(f[0]), NEW_YORK)});
            BigDecimal v = new BigDecimal(f[c]);
            closes.add(v.scale() > 9 ? v.setScale(9, RoundingMode.HALF_EVEN) : v);
        }
        assertThat(d.rows()).isEqualTo(closes.size());
        for (int i = 0; i < closes.size(); i++) {
            assertThat(d.times()[i]).isEqualTo(times.get(i)[0]);
            if (value(d, ColumnNames.CLOSE, i).compareTo(closes.get(i)) != 0) {
                throw new AssertionError("row " + i + ": close " + value(d, ColumnNames.CLOSE, i) + ", expected " + closes.get(i));
            }
            assertThat(value(d, ColumnNames.OPEN, i)).isEqualByComparingTo(closes.get(i));
        }
    }
}
