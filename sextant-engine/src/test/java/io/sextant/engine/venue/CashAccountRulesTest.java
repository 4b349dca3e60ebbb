package io.sextant.engine.venue;

import io.sextant.core.id.StrategyId;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRejected;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.engine.backtest.BacktestNode;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.testing.ScriptedStrategy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static io.sextant.engine.testing.Fixtures.units;
import static io.sextant.engine.venue.OrderTypeScenarioTest.AAPL;
import static org.assertj.core.api.Assertions.assertThat;

/** A cash account pays for buys in full and cannot sell what it does not hold. */
class CashAccountRulesTest {

    private static BacktestResult run(ScriptedStrategy s) {
        return new BacktestNode(List.of(Fixtures.dailyBars(AAPL, "100 101 99 100", "100 101 99 100", "100 101 99 100")),
                AccountConfig.cash(Money.of("10000", Currency.USD)), Fixtures.freeVenue(), line -> { })
                .run(Map.of(StrategyId.of("s"), s));
    }

    @Test
    void aBuyCostingMoreThanTheCashIsRejectedOnArrival() {
        // 100 shares at the last close 100.00 cost 10,000.00 = the cash: accepted. 101 cost 10,100.00: rejected.
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.BUY, units("101")));
                ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.BUY, units("100")));
            }
        });
        BacktestResult r = run(s);
        assertThat(s.events(OrderRejected.class)).singleElement().extracting(OrderRejected::reason)
                .isEqualTo("insufficient cash: buying 101 at about 100.00 costs 10100.00 USD, cash is 10000.00 USD");
        assertThat(r.fills()).singleElement().satisfies(f -> assertThat(f.lastQuantity().toBigDecimal())
                .isEqualByComparingTo("100"));
    }

    @Test
    void aCashAccountCannotSellShortButMaySellWhatItHolds() {
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.SELL, units("5")));
                ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.BUY, units("10")));
            } else if (i == 1) {
                ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.SELL, units("10")));
            }
        });
        BacktestResult r = run(s);
        assertThat(s.events(OrderRejected.class)).singleElement().extracting(OrderRejected::reason)
                .isEqualTo("a cash account cannot sell short: sell 5 but the position is flat");
        assertThat(r.fills()).hasSize(2);
    }

    @Test
    void percentOfEquityOrdersAreSizedAtTheFillSoTheyPass() {
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.BUY,
                        OrderQuantity.percentOfEquity(BigDecimal.valueOf(100))));
            }
        });
        // 10,000 / 100.00 = 100 shares at bar 1's open.
        assertThat(run(s).fills()).singleElement().satisfies(f -> assertThat(f.lastQuantity().toBigDecimal())
                .isEqualByComparingTo("100"));
    }
}
