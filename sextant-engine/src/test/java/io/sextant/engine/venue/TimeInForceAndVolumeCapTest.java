package io.sextant.engine.venue;

import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderCanceled;
import io.sextant.core.order.OrderExpired;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.OrderStatus;
import io.sextant.core.order.Side;
import io.sextant.core.order.TimeInForce;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.sextant.engine.testing.Fixtures.day;
import static io.sextant.engine.testing.Fixtures.freeVenue;
import static io.sextant.engine.testing.Fixtures.units;
import static io.sextant.engine.venue.OrderTypeScenarioTest.AAPL;
import static io.sextant.engine.venue.OrderTypeScenarioTest.placeOnBar0;
import static org.assertj.core.api.Assertions.assertThat;

/** Partial fills under a volume cap, and how long orders work (GTC, IOC, FOK, DAY, GTD). */
class TimeInForceAndVolumeCapTest {
    // Volume cap 10 %: bar 1 volume 500 -> 50, bar 2 300 -> 30, bar 3 1000 -> 100.
    static final String[] CAPPED = {"100 101 99 100 1000", "101 102 100 101 500", "102 103 101 102 300",
            "103 104 102 103 1000"};
    static final VenueConfig CAP_10 = freeVenue().withVolumeParticipation(0.1);

    static OrderRequest buy120() {
        return OrderRequest.market(AAPL.id(), Side.BUY, units("120"));
    }

    @Test
    void gtcKeepsWorkingAcrossBarsUntilFilled() {
        // 50 at bar 1's open 101, 30 at bar 2's open 102, the last 40 at bar 3's open 103.
        // Average (50*101 + 30*102 + 40*103) / 120 = 12230 / 120 = 101.91666..., 16 significant digits.
        var r = placeOnBar0(CAP_10, buy120(), CAPPED);
        assertThat(r.fills()).extracting(OrderFilled::lastQuantity)
                .containsExactly(Quantity.of(50), Quantity.of(30), Quantity.of(40));
        assertThat(r.fills()).extracting(OrderFilled::lastPrice)
                .containsExactly(Price.of("101.00"), Price.of("102.00"), Price.of("103.00"));
        Order o = r.orders().getFirst();
        assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(o.averagePrice()).isEqualByComparingTo(new BigDecimal("101.9166666666667"));
    }

    @Test
    void iocTakesWhatTheFirstBarAllowsAndCancelsTheRest() {
        var r = placeOnBar0(CAP_10, buy120().withTimeInForce(TimeInForce.IOC), CAPPED);
        assertThat(r.fills()).extracting(OrderFilled::lastQuantity).containsExactly(Quantity.of(50));
        Order o = r.orders().getFirst();
        assertThat(o.status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(o.filledQuantity()).isEqualTo(Quantity.of(50));
        assertThat(r.strategy().events(OrderCanceled.class).getFirst().reason()).startsWith("IOC");
    }

    @Test
    void fokThatCannotFillCompletelyIsCancelledWithoutAFill() {
        var r = placeOnBar0(CAP_10, buy120().withTimeInForce(TimeInForce.FOK), CAPPED);
        assertThat(r.fills()).isEmpty();
        assertThat(r.orders().getFirst().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(r.strategy().events(OrderCanceled.class).getFirst().reason())
                .isEqualTo("fill-or-kill: only 50 available under the volume cap");
    }

    @Test
    void fokThatFitsFillsCompletely() {
        var r = placeOnBar0(CAP_10, OrderRequest.market(AAPL.id(), Side.BUY, units("50"))
                .withTimeInForce(TimeInForce.FOK), CAPPED);
        assertThat(r.fills()).extracting(OrderFilled::lastQuantity).containsExactly(Quantity.of(50));
    }

    @Test
    void iocLimitNotMarketableAtTheOpenIsCancelledEvenIfTheBarLaterReachesIt() {
        // Buy limit 100.50 IOC; bar 1 opens 101 (not marketable), later trades down to 100: too late for IOC.
        var r = placeOnBar0(freeVenue(), OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("100.50"))
                .withTimeInForce(TimeInForce.IOC), CAPPED);
        assertThat(r.fills()).isEmpty();
        assertThat(r.orders().getFirst().status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void dayOrderWorksOneTradingDayAndExpiresAtItsClose() {
        // Buy limit 99 DAY: bar 1 (low 99.50) does not reach it; it expires at bar 1's close day(2), so bar 2's
        // low 98 no longer fills it.
        var r = placeOnBar0(freeVenue(), OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99"))
                .withTimeInForce(TimeInForce.DAY), "100 101 99.5 100", "100 101 99.50 100", "100 101 98 100");
        assertThat(r.fills()).isEmpty();
        assertThat(r.strategy().events(OrderExpired.class)).singleElement()
                .extracting(OrderExpired::tsEvent).isEqualTo(day(2));
    }

    @Test
    void gtdOrderExpiresBeforeTheFirstBarClosingAfterItsExpireTime() {
        // Expire time day(2): bar 1 closes at day(2) (not after) and works it; bar 2 closes day(3) > day(2), so
        // the order expires before bar 2 is matched, at its expire time, and bar 2's low 98 does not fill it.
        var r = placeOnBar0(freeVenue(), OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99"))
                .withExpireTime(day(2)), "100 101 99.5 100", "100 101 99.50 100", "100 101 98 100");
        assertThat(r.fills()).isEmpty();
        assertThat(r.strategy().events(OrderExpired.class)).singleElement()
                .extracting(OrderExpired::tsEvent).isEqualTo(day(2));
        var filled = placeOnBar0(freeVenue(), OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99"))
                .withExpireTime(day(2)), "100 101 99.5 100", "100 101 98 100");
        assertThat(filled.fills()).hasSize(1);
    }
}
