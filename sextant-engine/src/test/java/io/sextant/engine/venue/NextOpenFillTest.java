package io.sextant.engine.venue;

import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderQuantity;
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

import static org.assertj.core.api.Assertions.assertThat;

class NextOpenFillTest {

    @Test
    void aMarketOrderPlacedOnABarFillsAtTheNextOpenWithTheFee() {
        Equity aapl = Fixtures.equity("AAPL", "0.01", "1");
        var bars = Fixtures.dailyBars(aapl,
                "100 101 99 100.50",
                "101 103 100 102",
                "102 104 101 103");
        // Buy 10 on bar 0's close: fills at bar 1's open, 101.00. Fee 0.1 % of 1010.00 = 1.01.
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                ctx.orders().submit(OrderRequest.market(aapl.id(), Side.BUY, OrderQuantity.units(Quantity.of(10))));
            }
        });
        BacktestResult r = new BacktestNode(List.of(bars), AccountConfig.cash(Money.of("10000", Currency.USD)),
                VenueConfig.defaults(PercentFee.of(new BigDecimal("0.001"))), line -> { })
                .run(Map.of(StrategyId.of("s"), s));

        OrderFilled fill = r.fills().getFirst();
        assertThat(fill.lastPrice()).isEqualTo(Price.of("101.00"));
        assertThat(fill.tsEvent()).isEqualTo(Fixtures.day(1));
        assertThat(fill.commission()).isEqualTo(Money.of("1.01", Currency.USD));
        // Cash 10000 - 1010 - 1.01 = 8988.99; equity at the last close 103: 8988.99 + 1030 = 10018.99.
        assertThat(r.equity().cashRaw(2)).isEqualTo(898_899);
        assertThat(r.equity().equityRaw(2)).isEqualTo(1_001_899);
    }
}
