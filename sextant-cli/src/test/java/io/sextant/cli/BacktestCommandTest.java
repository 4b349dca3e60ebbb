package io.sextant.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.sextant.data.catalog.CatalogJson;
import io.sextant.data.testing.SharedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code sextant backtest} on the bundled SPY daily bars: the summary, the bundle, and every refused input. */
class BacktestCommandTest {
    @TempDir
    static Path shared;

    @TempDir
    Path tmp;

    private static Cli cli;

    @BeforeAll
    static void importSpy() {
        cli = new Cli(shared.resolve("ws"));
        Cli.Result r = cli.run("data", "import", SharedDataOrSample.spyDaily().toString());
        assertThat(r.exit()).as(r.toString()).isZero();
    }

    @Test
    void runsSmaCrossAndWritesACompleteBundle() throws IOException {
        Path out = tmp.resolve("bundle");
        Cli.Result r = cli.run("backtest", "--strategy", "sma-cross", "--symbols", "SPY", "--param", "fast=10",
                "--param", "slow=30", "--out", out.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("config.json",
                    "orders.csv", "fills.csv", "trades.csv", "equity.csv", "positions.csv", "stats.json");
        }
        JsonNode stats = CatalogJson.mapper().readTree(out.resolve("stats.json").toFile());
        assertThat(r.out()).contains("Backtest sma-cross on SPY 1d").contains("Bundle: " + out)
                .containsPattern("trades\\s+" + stats.get("trades").asInt() + "\n")
                .containsPattern("fees\\s+" + stats.get("fees").asText() + " USD");
        // The first cross: buy 100 % of 100,000 at the next open 111.53 with a 0.1 % fee:
        // floor(100000 / (111.53 x 1.001)) = floor(895.7) = 895 shares; fee 895 x 111.53 x 0.001 = 99.81935 -> 99.82.
        List<String> fills = Files.readAllLines(out.resolve("fills.csv"));
        assertThat(fills.get(1)).isEqualTo("1998-05-14T04:00:00Z,O-1,T-1,SPY,BUY,895,111.5300,99.82,USD,TAKER");
        assertThat(Files.readAllLines(out.resolve("trades.csv")).getFirst()).isEqualTo("entry_time,exit_time,symbol,"
                + "side,quantity,entry_price,exit_price,gross_pnl,fees,net_pnl,mae,mfe,holding_time");
        assertThat(Files.readAllLines(out.resolve("equity.csv")).getFirst()).isEqualTo("time,cash,equity,invested");
        JsonNode config = CatalogJson.mapper().readTree(out.resolve("config.json").toFile());
        assertThat(config.get("parameters").get("slow").asInt()).isEqualTo(30);
        assertThat(config.get("venue").get("feeRate").decimalValue()).isEqualByComparingTo("0.001");
        assertThat(config.get("dataHash").asText()).hasSize(64);
    }

