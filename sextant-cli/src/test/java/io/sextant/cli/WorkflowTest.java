package io.sextant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.sextant.data.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/** The user's path through the data commands: demo, list, show, validate, resample, export, and the checks. */
class WorkflowTest {
    @TempDir
    Path tmp;

    private Cli cli() {
        return new Cli(tmp.resolve("ws"));
    }

    private static void ok(Cli.Result r) {
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @Test
    void theDemoImportsTheBundledSampleAndShowsTheSplitInBothViews() {
        Cli.Result r = cli().run("demo");

        ok(r);
        assertThat(r.out()).contains("Imported the bundled sample: 4 series, 13,844 rows from 4 files")
                .containsPattern("AAPL\\s+1d bars\\s+created\\s+5,849\\s+1998-01-02\\s+2021-03-31")
                .containsPattern("BTCUSD\\s+1d bars\\s+created\\s+1,318\\s+2014-12-01\\s+2018-08-13\\s+34 missing sessions")
                .containsPattern("SPY\\s+1m bars\\s+created\\s+828\\s+2013-10-07T04:00\\s+2013-10-07T19:59")
                .containsPattern("2014-06-06\\s+645.5700\\s+23.05608065")
                .containsPattern("2014-06-09\\s+93.7000\\s+23.42500000");
        // Running it again replaces the sample rather than failing.
        ok(cli().run("demo"));
        JsonNode json = cli().run("demo", "--json").json();
        assertThat(json.get("imported").get("series")).hasSize(4);
        assertThat(json.get("split").get(3).get("date").asText()).isEqualTo("2014-06-09");
    }

    @Test
    void theDemoBacktestsSmaCrossOnSpyAndSaysWhereTheBundleIs() throws Exception {
        Cli.Result r = cli().run("demo");

        ok(r);
        JsonNode json = cli().run("demo", "--json").json();
        JsonNode backtest = json.get("backtest");
        Path bundle = Path.of(backtest.get("bundle").asText());
        assertThat(bundle).startsWith(tmp.resolve("ws/results")).isDirectory();
        assertThat(bundle.getFileName().toString()).startsWith("sma-cross-SPY-1d-19980102-20210331-");
        // The summary printed is the bundle's stats.json; SPY's 5,849 sample bars are all fed.
        JsonNode stats = io.sextant.data.catalog.CatalogJson.mapper().readTree(bundle.resolve("stats.json").toFile());
        assertThat(backtest.get("bars").asInt()).isEqualTo(5849);
        assertThat(backtest.get("stats").get("final_equity").decimalValue())
                .isEqualByComparingTo(stats.get("final_equity").decimalValue());
        assertThat(r.out()).contains("Backtest sma-cross on SPY 1d")
                .containsPattern("trades\\s+" + stats.get("trades").asInt() + "\n")
                .contains("Bundle: " + bundle)
                .contains("./sextant backtest --strategy sma-cross --symbols SPY");
    }

    @Test
    void readCommandsSpeakJson() {
        ok(cli().run("demo"));

        JsonNode list = cli().run("data", "list", "--json").json();
        assertThat(list).hasSize(4);
        assertThat(list.get(0).get("symbol").asText()).isEqualTo("AAPL");

        JsonNode spy = cli().run("data", "show", "SPY", "--json").json();
        assertThat(spy).hasSize(2); // 1m and 1d bars
        JsonNode minute = cli().run("data", "show", "SPY", "--timeframe", "1m", "--json").json();
        assertThat(minute).singleElement().satisfies(s -> {
            assertThat(s.get("rows").asLong()).isEqualTo(828);
            assertThat(s.get("zone").asText()).isEqualTo("America/New_York");
        });

        JsonNode checked = cli().run("data", "validate", "--json").json();
        assertThat(checked).hasSize(4);
        checked.forEach(c -> assertThat(c.get("ok").asBoolean()).isTrue());
    }

    @Test
    void validateFindsADamagedSeriesFile() throws Exception {
        ok(cli().run("demo"));
        Path file = Path.of(cli().run("data", "show", "AAPL", "--json").json().get(0).get("file").asText());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 1;
        Files.write(file, bytes);

        Cli.Result r = cli().run("data", "validate");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(r.out()).containsPattern("AAPL\\s+1d bars\\s+BAD\\s+.*fails its checksum");
        assertThat(r.err()).contains("1 of 4 stored series failed their checks");
    }

    @Test
    void validateWithPathsChecksFilesWithoutImporting() {
        Cli.Result r = cli().run("data", "validate", "--json", SharedDataOrSample.aaplDaily().toString());
        ok(r);
        assertThat(r.json().get("series").get(0).get("action").asText()).isEqualTo("checked");
        assertThat(cli().run("data", "list", "--json").json()).isEmpty();
    }

    @Test
    void resampleAndExportRoundTrip() throws Exception {
        ok(cli().run("demo"));

        Cli.Result r = cli().run("data", "resample", "SPY", "--timeframe", "1m", "--to", "1h");
        ok(r);
        assertThat(r.out()).containsPattern("SPY\\s+1h bars\\s+created\\s+16\\s+2013-10-07T04:00\\s+2013-10-07T19:00");
        // The 09:00 hour holds the 09:30 open; its volume is the sum of the minute volumes from 09:00 to 09:59.
        Cli.Result shown = cli().run("data", "show", "SPY", "--timeframe", "1h", "--json");
        ok(shown);
        assertThat(shown.json().get(0).get("rows").asLong()).isEqualTo(16);

        Path parquet = tmp.resolve("out/spy-1h.parquet");
        ok(cli().run("data", "export", "SPY", "--timeframe", "1h", "--out", parquet.toString()));
        Cli.Result csv = cli().run("data", "export", "SPY", "--timeframe", "1h", "--out", "-", "--time-format", "local");
        ok(csv);
        String[] lines = csv.out().split("\n");
        assertThat(lines[0]).isEqualTo("ts_open,ts_close,open,high,low,close,volume");
        assertThat(lines).hasSize(17);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), sum(volume), typeof(first(open)), typeof(first(ts_open)) FROM "
                     + "read_parquet('" + parquet + "')")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(16);
            long csvVolume = 0;
            for (int i = 1; i < lines.length; i++) {
                csvVolume += Long.parseLong(lines[i].substring(lines[i].lastIndexOf(',') + 1));
            }
            assertThat(rs.getBigDecimal(2).longValueExact()).isEqualTo(csvVolume);
            assertThat(rs.getString(3)).isEqualTo("DECIMAL(18,4)");
            assertThat(rs.getString(4)).isEqualTo("TIMESTAMP_NS");
        }
    }

    @Test
    void kaggleStocksImportOneSymbolPerFileAndAaplIsAsDocumented() {
        Path stocks = SharedData.dir("equities-daily/huge-stock-market-dataset/Stocks");

        Cli.Result r = cli().run("data", "import", stocks.toString());

        ok(r);
        assertThat(r.out()).startsWith("Imported 25 series, 246,661 rows from 25 files");
        JsonNode aapl = cli().run("data", "show", "AAPL", "--json").json();
        assertThat(aapl).singleElement().satisfies(s -> {
            assertThat(s.get("timeframe").asText()).isEqualTo("1d");
            assertThat(s.get("rows").asLong()).isEqualTo(8364);
            assertThat(s.get("first").asText()).isEqualTo("1984-09-07");
            assertThat(s.get("last").asText()).isEqualTo("2017-11-10");
            JsonNode zero = s.get("validation").get("stats").get("zero-volume bars");
            assertThat(zero.get("count").asLong()).isEqualTo(1);
            assertThat(zero.get("examples").get(0).asText()).isEqualTo("2010-04-26");
        });
        assertThat(cli().run("data", "list", "--json").json()).hasSize(25)
                .extracting(n -> n.get("symbol").asText()).contains("BRK-B", "GOOGL", "AAPL");
    }

    @Test
    void leanAaplShowsThe2014SplitAsAJumpOnlyInTheRawView() {
        ok(cli().run("data", "import", SharedDataOrSample.aaplDaily().toString()));

        JsonNode raw = cli().run("data", "show", "AAPL", "--from", "2014-06-02", "--to", "2014-06-13", "--json").json().get(0);
        JsonNode split = cli().run("data", "show", "AAPL", "--adjust", "split", "--from", "2014-06-02", "--to", "2014-06-13",
                "--json").json().get(0);

        JsonNode rawMove = raw.get("range").get("largestMoves").get(0);
        assertThat(rawMove.get("at").asText()).isEqualTo("2014-06-09");
        assertThat(rawMove.get("from").asText()).isEqualTo("645.5700");
        assertThat(rawMove.get("to").asText()).isEqualTo("93.7000");
        assertThat(rawMove.get("percent").asText()).isEqualTo("-85.49");
        JsonNode splitMove = split.get("range").get("largestMoves").get(0);
        assertThat(Math.abs(Double.parseDouble(splitMove.get("percent").asText()))).isLessThan(2.0);
        assertThat(split.get("view").asText()).isEqualTo("split");
        assertThat(raw.get("corporateActions").toString()).contains("2014-06-09 split 7-for-1", "2020-08-31 split 4-for-1");
    }
}
