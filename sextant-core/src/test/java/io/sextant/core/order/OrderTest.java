package io.sextant.core.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.id.StrategyId;
import io.sextant.core.id.TradeId;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order state machine: legal paths move it, illegal ones throw and leave it as it was. */
class OrderTest {
    static final InstrumentId ID = InstrumentId.of("AAPL", "SIM");
    static final ClientOrderId O1 = ClientOrderId.of("O-1");

    static Order order() {
        Order o = new Order(O1, StrategyId.of("s"), OrderRequest.limit(ID, Side.BUY,
                OrderQuantity.units(Quantity.of(10)), Price.of("100.00")), 1);
        o.apply(new OrderInitialized(O1, ID, 1, 1));
        return o;
    }

    static Order accepted() {
        Order o = order();
        o.apply(new OrderSubmitted(O1, ID, 2, 2));
        o.apply(new OrderAccepted(O1, ID, 3, 3));
        return o;
    }

    static OrderFilled fill(String qty, String price, long ts) {
        return new OrderFilled(O1, ID, TradeId.of("T-" + ts), Side.BUY, Quantity.of(qty), Price.of(price),
                Money.zero(Currency.USD), LiquiditySide.MAKER, ts, ts);
    }

    @Test
    void aFullLifeMovesThroughTheStatusesAndAveragesTheFills() {
        Order o = accepted();
        o.apply(fill("4", "100.00", 4));
        assertThat(o.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(o.leavesQuantity()).isEqualTo(Quantity.of(6));
        o.apply(fill("6", "99.50", 5));
        // (4 * 100 + 6 * 99.50) / 10 = 997 / 10 = 99.7
        assertThat(o.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(o.averagePrice()).isEqualByComparingTo(new BigDecimal("99.7"));
        assertThat(o.eventCount()).isEqualTo(5);
        assertThat(o.tsLast()).isEqualTo(5);
    }

    @Test
    void illegalTransitionsThrowAndLeaveTheOrderUnchanged() {
        Order fresh = order();
        assertThatThrownBy(() -> fresh.apply(new OrderAccepted(O1, ID, 2, 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("cannot move from INITIALIZED to ACCEPTED");
        assertThat(fresh.status()).isEqualTo(OrderStatus.INITIALIZED);

        Order working = accepted();
        assertThatThrownBy(() -> working.apply(new OrderAccepted(O1, ID, 4, 4)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("already ACCEPTED");
        assertThatThrownBy(() -> working.apply(fill("11", "100.00", 4)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exceeds the 10 left");
        assertThat(working.filledQuantity().isZero()).isTrue();

        Order done = accepted();
        done.apply(fill("10", "100.00", 4));
        assertThatThrownBy(() -> done.apply(fill("1", "100.00", 5))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FILLED (terminal)");
        assertThatThrownBy(() -> done.apply(new OrderCanceled(O1, ID, "late", 5, 5)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> done.apply(new OrderUpdated(O1, ID, Quantity.of(20), Price.of("1.00"), null, 5, 5)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(done.quantity()).isEqualTo(Quantity.of(10));
    }

    @Test
    void aModifyRejectionKeepsTheStatusEvenAfterTheOrderEnded() {
        Order done = accepted();
        done.apply(fill("10", "100.00", 4));
        done.apply(new OrderModifyRejected(O1, ID, "the venue no longer holds the order (FILLED)", 5, 5));
        assertThat(done.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(done.eventCount()).isEqualTo(5);
    }

    @Test
    void anUpdateChangesPricesAndQuantityButNotTheStatus() {
        Order o = accepted();
        o.apply(new OrderUpdated(O1, ID, Quantity.of(12), Price.of("99.00"), null, 4, 4));
        assertThat(o.status()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(o.quantity()).isEqualTo(Quantity.of(12));
        assertThat(o.price()).isEqualTo(Price.of("99.00"));
    }

    @Test
    void eventsForAnotherOrderAndEventsBeforeInitializationThrow() {
        Order o = new Order(O1, StrategyId.of("s"), OrderRequest.market(ID, Side.BUY,
                OrderQuantity.units(Quantity.of(1))), 1);
        assertThatThrownBy(() -> o.apply(new OrderSubmitted(O1, ID, 1, 1)))
                .hasMessageContaining("OrderInitialized must be the first event");
        o.apply(new OrderInitialized(O1, ID, 1, 1));
        assertThatThrownBy(() -> o.apply(new OrderSubmitted(ClientOrderId.of("O-2"), ID, 1, 1)))
                .hasMessageContaining("event for order O-2 applied to order O-1");
    }
}
