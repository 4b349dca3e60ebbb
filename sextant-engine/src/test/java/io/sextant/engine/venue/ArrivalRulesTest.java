package io.sextant.engine.venue;

import io.sextant.core.instrument.CryptoSpot;
import io.sextant.core.instrument.InstrumentSpec;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderCanceled;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.OrderRejected;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.OrderStatus;
import io.sextant.core.order.Side;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.testing.ScriptedStrategy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.sextant.engine.testing.Fixtures.freeVenue;
import static io.sextant.engine.testing.Fixtures.units;
import static io.sextant.engine.venue.OrderTypeScenarioTest.AAPL;
import static io.sextant.engine.venue.OrderTypeScenarioTest.placeOnBar0;
import static org.assertj.core.api.Assertions.assertThat;

/** What the venue does with an order on arrival: grid rounding, minimums, reduce-only, post-only. */
class ArrivalRulesTest {
    static final String[] BARS = {"100 101 99 100", "100 101 98 100", "100 101 98 100"};

    static String rejection(OrderRequest request) {
        var r = placeOnBar0(request, BARS);
        return r.strategy().events(OrderRejected.class).getFirst().reason();
    }

    @Test
    void quantityIsFlooredToTheLotAndTheOrderUpdated() {
        // 10.7 shares with a lot of 1 -> 10; the venue reports the new quantity and fills 10.
        var r = placeOnBar0(OrderRequest.market(AAPL.id(), Side.BUY, units("10.7")), BARS);
        assertThat(r.orders().getFirst().quantity()).isEqualTo(Quantity.of(10));
        assertThat(r.fills()).singleElement().extracting(OrderFilled::lastQuantity).isEqualTo(Quantity.of(10));
    }

    @Test
    void aQuantityWrittenWithMoreDecimalsThanTheLotFillsItsValueNotItsRawUnits() {
        // 10.0 (raw 100 at one decimal) is 10 shares, not 100.
        var r = placeOnBar0(OrderRequest.market(AAPL.id(), Side.BUY, units("10.0")), BARS);
        assertThat(r.fills()).singleElement().extracting(f -> f.lastQuantity().toBigDecimal())
                .isEqualTo(new BigDecimal("10"));
    }

    @Test
    void limitPricesRoundPassivelyToTheTick() {
        // Buy limit 99.999 -> 99.99 (down); sell limit 100.001 -> 100.01 (up): never more aggressive than asked.
        var buy = placeOnBar0(OrderRequest.limit(AAPL.id(), Side.BUY, units("1"), Price.of("99.999")), BARS);
        assertThat(buy.orders().getFirst().price()).isEqualTo(Price.of("99.99"));
        assertThat(buy.fills().getFirst().lastPrice()).isEqualTo(Price.of("99.99"));
        var sell = placeOnBar0(OrderRequest.limit(AAPL.id(), Side.SELL, units("1"), Price.of("100.001")), BARS);
        assertThat(sell.orders().getFirst().price()).isEqualTo(Price.of("100.01"));
    }

