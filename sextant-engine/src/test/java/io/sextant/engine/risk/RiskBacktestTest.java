package io.sextant.engine.risk;

import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.OrderDenied;
import io.sextant.core.order.OrderEvent;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.OrderStatus;
import io.sextant.core.order.Side;
import io.sextant.core.time.Nanos;
import io.sextant.engine.backtest.BacktestNode;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.backtest.BacktestSeries;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.strategy.StrategyContext;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.testing.ScriptedStrategy;
import io.sextant.engine.venue.PercentFee;
import io.sextant.engine.venue.VenueConfig;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/** Risk inside a backtest: denials reach the strategy as {@link OrderDenied} events. No fees. */
class RiskBacktestTest {
    private static final Equity AAPL = Fixtures.equity("AAPL", "0.01", "1");

    private static BacktestResult run(BacktestSeries bars, Consumer<BacktestNode> setup, ScriptedStrategy s) {
        BacktestNode node = new BacktestNode(List.of(bars), AccountConfig.cash(Money.of("10000", Currency.USD)),
                VenueConfig.defaults(PercentFee.of(BigDecimal.ZERO)), line -> { });
        setup.accept(node);
        return node.run(Map.of(StrategyId.of("s"), s));
    }

    private static void sell(StrategyContext ctx, long qty) {
        ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.SELL, OrderQuantity.units(Quantity.of(qty))));
    }

    private static void buy(StrategyContext ctx, long qty) {
        ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.BUY, OrderQuantity.units(Quantity.of(qty))));
    }

    private static List<String> denials(ScriptedStrategy s) {
        List<String> out = new ArrayList<>();
        for (OrderEvent e : s.orderEvents) {
            if (e instanceof OrderDenied d) {
                out.add(d.clientOrderId() + ": " + d.reason());
            }
        }
        return out;
    }

    @Test
    void anOrderOverTheNotionalLimitIsDeniedAndTheStrategyIsTold() {
        var bars = Fixtures.dailyBars(AAPL, "100 101 99 100.50", "101 103 100 102", "102 104 101 103");
        // At bar 0's close 100.50: 10 shares = 1,005.00 > 1,000.00; 9 shares = 904.50 pass and fill at 101.00.
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                buy(ctx, 10);
                buy(ctx, 9);
            }
        });
        BacktestResult r = run(bars, n -> n.risk(risk -> risk.setLimits(
                RiskLimits.NONE.withMaxOrderNotional(Money.of("1000", Currency.USD)))), s);

        String reason = "max order notional: order value 1005.00 USD (BUY 10 AAPL.SIM at 100.50) > limit 1000.00 USD";
        assertThat(denials(s)).containsExactly("O-1: " + reason);
        assertThat(r.reasons()).containsEntry("O-1", reason);
        assertThat(r.orders().get(0).status()).isEqualTo(OrderStatus.DENIED);
        OrderFilled fill = r.fills().getFirst();
        assertThat(fill.clientOrderId().toString()).isEqualTo("O-2");
        assertThat(fill.lastQuantity()).isEqualTo(Quantity.of(9));
        assertThat(fill.lastPrice()).isEqualTo(Price.of("101.00"));
    }

    @Test
    void theKillSwitchHaltsForTheRestOfTheDayAndResetsAtMidnight() {
        // Hourly bars from 2024-01-01 00:00 UTC. Buy 100 at bar 0, filled at bar 1's open 100.00: cash 0.
        // Bar 2 closes at 95.00: equity 9,500.00, a loss of 500.00 = the limit, seen when the step ends.
        // Bar 3 closes at 99.00 (loss only 100.00) but the day stays halted. Bar 23 closes at 2024-01-02
        // 00:00, a new day: the sell passes and fills at bar 24's open (also 00:00) at 99.00.
        String[] rows = new String[26];
        rows[0] = "100 100 100 100";
        rows[1] = "100 100 98 98";
        rows[2] = "98 98 95 95";
        for (int i = 3; i < rows.length; i++) {
            rows[i] = "99 99 99 99";
        }
        BiConsumer<Integer, StrategyContext> script = (i, ctx) -> {
            if (i == 0) {
                buy(ctx, 100);
            } else if (i == 3 || i == 22 || i == 23) {
                sell(ctx, 50);
            }
        };
        ScriptedStrategy s = new ScriptedStrategy(script);
        RiskEngine[] risk = new RiskEngine[1];
        BacktestResult r = run(Fixtures.bars(AAPL, Nanos.PER_HOUR, rows), n -> n.risk(e -> {
            e.setLimits(RiskLimits.NONE.withDailyLoss(DailyLossLimit.of(Money.of("500", Currency.USD))));
            risk[0] = e;
        }), s);

        String reason = "trading is HALTED by the daily loss limit: loss 500.00 USD since the start of 2024-01-01"
                + " (UTC, start-of-day equity 10000.00 USD) >= limit 500.00 USD";
        assertThat(denials(s)).containsExactly("O-2: " + reason, "O-3: " + reason);
        assertThat(r.fills()).hasSize(2);
        OrderFilled sold = r.fills().get(1);
        assertThat(sold.clientOrderId().toString()).isEqualTo("O-4");
        assertThat(sold.lastPrice()).isEqualTo(Price.of("99.00"));
        assertThat(sold.tsEvent()).isEqualTo(Fixtures.day(1)); // bar 24 opens at 2024-01-02 00:00
        assertThat(risk[0].state()).isEqualTo(TradingState.ACTIVE);
    }

    @Test
    void ordersDuringTheWarmUpAreDenied() {
        var bars = Fixtures.dailyBars(AAPL, "100 101 99 100", "100 101 99 100", "100 101 99 100");
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> buy(ctx, 1));
        BacktestResult r = run(bars, n -> n.tradingStart(Fixtures.day(2)), s);
        // Bar 0 closes at day 1 (before the start): denied. Bar 1 closes at day 2: allowed (fills at bar 2's
        // open), as is bar 2's order (accepted, no bar left to fill it).
        assertThat(denials(s)).containsExactly("O-1: warm-up: trading starts at 2024-01-03T00:00:00Z");
        assertThat(r.orders()).extracting(o -> o.status().toString()).containsExactly("DENIED", "FILLED", "ACCEPTED");
    }

    @Test
    void theThrottleDeniesTheOrderOverTheRate() {
        var bars = Fixtures.dailyBars(AAPL, "100 101 99 100", "100 101 99 100");
        // Two per second: three orders at bar 0's close, the third denied; a day later one passes.
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            buy(ctx, 1);
            if (i == 0) {
                buy(ctx, 1);
                buy(ctx, 1);
            }
        });
        run(bars, n -> n.risk(e -> e.setLimits(RiskLimits.NONE.withOrderRate(OrderRateLimit.of(2,
                Duration.ofSeconds(1))))), s);
        assertThat(denials(s))
                .containsExactly("O-3: order rate limit: 2 orders passed in the last 1s (limit 2 per 1s)");
        assertThat(s.orderEvents.stream().filter(e -> e.clientOrderId().toString().equals("O-4"))
                .anyMatch(e -> e instanceof io.sextant.core.order.OrderSubmitted)).isTrue();
    }
}
