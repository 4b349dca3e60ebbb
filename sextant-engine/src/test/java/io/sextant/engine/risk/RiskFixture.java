package io.sextant.engine.risk;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.StrategyId;
import io.sextant.core.id.TradeId;
import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.LiquiditySide;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.portfolio.Portfolio;
import io.sextant.engine.testing.Fixtures;

/**
 * A margin account of 100,000.00 USD (leverage 4) with two equities, AAPL and MSFT (tick 0.01, lot 1),
 * both marked at 100.00, and a risk engine on it. Fills are booked without fees, so equity stays
 * 100,000.00 until a mark moves.
 */
final class RiskFixture {
    static final Equity AAPL = Fixtures.equity("AAPL", "0.01", "1");
    static final Equity MSFT = Fixtures.equity("MSFT", "0.01", "1");
    static final long T0 = Fixtures.day(0);

    final Portfolio portfolio = new Portfolio(AccountConfig.margin(Money.of("100000", Currency.USD), 4));
    final RiskEngine risk;
    private int next = 1;

    RiskFixture() {
        portfolio.addInstrument(AAPL);
        portfolio.addInstrument(MSFT);
        mark(AAPL, "100.00");
        mark(MSFT, "100.00");
        risk = new RiskEngine(portfolio);
    }

    RiskFixture limits(RiskLimits limits) {
        risk.setLimits(limits);
        return this;
    }

    void mark(Equity instrument, String price) {
        portfolio.mark(instrument.id(), Price.of(price).withPrecision(2, Rounding.EXACT).raw());
    }

    /** Books a fee-free fill of {@code qty} at {@code price}. */
    void fill(Equity instrument, Side side, long qty, String price) {
        portfolio.applyFill(new OrderFilled(ClientOrderId.of("F-" + next), instrument.id(), TradeId.of("T-" + next++),
                side, Quantity.of(qty), Price.of(price), Money.zero(Currency.USD), LiquiditySide.TAKER, T0, T0), T0);
    }

    Order order(OrderRequest request) {
        return new Order(ClientOrderId.of("O-" + next++), StrategyId.of("s"), request, T0);
    }

    /** The risk decision for a request at T0. */
    String check(OrderRequest request) {
        return risk.check(order(request), T0);
    }

    /** Checks a limit's edge: {@code inside} passes, {@code outside} is denied for exactly {@code reason}. */
    void assertEdge(OrderRequest inside, OrderRequest outside, String reason) {
        org.assertj.core.api.Assertions.assertThat(check(inside)).as("just inside").isNull();
        org.assertj.core.api.Assertions.assertThat(check(outside)).as("just outside").isEqualTo(reason);
    }

    static OrderRequest limit(Equity instrument, Side side, long qty, String price) {
        return OrderRequest.limit(instrument.id(), side, OrderQuantity.units(Quantity.of(qty)), Price.of(price));
    }

    static OrderRequest market(Equity instrument, Side side, long qty) {
        return OrderRequest.market(instrument.id(), side, OrderQuantity.units(Quantity.of(qty)));
    }
}