    @Test
    void ordersBelowTheMinimumAreRejectedWithTheReason() {
        assertThat(rejection(OrderRequest.market(AAPL.id(), Side.BUY, units("0.5"))))
                .isEqualTo("AAPL.SIM: quantity is zero (0.5 floored to the lot 1)");
        CryptoSpot btc = new CryptoSpot(InstrumentSpec.of(io.sextant.core.id.InstrumentId.of("BTCUSDT", "SIM"),
                Currency.USDT, "0.01", "0.00001").withMinQuantity(Quantity.of("0.001")), Currency.BTC);
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                ctx.orders().submit(OrderRequest.market(btc.id(), Side.BUY,
                        OrderQuantity.units(Quantity.of("0.0005"))));
            }
        });
        Fixtures.run(Fixtures.dailyBars(btc, "40000 40100 39900 40000", "40000 40100 39900 40000"), freeVenue(), s);
        assertThat(s.events(OrderRejected.class).getFirst().reason())
                .isEqualTo("BTCUSDT.SIM: quantity 0.00050 is below the minimum 0.001");
    }

    @Test
    void reduceOnlyThatWouldOpenAPositionIsRejected() {
        assertThat(rejection(OrderRequest.market(AAPL.id(), Side.SELL, units("10")).withReduceOnly(true)))
                .isEqualTo("reduce-only SELL would open or increase a position (position is flat)");
    }

    @Test
    void reduceOnlyLargerThanThePositionFillsThePositionAndCancelsTheRest() {
        // Long 10 from bar 1's open; a reduce-only sell of 15 on bar 1 sells 10 at bar 2's open, the other 5 are cancelled.
        Order[] exit = new Order[1];
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.BUY, units("10")));
            } else if (i == 1) {
                exit[0] = ctx.orders().submit(OrderRequest.market(AAPL.id(), Side.SELL, units("15")).withReduceOnly(true));
            }
        });
        Fixtures.run(Fixtures.dailyBars(AAPL, BARS), freeVenue(), s);
        assertThat(exit[0].filledQuantity()).isEqualTo(Quantity.of(10));
        assertThat(exit[0].status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.events(OrderCanceled.class).getFirst().reason()).isEqualTo("reduce-only: the position is closed");
    }

    @Test
    void postOnlyThatWouldCrossOnArrivalIsRejected() {
        // The last close is 100.00: a post-only buy at 100.50 would take liquidity.
        assertThat(rejection(OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("100.50")).withPostOnly(true)))
                .isEqualTo("post-only BUY limit 100.50 would take liquidity (market at 100.00)");
    }

    @Test
    void postOnlyThatTheNextOpenGapsThroughIsCancelledInsteadOfTaking() {
        // Post-only buy 99.50 accepted at close 100; bar 1 opens at 99.00 below it: filling would take -> cancelled.
        var r = placeOnBar0(OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99.50")).withPostOnly(true),
                "100 101 99.5 100", "99 100 98 99.5");
        assertThat(r.fills()).isEmpty();
        assertThat(r.strategy().events(OrderCanceled.class).getFirst().reason())
                .isEqualTo("post-only BUY limit 99.50 would take liquidity at 99.00");
        // Resting and traded through, it fills as a maker.
        var maker = placeOnBar0(OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99.50")).withPostOnly(true),
                "100 101 99.5 100", "100 100.5 99 99.5");
        assertThat(maker.fills().getFirst().lastPrice()).isEqualTo(Price.of("99.50"));
    }

    @Test
    void notionalQuantityIsResolvedAtTheFillPriceIncludingTheFeeAndFlooredToTheLot() {
        // 10,000 USD at bar 1's open 101.00 with a 0.1 % fee: 10000 / 101 = 99.0 -> 99 shares cost 9999 + 10.00
        // (9.999 half-up) = 10009 > 10000; 98 shares cost 9898 + 9.90 = 9907.90 -> 98.
        var fee = freeVenue().withFees(PercentFee.of(new BigDecimal("0.001")));
        var r = placeOnBar0(fee, OrderRequest.market(AAPL.id(), Side.BUY,
                OrderQuantity.notional(Money.of("10000", Currency.USD))), "100 101 99 100", "101 102 100 101");
        assertThat(r.fills().getFirst().lastQuantity()).isEqualTo(Quantity.of(98));
        assertThat(r.orders().getFirst().status()).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void percentOfEquityIsResolvedAtFillTime() {
        // 50 % of 100,000 = 50,000 at 101.00: 495 shares cost 49995 + 50.00 (49.995 half-up) = 50045 > 50000;
        // 494 cost 49894 + 49.89 = 49943.89 -> 494.
        var fee = freeVenue().withFees(PercentFee.of(new BigDecimal("0.001")));
        var r = placeOnBar0(fee, OrderRequest.market(AAPL.id(), Side.BUY,
                OrderQuantity.percentOfEquity(new BigDecimal("50"))), "100 101 99 100", "101 102 100 101");
        assertThat(r.fills().getFirst().lastQuantity()).isEqualTo(Quantity.of(494));
    }
}