    @Test
    void warmUpBarsFeedTheIndicatorsSoTheFirstTradingDayCanAlreadyTrade() throws IOException {
        // Without warm-up the slow SMA(30) needs 30 bars after --from; with 40 warm-up bars it is ready on the
        // first trading bar. Equity rows start at --from either way; orders only from --from on.
        Path cold = tmp.resolve("cold");
        Path warm = tmp.resolve("warm");
        String[] common = {"backtest", "--strategy", "sma-cross", "--symbols", "SPY", "--from", "2005-01-01",
                "--to", "2005-12-31"};
        Cli.Result c = cli.run(concat(common, "--out", cold.toString()));
        Cli.Result w = cli.run(concat(common, "--warmup", "40", "--out", warm.toString()));
        assertThat(c.exit()).as(c.toString()).isZero();
        assertThat(w.exit()).as(w.toString()).isZero();
        List<String> coldEquity = Files.readAllLines(cold.resolve("equity.csv"));
        List<String> warmEquity = Files.readAllLines(warm.resolve("equity.csv"));
        assertThat(warmEquity).hasSameSizeAs(coldEquity);
        assertThat(warmEquity.get(1)).startsWith("2005-01-04");
        JsonNode config = CatalogJson.mapper().readTree(warm.resolve("config.json").toFile());
        assertThat(config.get("warmupBars").asInt()).isEqualTo(40);
        // Every fill is on or after the first trading day, and the warm run's first order comes earlier.
        List<String> warmFills = Files.readAllLines(warm.resolve("fills.csv"));
        List<String> coldFills = Files.readAllLines(cold.resolve("fills.csv"));
        assertThat(warmFills.subList(1, warmFills.size())).allSatisfy(f -> assertThat(f).startsWith("2005-"));
        assertThat(warmFills.get(1).substring(0, 10)).isLessThan(coldFills.get(1).substring(0, 10));
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void theDefaultBundleNameComesFromTheRunNotTheClock() {
        Cli own = new Cli(tmp.resolve("ws"));
        assertThat(own.run("data", "import", SharedDataOrSample.spyDaily().toString()).exit()).isZero();

        JsonNode first = own.run("backtest", "--strategy", "sma-cross", "--symbols", "spy", "--from", "2010-01-01",
                "--to", "2010-12-31", "--json").json();
        JsonNode again = own.run("backtest", "--strategy", "sma-cross", "--symbols", "SPY", "--from", "2010-01-01",
                "--to", "2010-12-31", "--json").json();
        JsonNode other = own.run("backtest", "--strategy", "sma-cross", "--symbols", "SPY", "--from", "2010-01-01",
                "--to", "2010-12-31", "--param", "fast=5", "--json").json();

        String bundle = first.get("bundle").asText();
        assertThat(Path.of(bundle).getFileName().toString()).matches("sma-cross-SPY-1d-20100104-20101231-[0-9a-f]{8}");
        assertThat(Path.of(bundle)).startsWith(tmp.resolve("ws/results")).isDirectory();
        assertThat(again.get("bundle").asText()).isEqualTo(bundle);
        assertThat(other.get("bundle").asText()).isNotEqualTo(bundle);
        // 2010 has 252 NYSE sessions; the first bar is dated 2010-01-04, the last 2010-12-31.
        assertThat(first.get("bars").asInt()).isEqualTo(252);
        assertThat(first.get("stats").get("steps").asInt()).isEqualTo(252);
    }

    @Test
    void listsTheStrategiesWithTheirParameters() {
        Cli.Result r = cli.run("backtest", "--list");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("sma-cross").contains("--param fast=...   int = 10")
                .contains("--param slow=...   int = 30").contains("breakout");
        JsonNode json = cli.run("backtest", "--list", "--json").json();
        assertThat(json.get(0).get("parameters").get("slow").asText()).isEqualTo("int = 30");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "no strategy            | 1 | --symbols SPY                                      | --strategy is required",
            "no symbols             | 1 | --strategy sma-cross                               | --symbols is required",
            "unknown strategy       | 1 | --strategy nope --symbols SPY                      | unknown strategy 'nope'; valid strategies: sma-cross, breakout",
            "unknown parameter      | 1 | --strategy sma-cross --symbols SPY --param speed=3 | has no parameter 'speed'; valid parameters: fast (int = 10), slow (int = 30)",
            "parameter of bad type  | 1 | --strategy sma-cross --symbols SPY --param fast=ten | parameter fast='ten' is not a valid int",
            "invalid parameters     | 1 | --strategy sma-cross --symbols SPY --param fast=30 --param slow=10 | slow (10) must be greater than fast (30)",
            "parameter without =    | 1 | --strategy sma-cross --symbols SPY --param fast    | '--param' (KEY=VALUE) should be in KEY=VALUE format but was fast",
            "symbol not in catalog  | 2 | --strategy sma-cross --symbols SPY,NOPE            | symbol NOPE is not in the catalog",
            "no such timeframe      | 2 | --strategy sma-cross --symbols SPY --timeframe 1h  | symbol SPY has no 1h bars in the catalog",
            "from after to          | 1 | --strategy sma-cross --symbols SPY --from 2012-01-01 --to 2011-01-01 | --from 2012-01-01 is not before --to 2011-01-01: the range is empty",
            "no bars in range       | 2 | --strategy sma-cross --symbols SPY --from 2030-01-01 | SPY 1d has no bars closing between the chosen dates",
            "negative cash          | 1 | --strategy sma-cross --symbols SPY --cash -5       | --cash must be positive, was -5",
            "negative fee rate      | 1 | --strategy sma-cross --symbols SPY --fee-rate -0.001 | --fee-rate must be in [0, 1) (0.001 = 0.1 %), was -0.001",
            "negative warm-up       | 1 | --strategy sma-cross --symbols SPY --warmup -3     | --warmup must not be negative, was -3",
            "negative slippage      | 1 | --strategy sma-cross --symbols SPY --slippage-bps -1 | --slippage-bps must not be negative",
            "bad volume cap         | 1 | --strategy sma-cross --symbols SPY --volume-cap 2  | --volume-cap must be in (0, 1]",
            "bad fill mode          | 1 | --strategy sma-cross --symbols SPY --fill-at noon  | --fill-at must be next-open or close, was 'noon'",
            "cash below a cent      | 1 | --strategy sma-cross --symbols SPY --cash 0.001    | has more decimals than USD allows"})
    void refusesBadInputAndWritesNoBundle(String what, int exit, String args, String message) {
        Path out = tmp.resolve("out");
        List<String> all = new ArrayList<>(List.of("backtest"));
        all.addAll(List.of(args.strip().split("\\s+")));
        all.addAll(List.of("--out", out.toString()));

        Cli.Result r = cli.run(all.toArray(String[]::new));

        assertThat(r.exit()).as(r.toString()).isEqualTo(exit);
        assertThat(r.err()).contains(message);
        assertThat(out).doesNotExist();
        assertThat(shared.resolve("ws/results")).doesNotExist();
        assertThat(tmp).isEmptyDirectory();
    }

