package io.sextant.engine.risk;

import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.sextant.engine.risk.RiskFixture.AAPL;
import static io.sextant.engine.risk.RiskFixture.MSFT;
import static io.sextant.engine.risk.RiskFixture.limit;
import static io.sextant.engine.risk.RiskFixture.market;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each limit just inside (passes) and just outside (denied, with the exact reason). Equity 100,000.00 USD. */
class RiskLimitsCheckTest {

    private static Money usd(String amount) {
        return Money.of(amount, Currency.USD);
    }

    private static OrderRequest stopBuy(long qty, String trigger) {
        return OrderRequest.stopMarket(AAPL.id(), Side.BUY, OrderQuantity.units(Quantity.of(qty)), Price.of(trigger));
    }

    @Test
    void orderNotionalValuesAtTheLimitPriceElseTheTriggerElseTheLastMark() {
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withMaxOrderNotional(usd("10000")));
        // 100 x 100.00 = 10,000.00: at the limit, allowed. 100 x 100.01 = 10,001.00: over.
        f.assertEdge(limit(AAPL, Side.BUY, 100, "100.00"),
                limit(AAPL, Side.BUY, 100, "100.01"),
                "max order notional: order value 10001.00 USD (BUY 100 AAPL.SIM at 100.01) > limit 10000.00 USD");
        // A stop is valued at its trigger: 99 x 101.01 = 9,999.99 passes, 100 x 101.00 = 10,100.00 does not.
        f.assertEdge(stopBuy(99, "101.01"), stopBuy(100, "101.00"),
                "max order notional: order value 10100.00 USD (BUY 100 AAPL.SIM at 101.00) > limit 10000.00 USD");
        // A market order at the last mark 99.50: 100 x 99.50 = 9,950.00 passes; 101 x 99.50 = 10,049.50 does not.
        f.mark(AAPL, "99.50");
        f.assertEdge(market(AAPL, Side.SELL, 100),
                market(AAPL, Side.SELL, 101),
                "max order notional: order value 10049.50 USD (SELL 101 AAPL.SIM at 99.50) > limit 10000.00 USD");
    }

    @Test
    void orderNotionalOfNotionalAndPercentOfEquityOrders() {
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withMaxOrderNotional(usd("10000")));
        assertThat(f.check(OrderRequest.market(AAPL.id(), Side.BUY, OrderQuantity.notional(usd("10000"))))).isNull();
        // 10,000.01 at the mark 100.00 is floor(100.0001) = 100 shares.
        assertThat(f.check(OrderRequest.market(AAPL.id(), Side.BUY, OrderQuantity.notional(usd("10000.01")))))
                .isEqualTo("max order notional: order value 10000.01 USD (BUY 100 AAPL.SIM at 100.00) > limit"
                        + " 10000.00 USD");
        // 10 % of 100,000.00 = 10,000.00 passes; 10.01 % = 10,010.00 (100 shares at 100.00) does not.
        f.assertEdge(OrderRequest.market(AAPL.id(), Side.BUY, OrderQuantity.percentOfEquity(new BigDecimal("10"))),
                OrderRequest.market(AAPL.id(), Side.BUY, OrderQuantity.percentOfEquity(new BigDecimal("10.01"))),
                "max order notional: order value 10010.00 USD (BUY 100 AAPL.SIM at 100.00) > limit 10000.00 USD");
    }

    @Test
    void positionSizeAfterTheOrderWithAPerInstrumentOverride() {
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withMaxPosition(Quantity.of(100))
                .withMaxPosition(MSFT.id(), Quantity.of(50)));
        f.fill(AAPL, Side.BUY, 60, "100.00");
        // Long 60: +40 reaches 100 (allowed), +41 reaches 101.
        f.assertEdge(market(AAPL, Side.BUY, 40),
                market(AAPL, Side.BUY, 41),
                "max position: AAPL.SIM position after order 101 > limit 100");
        // Selling 160 flips to short 100 (allowed); 161 to short 101.
        f.assertEdge(market(AAPL, Side.SELL, 160),
                market(AAPL, Side.SELL, 161),
                "max position: AAPL.SIM position after order -101 > limit 100");
        // MSFT has its own limit of 50; a notional order is turned into shares at the mark: 5,100.00 / 100.00 = 51.
        f.assertEdge(market(MSFT, Side.BUY, 50),
                OrderRequest.market(MSFT.id(), Side.BUY, OrderQuantity.notional(usd("5100"))),
                "max position: MSFT.SIM position after order 51 > limit 50");
    }

    @Test
    void leverageIsGrossExposureAfterTheOrderOverEquity() {
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withMaxLeverage(new BigDecimal("1.5")));
        // Long 1,000 AAPL at 100.00: gross 100,000.00, cash 0, equity 100,000.00.
        f.fill(AAPL, Side.BUY, 1000, "100.00");
        // + 500 MSFT x 100.00 = 150,000.00 gross = 1.5 x equity: allowed. 501 -> 150,100.00 = 1.501.
        f.assertEdge(limit(MSFT, Side.BUY, 500, "100.00"),
                limit(MSFT, Side.BUY, 501, "100.00"),
                "max leverage: gross exposure after order 150100.00 USD / equity 100000.00 USD = 1.501 > limit 1.5");
        // A short adds to gross exposure too.
        assertThat(f.check(limit(MSFT, Side.SELL, 501, "100.00"))).isEqualTo("max leverage: gross exposure after order"
                + " 150100.00 USD / equity 100000.00 USD = 1.501 > limit 1.5");
    }

    @Test
    void grossExposureAsMoney() {
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withMaxGrossExposure(usd("150000")));
        f.fill(AAPL, Side.BUY, 1000, "100.00");
        f.assertEdge(limit(MSFT, Side.BUY, 500, "100.00"),
                limit(MSFT, Side.BUY, 501, "100.00"),
                "max gross exposure: gross exposure after order 150100.00 USD > limit 150000.00 USD");
    }

    @Test
    void netExposureNetsLongsAgainstShorts() {
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withMaxNetExposure(new BigDecimal("0.5")));
        // Long 300 MSFT: net +30,000.00. Selling 800 AAPL at 100.00 -> net 30,000 - 80,000 = -50,000 = -0.5.
        f.fill(MSFT, Side.BUY, 300, "100.00");
        f.assertEdge(limit(AAPL, Side.SELL, 800, "100.00"),
                limit(AAPL, Side.SELL, 801, "100.00"),
                "max net exposure: net exposure after"
                + " order -50100.00 USD / equity 100000.00 USD = -0.501, beyond +-0.5");
        // Buying: 30,000 + 200 x 100.00 = 50,000 passes, 201 -> 50,100 = 0.501.
        f.assertEdge(limit(AAPL, Side.BUY, 200, "100.00"),
                limit(AAPL, Side.BUY, 201, "100.00"),
                "max net exposure: net exposure after"
                + " order 50100.00 USD / equity 100000.00 USD = 0.501, beyond +-0.5");
    }

    @Test
    void concentrationValuesTheWholePositionAfterTheOrderAtTheOrdersPrice() {
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withMaxConcentration(new BigDecimal("0.25")));
        f.fill(AAPL, Side.BUY, 200, "100.00");
        // (200 + 50) x 100.00 = 25,000.00 = 0.25 of equity: allowed; 251 x 100.00 = 25,100.00 = 0.251.
        f.assertEdge(limit(AAPL, Side.BUY, 50, "100.00"),
                limit(AAPL, Side.BUY, 51, "100.00"),
                "max concentration: AAPL.SIM value after"
                + " order 25100.00 USD / equity 100000.00 USD = 0.251 > limit 0.25");
        // At a limit of 125.00 the same 200 held are worth more: (200 + 1) x 125.00 = 25,125.00; the ratio
        // 0.25125 is shown rounded half-even to 0.2512.
        assertThat(f.check(limit(AAPL, Side.BUY, 1, "125.00"))).isEqualTo("max concentration: AAPL.SIM value after"
                + " order 25125.00 USD / equity 100000.00 USD = 0.2512 > limit 0.25");
    }

    @Test
    void limitsRunInTheirDocumentedOrder() {
        // 2,000 x 100.00 breaks notional, position and concentration: notional is reported first.
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withMaxConcentration(new BigDecimal("0.1"))
                .withMaxPosition(Quantity.of(1000)).withMaxOrderNotional(usd("50000")));
        assertThat(f.check(limit(AAPL, Side.BUY, 2000, "100.00"))).startsWith("max order notional:");
        assertThat(f.check(limit(AAPL, Side.BUY, 1001, "10.00"))).startsWith("max position:");
        assertThat(f.check(limit(AAPL, Side.BUY, 1000, "10.01"))).startsWith("max concentration:");
    }

    @Test
    void anOrderThatCannotBeValuedIsDenied() {
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withMaxOrderNotional(usd("10000")));
        var eur = OrderRequest.market(AAPL.id(), Side.BUY, OrderQuantity.notional(Money.of("100", Currency.EUR)));
        assertThat(f.check(eur)).isEqualTo("risk: cannot value an order for 100.00 EUR in the base currency USD");
    }

    @Test
    void moneyLimitsMustBeInTheBaseCurrency() {
        RiskFixture f = new RiskFixture();
        assertThatThrownBy(() -> f.risk.setLimits(RiskLimits.NONE.withMaxOrderNotional(Money.of("1", Currency.EUR))))
                .hasMessage("risk limit maxOrderNotional 1.00 EUR must be in the base currency USD");
        assertThatThrownBy(() -> RiskLimits.NONE.withMaxLeverage(BigDecimal.ZERO))
                .hasMessage("risk limit maxLeverage must be positive");
    }
}
