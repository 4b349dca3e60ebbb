package io.sextant.engine.portfolio;

import io.sextant.core.id.StrategyId;
import io.sextant.core.instrument.MarginRates;
import io.sextant.core.instrument.PerpetualSwap;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.core.position.PositionEvent;
import io.sextant.engine.backtest.BacktestNode;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.testing.ScriptedStrategy;
import io.sextant.engine.venue.FeeModel;
import io.sextant.engine.venue.VenueConfig;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LiquidationTest {
    private final PerpetualSwap perp = Fixtures.perp("BTCUSDT-PERP", Currency.BTC, Currency.USDT, "0.01", "0.001",
            MarginRates.of("0.01", "0.005"));
    // The long is bought at bar 1's open, 100.00; then the price falls.
    private final String[] bars = {
            "100 101 99 100",
            "100 102 95 96",
            "96 97 85 86",
            "86 87 80 81"};

    private record Run(ScriptedStrategy strategy, BacktestResult result, List<String> snapshots) {
    }

    private Run run(AccountConfig account) {
        List<String> snapshots = new ArrayList<>();
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                ctx.orders().submit(OrderRequest.market(perp.id(), Side.BUY, OrderQuantity.units(Quantity.of("1.000"))));
            }
            var view = ctx.portfolio();
            snapshots.add(view.liquidationPrice(perp.id()).map(BigDecimal::toPlainString).orElse("-") + " "
                    + view.marginUsed() + " " + view.maintenanceMargin() + " " + view.freeMargin());
        });
        BacktestResult r = new BacktestNode(List.of(Fixtures.dailyBars(perp, bars)),
                account.withLiquidationFeeRate(new BigDecimal("0.005")), VenueConfig.defaults(FeeModel.NONE), line -> { })
                .run(Map.of(StrategyId.of("s"), s));
        return new Run(s, r, snapshots);
    }

    private static void assertLiquidated(Run run, long when, String realized) {
        PositionEvent liq = run.strategy.positionEvents.getLast();
        assertThat(liq.kind()).isEqualTo(PositionEvent.Kind.LIQUIDATED);
        assertThat(liq.tsEvent()).isEqualTo(when);
        assertThat(liq.realizedPnl()).isEqualTo(Money.of(realized, Currency.USDT));
        assertThat(liq.signedQuantity()).isZero();
    }

    @Test
    void aTenTimesIsolatedLongIsLiquidatedWhenTheBarLowCrossesItsLiquidationPrice() {
        Run run = run(AccountConfig.margin(Money.of("1000", Currency.USDT), 10).withMarginMode(MarginMode.ISOLATED));
        // Long 1 at 100, 10x: isolated margin 100 / 10 = 10; mmr 0.005.
        // liq = (100 - 10) / (1 x (1 - 0.005)) = 90 / 0.995 = 90.452261... -> 90.46 (a long's rounds up).
        // After bar 1 (close 96): margin used 96 x 0.1 = 9.60, maintenance 96 x 0.005 = 0.48,
        // free margin = equity (1000 - 4) - 9.60 = 986.40.
        assertThat(run.snapshots.get(1)).isEqualTo("90.46 9.60000000 USDT 0.48000000 USDT 986.40000000 USDT");
        // Bar 2's low 85 <= 90.46: closed at 90.46. Realized 90.46 - 100 = -9.54; liquidation fee 0.5 % of 90.46 =
        // 0.4523. Cash 1000 - 9.54 - 0.4523 = 990.0077.
        assertLiquidated(run, Fixtures.day(3), "-9.54");
        assertThat(run.result.equity().cashRaw(2)).isEqualTo(990_00770000L);
        assertThat(run.snapshots.get(2)).isEqualTo("- 0.00000000 USDT 0.00000000 USDT 990.00770000 USDT");
        // The liquidation closes the round trip: exit 90.46, gross -9.54, fees = the liquidation fee 0.4523
        // (the entry fill paid none), net -9.9923.
        var trip = run.result.trades().getFirst();
        assertThat(run.result.trades()).hasSize(1);
        assertThat(trip.exitPrice()).isEqualByComparingTo("90.46");
        assertThat(trip.exitTime()).isEqualTo(Fixtures.day(3));
        assertThat(trip.grossPnl()).isEqualTo(Money.of("-9.54", Currency.USDT));
        assertThat(trip.fees()).isEqualTo(Money.of("0.4523", Currency.USDT));
        assertThat(trip.netPnl()).isEqualTo(Money.of("-9.9923", Currency.USDT));
    }

    @Test
    void aTenTimesCrossLongIsBackedByTheWholeAccountAndLiquidatedLater() {
        Run run = run(AccountConfig.margin(Money.of("20", Currency.USDT), 10).withMarginMode(MarginMode.CROSS));
        // Cross: the collateral is the wallet, 20 (no other positions).
        // liq = (100 - 20) / (1 x 0.995) = 80.402010... -> 80.41. Bar 2's low 85 does not reach it.
        assertThat(run.snapshots.get(1)).startsWith("80.41 ");
        assertThat(run.snapshots.get(2)).startsWith("80.41 ");
        // Bar 3's low 80 <= 80.41: closed at 80.41. Realized -19.59; fee 0.005 x 80.41 = 0.40205.
        // Cash 20 - 19.59 - 0.40205 = 0.00795.
        assertLiquidated(run, Fixtures.day(4), "-19.59");
        assertThat(run.result.equity().cashRaw(3)).isEqualTo(795_000L);
    }

    @Test
    void aShortsLiquidationPriceIsAboveItsEntry() {
        Portfolio p = new Portfolio(AccountConfig.margin(Money.of("1000", Currency.USDT), 10));
        p.addInstrument(perp);
        p.applyFill(Fixtures.fill(perp, Side.SELL, "2", "100", Money.zero(Currency.USDT), Fixtures.day(0)), 0);
        // Short 2 at 100: entry notional 200, isolated margin 20. liq = (200 + 20) / (2 x 1.005) = 109.4527...
        // -> 109.45 (a short's rounds down).
        assertThat(p.liquidationPrice(perp.id())).contains(new BigDecimal("109.45"));
        // A bar whose high reaches 109.45 liquidates: realized 2 x (100 - 109.45) = -18.90.
        assertThat(p.afterBar(Fixtures.bar(perp, Fixtures.day(0), Fixtures.day(1), "100 109.45 99 105")))
                .singleElement().extracting(PositionEvent::kind).isEqualTo(PositionEvent.Kind.LIQUIDATED);
        assertThat(p.position(perp.id()).realizedPnl()).isEqualTo(Money.of("-18.90", Currency.USDT));
    }
}
