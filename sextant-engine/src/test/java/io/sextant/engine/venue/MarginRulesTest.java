package io.sextant.engine.venue;

import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.MarginRates;
import io.sextant.core.instrument.PerpetualSwap;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.order.OrderRejected;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.engine.backtest.BacktestNode;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.testing.ScriptedStrategy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.sextant.engine.testing.Fixtures.units;
import static org.assertj.core.api.Assertions.assertThat;

/** Orders that open or increase a leveraged position need initial margin within the free margin. */
class MarginRulesTest {
    private final PerpetualSwap perp = Fixtures.perp("BTCUSDT-PERP", Currency.BTC, Currency.USDT, "0.01", "1",
            MarginRates.of("0.01", "0.005"));

    private BacktestResult run(ScriptedStrategy s) {
        return new BacktestNode(List.of(Fixtures.dailyBars(perp, "100 101 99 100", "100 101 99 100", "100 101 99 100")),
                AccountConfig.margin(Money.of("1000", Currency.USDT), 10), Fixtures.freeVenue(), line -> { })
                .run(Map.of(StrategyId.of("s"), s));
    }

    @Test
    void anIncreaseBeyondTheFreeMarginIsRejectedWithTheNumbers() {
        // Rate max(1/10, 0.01) = 0.1. 101 at 100.00 = 10,100.00 needs 1,010.00 > free 1,000: rejected.
        // 100 needs exactly 1,000.00: accepted, filled at bar 1's open.
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                ctx.orders().submit(OrderRequest.market(perp.id(), Side.BUY, units("101")));
                ctx.orders().submit(OrderRequest.market(perp.id(), Side.BUY, units("100")));
            }
        });
        BacktestResult r = run(s);
        assertThat(s.events(OrderRejected.class)).singleElement().extracting(OrderRejected::reason)
                .isEqualTo("insufficient margin: BUY 101 at about 100.00 needs initial margin 1010.00000000 USDT"
                        + " (0.1 of 10100.00000000 USDT), free margin is 1000.00000000 USDT");
        assertThat(r.fills()).hasSize(1);
    }

    @Test
    void closingAndFlippingNeedMarginOnlyForTheNewSide() {
        // Long 100 uses all 1,000 of margin. Selling 150 closes 100 (no margin) and opens a short of 50, which
        // needs 50 x 100 x 0.1 = 500 of the free margin at bar 1 (equity 1,000, margin used 1,000: free 0):
        // rejected. Selling 100 only closes: accepted.
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                ctx.orders().submit(OrderRequest.market(perp.id(), Side.BUY, units("100")));
            } else if (i == 1) {
                ctx.orders().submit(OrderRequest.market(perp.id(), Side.SELL, units("150")));
                ctx.orders().submit(OrderRequest.market(perp.id(), Side.SELL, units("100")));
            }
        });
        BacktestResult r = run(s);
        assertThat(s.events(OrderRejected.class)).singleElement().extracting(OrderRejected::reason)
                .asString().startsWith("insufficient margin: SELL 50 at about 100.00 needs initial margin 500.00000000 USDT");
        assertThat(r.fills()).hasSize(2);
        assertThat(r.positions().getLast().signedQuantity()).isZero();
    }
}
