package io.sextant.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import io.sextant.data.catalog.CatalogJson;
import io.sextant.data.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression backtests: the built-in {@code sma-cross} and the example {@code breakout} on fixed data (the
 * bundled SPY sample, and the shared Kaggle AAPL file where present), each compared with a committed golden
 * file in {@code src/test/resources/golden/}: the data hash, every statistic, and the SHA-256 of orders.csv.
 * Any change to what a backtest computes shows up here. Changing a golden is deliberate: run with
 * {@code -Dsextant.updateGolden=true} (see {@link #REGENERATE}) and explain the change in the commit.
 */
class RegressionBacktestTest {
    static final String REGENERATE = "./mvnw -o -pl sextant-cli -am verify -Dtest=RegressionBacktestTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dsextant.updateGolden=true";
    private static final Path ROOT = Path.of(System.getProperty("sextant.repo.root", "..")).toAbsolutePath().normalize();
    private static final Path GOLDEN = ROOT.resolve("sextant-cli/src/test/resources/golden");
    private static final String KAGGLE_AAPL = "equities-daily/huge-stock-market-dataset/Stocks/aapl.us.txt";

    @TempDir
    Path tmp;

    @Test
    void smaCrossOnTheSpySample() throws IOException {
        check("sma-cross-spy-sample", spyWorkspace(), "sample-data/lean/equity/usa/daily/spy.zip",
                "--strategy", "sma-cross", "--symbols", "SPY", "--param", "fast=10", "--param", "slow=30",
                "--fee-rate", "0.001");
    }

    @Test
    void breakoutOnTheSpySample() throws IOException {
        check("breakout-spy-sample", spyWorkspace(), "sample-data/lean/equity/usa/daily/spy.zip",
                "--strategy", "breakout", "--symbols", "SPY", "--param", "entry=20", "--param", "exit=10",
                "--fee-rate", "0.001", "--slippage-bps", "5");
    }

    @Test
    void smaCrossOnKaggleAapl() throws IOException {
        check("sma-cross-aapl-kaggle", kaggleWorkspace(), "shared/data/" + KAGGLE_AAPL,
                "--strategy", "sma-cross", "--symbols", "AAPL", "--param", "fast=10", "--param", "slow=30",
                "--fee-rate", "0.001");
    }

    @Test
    void breakoutOnKaggleAapl() throws IOException {
        check("breakout-aapl-kaggle", kaggleWorkspace(), "shared/data/" + KAGGLE_AAPL,
                "--strategy", "breakout", "--symbols", "AAPL", "--fee-rate", "0.001", "--fill-at", "close");
    }

    @Test
    void theSameRunTwiceGivesByteIdenticalBundles() throws IOException {
        Cli cli = spyWorkspace();
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        for (Path out : List.of(a, b)) {
            Cli.Result r = cli.run("backtest", "--strategy", "sma-cross", "--symbols", "SPY", "--slippage-bps", "3",
                    "--volume-cap", "0.1", "--out", out.toString());
            assertThat(r.exit()).as(r.toString()).isZero();
        }
        List<String> files;
        try (var list = Files.list(a)) {
            files = list.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(files).hasSize(7);
        for (String f : files) {
            assertThat(Files.readAllBytes(b.resolve(f))).as(f).isEqualTo(Files.readAllBytes(a.resolve(f)));
        }
    }

    private Cli spyWorkspace() {
        return workspaceWith(SharedDataOrSample.spyDaily());
    }

    private Cli kaggleWorkspace() {
        return workspaceWith(SharedData.file(KAGGLE_AAPL));
    }

    private Cli workspaceWith(Path data) {
        Cli cli = new Cli(tmp.resolve("ws"));
        Cli.Result r = cli.run("data", "import", data.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        return cli;
    }

    /** Runs the backtest and compares its golden text with the committed one (or rewrites it when asked). */
    private void check(String name, Cli cli, String dataName, String... args) throws IOException {
        Path out = tmp.resolve(name);
        List<String> all = new ArrayList<>(List.of("backtest"));
        all.addAll(List.of(args));
        all.addAll(List.of("--out", out.toString()));
        Cli.Result r = cli.run(all.toArray(String[]::new));
        assertThat(r.exit()).as(r.toString()).isZero();

        String actual = golden(String.join(" ", List.of(args)), dataName, out);
        Path file = GOLDEN.resolve(name + ".txt");
        if (Boolean.getBoolean("sextant.updateGolden")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
            System.out.println("rewrote golden " + file);
            return;
        }
        assertThat(file).as("golden file " + file + " is missing; create it with:\n  " + REGENERATE).exists();
        assertThat(actual).as("the %s backtest no longer matches its golden file %s. If the change is intended, "
                + "regenerate the golden files with\n  %s\nand say in the commit why the results changed.", name, file,
                REGENERATE).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }

    /** The golden text: a header saying what it is, the run, the data hash, the orders' SHA-256 and every statistic. */
    static String golden(String run, String dataName, Path bundle) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Golden result of a regression backtest, checked by io.sextant.cli.RegressionBacktestTest.\n");
        b.append("# A difference means Sextant now computes another result for the same run and data. Change it only\n");
        b.append("# on purpose, and say in the commit why the results changed. Regenerate every golden file with\n");
        b.append("#   ").append(REGENERATE).append('\n');
        b.append("# orders_sha256 is the SHA-256 of orders.csv (UTF-8, \\n line ends); stats are stats.json's values.\n");
        b.append("run: sextant backtest ").append(run).append('\n');
        b.append("data: ").append(dataName).append('\n');
        JsonNode config = CatalogJson.mapper().readTree(bundle.resolve("config.json").toFile());
        b.append("data_hash: ").append(config.get("dataHash").asText()).append('\n');
        String orders = Files.readString(bundle.resolve("orders.csv"), StandardCharsets.UTF_8).replace("\r\n", "\n");
        b.append("orders: ").append(orders.lines().count() - 1).append('\n');
        b.append("orders_sha256: ").append(sha256(orders)).append('\n');
        // Decimals as written (100000.00 stays 100000.00), not through a double.
        JsonNode stats = CatalogJson.mapper().copy().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .readTree(bundle.resolve("stats.json").toFile());
        for (Iterator<Map.Entry<String, JsonNode>> it = stats.properties().iterator(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getKey().equals("conventions")) {
                b.append("stats.").append(e.getKey()).append(": ").append(e.getValue().isNull() ? "null"
                        : e.getValue().isNumber() ? e.getValue().decimalValue().toPlainString() : e.getValue().asText())
                        .append('\n');
            }
        }
        return b.toString();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
