package io.sextant.engine.venue;

import io.sextant.core.money.Price;
import io.sextant.core.order.LiquiditySide;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderCanceled;
import io.sextant.core.order.OrderEvent;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.OrderStatus;
import io.sextant.core.order.Side;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.testing.ScriptedStrategy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.sextant.engine.testing.Fixtures.day;
import static io.sextant.engine.testing.Fixtures.freeVenue;
import static io.sextant.engine.testing.Fixtures.units;
import static io.sextant.engine.venue.OrderTypeScenarioTest.AAPL;
import static org.assertj.core.api.Assertions.assertThat;

/** OCO lists and brackets (entry, then a stop-loss and a take-profit that cancel each other). */
class ContingentOrderTest {

    /** Places a bracket on bar 0 and returns [entry, stop-loss, take-profit] and the strategy. */
    record Bracket(List<Order> orders, ScriptedStrategy strategy) {
        Order entry() {
            return orders.get(0);
        }

        Order stopLoss() {
            return orders.get(1);
        }

        Order takeProfit() {
            return orders.get(2);
        }

        List<OrderFilled> fills() {
            return strategy.events(OrderFilled.class);
        }
    }

    static Bracket bracket(OrderRequest entry, String stop, String target, String... bars) {
        Order[][] placed = new Order[1][];
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                placed[0] = ctx.orders().submitBracket(entry,
                        OrderRequest.stopMarket(AAPL.id(), Side.SELL, units("10"), Price.of(stop)),
                        OrderRequest.limit(AAPL.id(), Side.SELL, units("10"), Price.of(target))).toArray(Order[]::new);
            }
        });
        Fixtures.run(Fixtures.dailyBars(AAPL, bars), freeVenue(), s);
        return new Bracket(List.of(placed[0]), s);
    }

    static OrderRequest buy10() {
        return OrderRequest.market(AAPL.id(), Side.BUY, units("10"));
    }

    @Test
    void ocoFillOfOneCancelsItsSibling() {
        // Buy limit 95 and buy stop 105 as OCO; bar 1 O100 H106 L99: the stop fills at 105.00, the limit is cancelled.
        Order[][] placed = new Order[1][];
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                placed[0] = ctx.orders().submitOco(
                        OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("95")),
                        OrderRequest.stopMarket(AAPL.id(), Side.BUY, units("10"), Price.of("105")))
                        .toArray(Order[]::new);
            }
        });
        Fixtures.run(Fixtures.dailyBars(AAPL, "100 101 99 100", "100 106 99 105", "100 101 90 100"), freeVenue(), s);
        assertThat(s.events(OrderFilled.class)).singleElement().extracting(OrderFilled::lastPrice)
                .isEqualTo(Price.of("105.00"));
        assertThat(placed[0][0].status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(s.events(OrderCanceled.class).getFirst().reason()).isEqualTo("OCO: O-2 filled");
    }

    @Test
    void bracketEntryFillsThenTheTakeProfitFillsAndTheStopIsCancelled() {
        // Bar 1: entry at the open 100.00; SL 95 / TP 110 released, neither reached (L98 H102).
        // Bar 2 O101 H111 L100: 111 > 110 -> TP maker fill at 110.00; the SL is cancelled. PnL (110-100)*10 = 100.
        Bracket b = bracket(buy10(), "95", "110", "100 101 99 100", "100 102 98 101", "101 111 100 109");
        assertThat(b.fills()).extracting(OrderFilled::lastPrice).containsExactly(Price.of("100.00"), Price.of("110.00"));
        assertThat(b.takeProfit().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(b.stopLoss().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(b.fills().get(1).liquiditySide()).isEqualTo(LiquiditySide.MAKER);
        assertThat(b.fills().get(1).tsEvent()).isEqualTo(day(3));
    }

    @Test
    void bracketWithBothExitsInOneBarFollowsTheIntrabarPath() {
        // Bar 2 O101 H111 L94: the low is nearer the open (7 vs 10), so the path reaches 95 first: the SL fills at
        // 95.00 and cancels the TP, although the high later passes 110.
        Bracket b = bracket(buy10(), "95", "110", "100 101 99 100", "100 102 98 101", "101 111 94 109");
        assertThat(b.fills()).extracting(OrderFilled::lastPrice).containsExactly(Price.of("100.00"), Price.of("95.00"));
        assertThat(b.stopLoss().status()).isEqualTo(OrderStatus.FILLED);
        assertThat(b.takeProfit().status()).isEqualTo(OrderStatus.CANCELED);
        // Mirror: O101 H111 L91 -> the high is nearer (10 vs 10: a tie goes to the high) -> TP first.
        Bracket tie = bracket(buy10(), "95", "110", "100 101 99 100", "100 102 98 101", "101 111 91 109");
        assertThat(tie.fills()).extracting(OrderFilled::lastPrice)
                .containsExactly(Price.of("100.00"), Price.of("110.00"));
    }

    @Test
    void exitsReleasedByAnIntrabarEntryCanFillLaterInTheSameBar() {
        // Entry buy limit 99; bar 1 O100 H104 L98.50: low first (1.50 vs 4.00): the entry fills at 99.00 on the way
        // down; the TP 103 is released there, rests, and the rise to 104 goes through it -> 103.00 in the same bar.
        Bracket b = bracket(OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99")), "97", "103",
                "100 101 99.5 100", "100 104 98.50 102");
        assertThat(b.fills()).extracting(OrderFilled::lastPrice).containsExactly(Price.of("99.00"), Price.of("103.00"));
        assertThat(b.fills()).extracting(OrderFilled::tsEvent).containsExactly(day(2), day(2));
        // And the stop: O100 H100.50 L96: high first, then down through the entry 99 and the SL 97 -> 97.00.
        Bracket sl = bracket(OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99")), "97", "103",
                "100 101 99.5 100", "100 100.50 96 97.50");
        assertThat(sl.fills()).extracting(OrderFilled::lastPrice).containsExactly(Price.of("99.00"), Price.of("97.00"));
    }

    @Test
    void exitsOfAnEntryThatNeverFillsAreCancelledWithIt() {
        Bracket b = bracket(OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("90"))
                        .withTimeInForce(io.sextant.core.order.TimeInForce.DAY), "85", "95",
                "100 101 99.5 100", "100 101 98 100");
        assertThat(b.entry().status()).isEqualTo(OrderStatus.EXPIRED);
        assertThat(b.stopLoss().status()).isEqualTo(OrderStatus.CANCELED);
        assertThat(b.takeProfit().status()).isEqualTo(OrderStatus.CANCELED);
    }

    @Test
    void everyTransitionIsAnEventStampedWhenItHappenedAndWhenItWasMade() {
        Bracket b = bracket(buy10(), "95", "110", "100 101 99 100", "100 102 98 101", "101 111 100 109");
        for (Order o : b.orders()) {
            List<OrderEvent> own = b.strategy().orderEvents.stream()
                    .filter(e -> e.clientOrderId().equals(o.id())).toList();
            assertThat(own).hasSize(o.eventCount());
            long last = Long.MIN_VALUE;
            for (OrderEvent e : own) {
                assertThat(e.tsInit()).isGreaterThanOrEqualTo(e.tsEvent());
                assertThat(e.tsEvent()).isGreaterThanOrEqualTo(last);
                last = e.tsEvent();
            }
        }
        // Entry: initialized, submitted, accepted, filled; SL: initialized, submitted, accepted, canceled.
        assertThat(b.entry().eventCount()).isEqualTo(4);
        assertThat(b.stopLoss().eventCount()).isEqualTo(4);
    }
}
