package io.sextant.engine.venue;

import io.sextant.core.data.AggressorSide;
import io.sextant.core.data.QuoteTick;
import io.sextant.core.data.TradeTick;
import io.sextant.core.id.StrategyId;
import io.sextant.core.id.TradeId;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.LiquiditySide;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.core.time.Nanos;
import io.sextant.core.time.TestClock;
import io.sextant.engine.data.DataHub;
import io.sextant.engine.kernel.Engine;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.portfolio.Portfolio;
import io.sextant.engine.risk.RiskEngine;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.strategy.StrategyContext;
import io.sextant.core.order.OrderEvent;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.sextant.engine.testing.Fixtures.units;
import static io.sextant.engine.venue.OrderTypeScenarioTest.AAPL;
import static org.assertj.core.api.Assertions.assertThat;

/** Matching on quotes and trade ticks: market orders cross the spread, limits fill when the market trades through. */
class TickMatchingTest {
    static final long S = Nanos.PER_SECOND;

    /** Places both orders on the first tick it sees and records fills. */
    static final class PlaceOnFirstTick implements Strategy {
        final List<OrderRequest> requests;
        final List<OrderFilled> fills = new ArrayList<>();
        StrategyContext ctx;
        boolean placed;

        PlaceOnFirstTick(OrderRequest... requests) {
            this.requests = List.of(requests);
        }

        @Override
        public void onStart(StrategyContext context) {
            ctx = context;
        }

        @Override
        public void onQuote(QuoteTick quote) {
            place();
        }

        @Override
        public void onTrade(TradeTick trade) {
            place();
        }

        private void place() {
            if (!placed) {
                placed = true;
                requests.forEach(ctx.orders()::submit);
            }
        }

        @Override
        public void onOrderEvent(OrderEvent event) {
            if (event instanceof OrderFilled f) {
                fills.add(f);
            }
        }
    }

    static Engine engine(Strategy strategy) {
        TestClock clock = new TestClock(0);
        // A margin account at leverage 1: the scenarios sell short without a position.
        Portfolio portfolio = new Portfolio(AccountConfig.margin(Money.of("100000", Currency.USD), 1));
        SimulatedVenue venue = new SimulatedVenue(VenueConfig.defaults(FeeModel.NONE), clock, portfolio);
        DataHub data = new DataHub();
        data.addInstrument(AAPL);
        portfolio.addInstrument(AAPL);
        venue.addInstrument(AAPL, ts -> Long.MAX_VALUE);
        Engine engine = new Engine(clock, data, portfolio, new RiskEngine(portfolio), venue, venue, line -> { });
        engine.addStrategy(StrategyId.of("s"), strategy);
        engine.start();
        return engine;
    }

    static QuoteTick quote(int second, String bid, String ask) {
        return new QuoteTick(AAPL.id(), Price.of(bid), Price.of(ask), Quantity.of(100), Quantity.of(100),
                second * S, second * S);
    }

    static TradeTick trade(int second, String price, String size) {
        return new TradeTick(AAPL.id(), Price.of(price), Quantity.of(size), AggressorSide.UNKNOWN,
                TradeId.of("t" + second), second * S, second * S);
    }

    @Test
    void quotesFillMarketsAtTheFarSideAndLimitsOnlyThroughTheirPrice() {
        PlaceOnFirstTick s = new PlaceOnFirstTick(OrderRequest.market(AAPL.id(), Side.BUY, units("10")),
                OrderRequest.limit(AAPL.id(), Side.BUY, units("5"), Price.of("99.95")));
        Engine e = engine(s);
        e.onQuote(quote(1, "99.98", "100.02"));  // seen, orders placed after it
        e.onQuote(quote(2, "99.97", "100.01"));  // market buy crosses the spread: 100.01 taker; limit not marketable, rests
        e.onQuote(quote(3, "99.90", "99.95"));   // ask touches 99.95: no fill (through-fill rule)
        e.onQuote(quote(4, "99.89", "99.94"));   // ask 99.94 < 99.95: the resting limit fills at its price as maker
        assertThat(s.fills).extracting(OrderFilled::lastPrice).containsExactly(Price.of("100.01"), Price.of("99.95"));
        assertThat(s.fills).extracting(OrderFilled::liquiditySide)
                .containsExactly(LiquiditySide.TAKER, LiquiditySide.MAKER);
        assertThat(s.fills).extracting(OrderFilled::tsEvent).containsExactly(2 * S, 4 * S);
    }

    @Test
    void aMarketableLimitTakesTheQuoteAndASellStopTriggersOnTheBid() {
        PlaceOnFirstTick s = new PlaceOnFirstTick(OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("100.05")),
                OrderRequest.stopMarket(AAPL.id(), Side.SELL, units("10"), Price.of("99.50")));
        Engine e = engine(s);
        e.onQuote(quote(1, "99.98", "100.02"));
        e.onQuote(quote(2, "99.99", "100.03"));  // limit 100.05 marketable: takes the ask 100.03
        e.onQuote(quote(3, "99.60", "99.70"));   // bid 99.60 above the stop
        e.onQuote(quote(4, "99.40", "99.45"));   // bid 99.40 <= 99.50: the stop sells at the bid 99.40
        assertThat(s.fills).extracting(OrderFilled::lastPrice).containsExactly(Price.of("100.03"), Price.of("99.40"));
    }

    @Test
    void tradeTicksFillLimitsOnlyWhenTheyTradeThrough() {
        PlaceOnFirstTick s = new PlaceOnFirstTick(OrderRequest.market(AAPL.id(), Side.BUY, units("10")),
                OrderRequest.limit(AAPL.id(), Side.BUY, units("5"), Price.of("99.95")));
        Engine e = engine(s);
        e.onTrade(trade(1, "100.00", "50"));
        e.onTrade(trade(2, "100.01", "50"));   // market buy at the trade price 100.01
        e.onTrade(trade(3, "99.95", "50"));    // at the limit: no fill
        e.onTrade(trade(4, "99.94", "50"));    // through: 99.95 maker
        assertThat(s.fills).extracting(OrderFilled::lastPrice).containsExactly(Price.of("100.01"), Price.of("99.95"));
    }
}
