package io.sextant.engine.backtest;

import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.testing.ScriptedStrategy;
import io.sextant.engine.venue.PercentFee;
import io.sextant.engine.venue.VenueConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BundleWriterTest {
    @TempDir
    Path tmp;

    /** Buy 10 on bar 0, sell 10 on bar 1; both fill at the next open with a 0.1 % fee. */
    private static BacktestResult roundTrip() {
        Equity aapl = Fixtures.equity("AAPL", "0.01", "1");
        var bars = Fixtures.dailyBars(aapl,
                "100 101 99 100.50 1000",
                "101 103 100 102 1000",
                "102 104 101 103 1000");
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i < 2) {
                ctx.orders().submit(OrderRequest.market(aapl.id(), i == 0 ? Side.BUY : Side.SELL,
                        OrderQuantity.units(Quantity.of(10))));
            }
        });
        return new BacktestNode(List.of(bars), AccountConfig.cash(Money.of("10000", Currency.USD)),
                VenueConfig.defaults(PercentFee.of(new BigDecimal("0.001"))), line -> { })
                .run(Map.of(StrategyId.of("s"), s));
    }

    private static RunConfig config() {
        return new RunConfig("scripted", Map.of("slow", 30, "fast", 10, "rate", 0.00001), List.of("AAPL"), "1d", null,
                "2024-01-03", 0, "2024-01-02T00:00:00Z", "2024-01-04T00:00:00Z",
                new RunConfig.Account("CASH", "USD", new BigDecimal("10000"), 1),
                new RunConfig.Venue("next-open", new BigDecimal("0.001"), BigDecimal.ZERO, BigDecimal.ZERO, false, "none"),
                0, "abc", "test");
    }

    @Test
    void writesEveryFileWithHandWorkedValues() throws IOException {
        Path dir = tmp.resolve("results/run");
        BundleWriter.write(dir, config(), roundTrip());

        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactlyElementsOf(BundleWriter.FILES.stream().sorted().toList());
        }
        // Buy fills at bar 1's open 101.00, fee 0.1 % of 1010.00 = 1.01; sell at bar 2's open 102.00, fee 1.02.
        assertThat(Files.readString(dir.resolve("fills.csv"))).isEqualTo("""
                time,order_id,trade_id,symbol,side,quantity,price,fee,fee_currency,liquidity
                2024-01-02T00:00:00Z,O-1,T-1,AAPL,BUY,10,101.00,1.01,USD,TAKER
                2024-01-03T00:00:00Z,O-2,T-2,AAPL,SELL,10,102.00,1.02,USD,TAKER
                """);
        // Gross (102 - 101) x 10 = 10.00, fees 2.03, net 7.97. Low while open 100, high 104 (bars 1 and 2):
        // MAE (100 - 101) x 10 = -10, MFE (104 - 101) x 10 = 30.
        assertThat(Files.readString(dir.resolve("trades.csv"))).startsWith(
                "entry_time,exit_time,symbol,side,quantity,entry_price,exit_price,gross_pnl,fees,net_pnl,mae,mfe,"
                        + "holding_time\n2024-01-02T00:00:00Z,2024-01-03T00:00:00Z,AAPL,LONG,10,101,102,10.00,2.03,7.97,");
        // Cash after the buy 10000 - 1010 - 1.01 = 8988.99, equity 8988.99 + 10 x 102 = 10008.99;
        // after the sell 8988.99 + 1020 - 1.02 = 10007.97.
        assertThat(Files.readString(dir.resolve("equity.csv"))).isEqualTo("""
                time,cash,equity,invested
                2024-01-02T00:00:00Z,10000.00,10000.00,false
                2024-01-03T00:00:00Z,8988.99,10008.99,true
                2024-01-04T00:00:00Z,10007.97,10007.97,false
                """);
        assertThat(Files.readString(dir.resolve("orders.csv"))).startsWith(
                "id,time,symbol,side,type,quantity,price,trigger,tif,status,filled,avg_price,reason\n"
                        + "O-1,2024-01-02T00:00:00Z,AAPL,BUY,MARKET,10,,,GTC,FILLED,10,101,\n");
        assertThat(Files.readString(dir.resolve("positions.csv"))).isEqualTo("""
                time,symbol,change,quantity,avg_price,realized_pnl
                2024-01-02T00:00:00Z,AAPL,OPENED,10,101.00,0.00
                2024-01-03T00:00:00Z,AAPL,CLOSED,0,,10.00
                """);
        String stats = Files.readString(dir.resolve("stats.json"));
        // Total return 10007.97 / 10000 - 1 = 0.000797; fees 2.03.
        assertThat(stats).contains("\"trades\" : 1,").contains("\"total_return\" : 0.000797,")
                .contains("\"final_equity\" : 10007.97,").contains("\"fees\" : 2.03,").contains("\"conventions\" : {")
                .doesNotContain("E-", "E+");
        String config = Files.readString(dir.resolve("config.json"));
        assertThat(config).contains("\"rate\" : 0.00001").contains("\"cash\" : 10000,").doesNotContain("E-")
                .containsSubsequence("\"fast\"", "\"rate\"", "\"slow\"");
    }

    @Test
    void theSameRunTwiceGivesTheSameBytes() throws IOException {
        BundleWriter.write(tmp.resolve("a"), config(), roundTrip());
        BundleWriter.write(tmp.resolve("b"), config(), roundTrip());
        for (String f : BundleWriter.FILES) {
            assertThat(Files.readAllBytes(tmp.resolve("b").resolve(f))).as(f)
                    .isEqualTo(Files.readAllBytes(tmp.resolve("a").resolve(f)));
        }
    }

    @Test
    void replacesAnEarlierBundleAndLeavesNoStagingFolders() throws IOException {
        Path dir = tmp.resolve("run");
        BundleWriter.write(dir, config(), roundTrip());
        Files.writeString(dir.resolve("stats.json"), "stale");
        BundleWriter.write(dir, config(), roundTrip());

        assertThat(Files.readString(dir.resolve("stats.json"))).startsWith("{");
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("run");
        }
    }

    @Test
    void refusesAFolderThatIsNotABundleAndChangesNothing() throws IOException {
        Path dir = tmp.resolve("mine");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("notes.txt"), "keep me");

        assertThatThrownBy(() -> BundleWriter.write(dir, config(), roundTrip()))
                .isInstanceOf(IOException.class).hasMessageContaining("mine exists and is not a result bundle");
        try (Stream<Path> siblings = Files.list(tmp); Stream<Path> inside = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("mine");
            assertThat(inside.map(p -> p.getFileName().toString())).containsExactly("notes.txt");
        }
    }

    @Test
    void aFailedWriteLeavesNoBundle() throws IOException {
        // The parent of the target is a file, so nothing can be written there.
        Files.writeString(tmp.resolve("file"), "x");
        Path dir = tmp.resolve("file/run");

        assertThatThrownBy(() -> BundleWriter.write(dir, config(), roundTrip())).isInstanceOf(IOException.class);
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).containsExactly("file");
        }
    }
}
