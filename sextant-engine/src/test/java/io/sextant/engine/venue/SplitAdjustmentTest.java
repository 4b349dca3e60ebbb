package io.sextant.engine.venue;

import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.OrderCanceled;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.OrderUpdated;
import io.sextant.core.order.Side;
import io.sextant.core.order.TimeInForce;
import io.sextant.data.corporate.CorporateAction;
import io.sextant.engine.backtest.BacktestNode;
import io.sextant.engine.backtest.BacktestSeries;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.testing.ScriptedStrategy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Working orders keep their value through a split, as a broker adjusts open orders. */
class SplitAdjustmentTest {
    private final Equity xyz = Fixtures.equity("XYZ", "0.01", "1");

    private void run(String ratio, ScriptedStrategy s, String... bars) {
        BacktestSeries series = Fixtures.dailyBars(xyz, bars);
        new BacktestNode(List.of(series), AccountConfig.margin(Money.of("100000", Currency.USD), 1),
                Fixtures.freeVenue(), line -> { })
                .portfolio(p -> p.addCorporateActions(xyz.id(), List.of(new CorporateAction(Fixtures.DAY0.plusDays(2),
                        CorporateAction.Type.SPLIT, new BigDecimal(ratio))), ZoneOffset.UTC))
                .run(Map.of(StrategyId.of("s"), s));
    }

    @Test
    void aRestingLimitAndAStopAreRescaledAtTheExDateAndFillAtTheirNewPrices() {
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                // Buy 10 below the market at 399.99 and a sell stop for 7 at 450.01 (margin account, may go short).
                ctx.orders().submit(OrderRequest.limit(xyz.id(), Side.BUY, Fixtures.units("10"), Price.of("399.99"))
                        .withTimeInForce(TimeInForce.GTC));
                ctx.orders().submit(OrderRequest.stopMarket(xyz.id(), Side.SELL, Fixtures.units("7"), Price.of("450.01"))
                        .withTimeInForce(TimeInForce.GTC));
            }
        });
        // Day 2 is the ex-date of a 4-for-1 split; bar 2 opens at 110 and trades down to 99.
        run("4", s,
                "460 470 455 462",
                "462 465 452 455",
                "110 111 99 100",
                "100 101 99 100");

        // Limit 399.99 / 4 = 99.9975 -> 99.99 (a buy rounds down); 10 x 4 = 40 shares.
        // Stop 450.01 / 4 = 112.5025 -> 112.50 (nearest tick); 7 x 4 = 28 shares.
        List<OrderUpdated> updates = s.events(OrderUpdated.class);
        assertThat(updates).hasSize(2);
        assertThat(updates.get(0).quantity()).isEqualTo(Quantity.of(40));
        assertThat(updates.get(0).price()).isEqualTo(Price.of("99.99"));
        assertThat(updates.get(0).tsEvent()).isEqualTo(Fixtures.day(2));
        assertThat(updates.get(1).quantity()).isEqualTo(Quantity.of(28));
        assertThat(updates.get(1).triggerPrice()).isEqualTo(Price.of("112.50"));
        // Bar 2 opens at 110, below the stop's 112.50: a gap through the stop fills at the open; then the
        // low of 99 trades through the limit at 99.99.
        List<OrderFilled> fills = s.events(OrderFilled.class);
        assertThat(fills).hasSize(2);
        assertThat(fills.get(0).lastQuantity()).isEqualTo(Quantity.of(28));
        assertThat(fills.get(0).lastPrice()).isEqualTo(Price.of("110.00"));
        assertThat(fills.get(1).lastQuantity()).isEqualTo(Quantity.of(40));
        assertThat(fills.get(1).lastPrice()).isEqualTo(Price.of("99.99"));
    }

    @Test
    void aReverseSplitThatLeavesLessThanALotCancelsTheOrderSayingWhy() {
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                ctx.orders().submit(OrderRequest.limit(xyz.id(), Side.BUY, Fixtures.units("5"), Price.of("1.00"))
                        .withTimeInForce(TimeInForce.GTC));
            }
        });
        // 1-for-10: 5 shares become 0.5, floored to the lot of 1: 0.
        run("0.1", s,
                "2.00 2.10 1.90 2.00",
                "2.00 2.10 1.90 2.00",
                "20.00 21.00 19.00 20.00");

        assertThat(s.events(OrderCanceled.class)).singleElement().satisfies(c ->
                assertThat(c.reason()).isEqualTo("split 0.1 for 1: the 5 left becomes 0; XYZ.SIM: quantity is zero"));
    }
}
