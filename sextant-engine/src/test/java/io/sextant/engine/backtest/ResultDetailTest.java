package io.sextant.engine.backtest;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.testing.ScriptedStrategy;
import io.sextant.engine.venue.PercentFee;
import io.sextant.engine.venue.VenueConfig;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResultDetailTest {
    private static final Equity AAPL = Fixtures.equity("AAPL", "0.01", "1");
    private static final BacktestSeries BARS = Fixtures.dailyBars(AAPL,
            "100 101 99 100.50",
            "101 103 100 102",
            "102 104 101 103",
            "103 103 95 96",
            "96 99 94 98",
            "98 100 97 99");

    /** Buys 10 on bar 0, sells them on bar 2; buys 5 on bar 3 and rests a limit sell at 120 from bar 4. */
    private static ScriptedStrategy trader(List<Order> placed) {
        return new ScriptedStrategy((i, ctx) -> {
            switch (i) {
                case 0, 3 -> placed.add(ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.BUY,
                        Fixtures.units(i == 0 ? "10" : "5"))));
                case 2 -> placed.add(ctx.orders().close(AAPL.id()));
                case 4 -> placed.add(ctx.orders().submit(OrderRequest.limit(AAPL.id(), Side.SELL, Fixtures.units("5"),
                        Price.of("120.00"))));
                default -> {
                }
            }
        });
    }

    private static BacktestResult run(ResultDetail detail, ScriptedStrategy s) {
        return new BacktestNode(List.of(BARS), AccountConfig.cash(Money.of("10000", Currency.USD)),
                VenueConfig.defaults(PercentFee.of(new BigDecimal("0.001"))), line -> { })
                .detail(detail).run(Map.of(StrategyId.of("s"), s));
    }

    @Test
    void aSummaryRunHasTheSameStatisticsAndEquityButNoOrderOrTradeLists() {
        BacktestResult full = run(ResultDetail.FULL, trader(new ArrayList<>()));
        ScriptedStrategy summaryStrategy = trader(new ArrayList<>());
        BacktestResult summary = run(ResultDetail.SUMMARY, summaryStrategy);

        assertThat(summary.stats()).isEqualTo(full.stats());
        assertThat(full.trades()).hasSize(1);
        assertThat(summary.trades()).isEmpty();
        assertThat(summary.stats().trades()).isEqualTo(1);
        assertThat(summary.equity().size()).isEqualTo(full.equity().size()).isEqualTo(6);
        for (int i = 0; i < 6; i++) {
            assertThat(summary.equity().time(i)).isEqualTo(full.equity().time(i)).isEqualTo(Fixtures.day(i + 1));
            assertThat(summary.equity().equityRaw(i)).isEqualTo(full.equity().equityRaw(i));
            assertThat(summary.equity().cashRaw(i)).isEqualTo(full.equity().cashRaw(i));
        }
        // Fees: 0.1 % of 10 x 101 (1.01), of 10 x 103 (1.03) and of 5 x 96 (0.48) = 2.52.
        assertThat(summary.stats().fees()).isEqualTo(2.52, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(full.orders()).hasSize(4);
        assertThat(full.fills()).hasSize(3);
        assertThat(summary.orders()).isEmpty();
        assertThat(summary.fills()).isEmpty();
        assertThat(summary.positions()).isEmpty();
        // The strategy saw the same events either way: the run is the same, only what is kept differs.
        assertThat(summaryStrategy.events(OrderFilled.class)).hasSize(3);
    }

    @Test
    void aSummaryRunKeepsOpenOrdersAndSaysSoWhenAFinishedOneIsAskedFor() {
        List<Order> placed = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                placed.add(ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.BUY, Fixtures.units("10"))));
                placed.add(ctx.orders().submit(OrderRequest.limit(AAPL.id(), Side.BUY, Fixtures.units("10"),
                        Price.of("50.00"))));
            }
            if (i == 2) {
                ClientOrderId filled = placed.get(0).id();
                // Cancelling a finished order does nothing, as in a full run.
                ctx.orders().cancel(filled);
                seen.add(ctx.orders().open(AAPL.id()).stream().map(o -> o.id().value()).toList().toString());
                try {
                    ctx.orders().get(filled);
                } catch (IllegalArgumentException e) {
                    seen.add(e.getMessage());
                }
                seen.add(ctx.orders().get(placed.get(1).id()).status().toString());
            }
        });
        run(ResultDetail.SUMMARY, s);

        assertThat(seen).containsExactly("[O-2]",
                "strategy s has no open order O-1 (this run keeps only open orders: finished ones are not kept in"
                        + " summary mode)",
                "ACCEPTED");
    }

    @Test
    void aMissingDetailIsRefused() {
        assertThatThrownBy(() -> new BacktestNode(List.of(BARS), AccountConfig.cash(Money.of("1", Currency.USD)),
                Fixtures.freeVenue(), line -> { }).detail(null))
                .isInstanceOf(NullPointerException.class).hasMessage("detail");
    }
}