    /** The issue's "done when": the Kaggle AAPL file imported, then the documented command writes a complete bundle. */
    @Test
    void theIssuesCheckOnKaggleAaplWritesACompleteBundle() throws IOException {
        Path aapl = SharedData.file("equities-daily/huge-stock-market-dataset/Stocks/aapl.us.txt");
        Cli own = new Cli(tmp.resolve("ws"));
        assertThat(own.run("data", "import", aapl.toString()).exit()).isZero();

        Cli.Result r = own.run("backtest", "--strategy", "sma-cross", "--symbols", "AAPL", "--param", "fast=10",
                "--param", "slow=30", "--fee-rate", "0.001");

        assertThat(r.exit()).as(r.toString()).isZero();
        String line = r.out().lines().filter(l -> l.startsWith("Bundle: ")).findFirst().orElseThrow();
        Path bundle = Path.of(line.substring("Bundle: ".length()));
        assertThat(bundle).startsWith(tmp.resolve("ws/results"));
        for (String f : List.of("config.json", "orders.csv", "fills.csv", "trades.csv", "equity.csv", "positions.csv",
                "stats.json")) {
            assertThat(bundle.resolve(f)).isNotEmptyFile();
        }
        // 145 round trips, as the engine's own SmaCrossSmokeTest finds on this file; the last buy is still open,
        // so 2 x 145 + 1 = 291 orders and fills. One equity row per bar: 8,364 bars 1984-09-07 .. 2017-11-10.
        assertThat(r.out()).containsPattern("trades\\s+145\n");
        assertThat(Files.readAllLines(bundle.resolve("trades.csv"))).hasSize(1 + 145);
        assertThat(Files.readAllLines(bundle.resolve("orders.csv"))).hasSize(1 + 291);
        assertThat(Files.readAllLines(bundle.resolve("fills.csv"))).hasSize(1 + 291);
        assertThat(Files.readAllLines(bundle.resolve("equity.csv"))).hasSize(1 + 8364);
        JsonNode stats = CatalogJson.mapper().readTree(bundle.resolve("stats.json").toFile());
        assertThat(stats.get("trades").asInt()).isEqualTo(145);
        assertThat(stats.get("final_equity").decimalValue()).isBetween(new java.math.BigDecimal("14500000"),
                new java.math.BigDecimal("14550000"));
        assertThat(stats.get("conventions").get("sharpe").asText()).contains("sqrt(periods_per_year)");
    }

    @Test
    void refusesToOverwriteAFolderThatIsNotABundle() throws IOException {
        Path out = tmp.resolve("mine");
        Files.createDirectories(out);
        Files.writeString(out.resolve("notes.txt"), "keep");

        Cli.Result r = cli.run("backtest", "--strategy", "sma-cross", "--symbols", "SPY", "--out", out.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("exists and is not a result bundle");
        assertThat(Files.readString(out.resolve("notes.txt"))).isEqualTo("keep");
    }
}
