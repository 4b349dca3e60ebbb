package io.sextant.engine.venue;

import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderAccepted;
import io.sextant.core.order.OrderCanceled;
import io.sextant.core.order.OrderModifyRejected;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.OrderStatus;
import io.sextant.core.order.Side;
import io.sextant.engine.testing.Fixtures;
import io.sextant.engine.testing.ScriptedStrategy;
import org.junit.jupiter.api.Test;

import java.util.function.BiConsumer;

import static io.sextant.engine.testing.Fixtures.day;
import static io.sextant.engine.testing.Fixtures.freeVenue;
import static io.sextant.engine.testing.Fixtures.units;
import static io.sextant.engine.venue.OrderTypeScenarioTest.AAPL;
import static io.sextant.engine.venue.OrderTypeScenarioTest.placeOnBar0;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Order, modify and cancel latency. Daily bars here close exactly when the next opens, so any positive
 * latency makes an order placed on a close miss the next open.
 */
class LatencyTest {
    static final long MS = 1_000_000L;
    static final String[] BARS = {"100 101 99 100", "101 102 100 101", "102 103 101 102"};

    @Test
    void anOrderArrivingAfterTheNextOpenMissesItAndFillsAtTheOneAfter() {
        // Latency 1 ms: placed at day(1), arrives day(1) + 1 ms, after bar 1's open -> fills at bar 2's open 102.
        var r = placeOnBar0(freeVenue().withLatency(LatencyModel.fixed(MS)),
                OrderRequest.market(AAPL.id(), Side.BUY, units("10")), BARS);
        assertThat(r.fills().getFirst().lastPrice()).isEqualTo(Price.of("102.00"));
        assertThat(r.fills().getFirst().tsEvent()).isEqualTo(day(2));
        // The venue accepted it when it arrived, not when the engine next looked.
        assertThat(r.strategy().events(OrderAccepted.class).getFirst().tsEvent()).isEqualTo(day(1) + MS);
    }

    @Test
    void seededRandomLatencyIsReproducible() {
        LatencyModel a = LatencyModel.uniform(MS, 2 * MS, 42);
        var first = placeOnBar0(freeVenue().withLatency(a), OrderRequest.market(AAPL.id(), Side.BUY, units("10")), BARS);
        var second = placeOnBar0(freeVenue().withLatency(LatencyModel.uniform(MS, 2 * MS, 42)),
                OrderRequest.market(AAPL.id(), Side.BUY, units("10")), BARS);
        long accepted = first.strategy().events(OrderAccepted.class).getFirst().tsEvent();
        assertThat(accepted).isBetween(day(1) + MS, day(1) + 2 * MS);
        assertThat(second.strategy().events(OrderAccepted.class).getFirst().tsEvent()).isEqualTo(accepted);
        assertThat(first.fills().getFirst().lastPrice()).isEqualTo(Price.of("102.00"));
    }

    /** A buy limit 99 placed on bar 0, then {@code onBar2} on bar 2's close; bar 3 trades down to 98. */
    static ScriptedStrategy limitThen(LatencyModel latency, BiConsumer<Order, io.sextant.engine.strategy.StrategyContext> onBar2) {
        Order[] placed = new Order[1];
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                placed[0] = ctx.orders().submit(OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99")));
            } else if (i == 2) {
                onBar2.accept(placed[0], ctx);
            }
        });
        Fixtures.run(Fixtures.dailyBars(AAPL, "100 101 99.5 100", "100 101 99.5 100", "100 101 99.5 100",
                "100 101 98 100"), freeVenue().withLatency(latency), s);
        return s;
    }

    @Test
    void aCancelWithoutLatencyStopsTheNextBarFromFilling() {
        ScriptedStrategy s = limitThen(LatencyModel.NONE, (o, ctx) -> ctx.orders().cancel(o.id()));
        assertThat(s.events(io.sextant.core.order.OrderFilled.class)).isEmpty();
        assertThat(s.events(OrderCanceled.class)).singleElement().extracting(OrderCanceled::tsEvent).isEqualTo(day(3));
    }

    @Test
    void aCancelStillInFlightAtTheNextOpenLetsThatBarFillTheOrder() {
        // Cancel sent at day(3), arrives day(3) + 1 ms: bar 3 (open day(3)) fills the limit at 99.00 first;
        // the cancel then finds nothing to cancel.
        ScriptedStrategy s = limitThen(LatencyModel.fixed(MS), (o, ctx) -> ctx.orders().cancel(o.id()));
        assertThat(s.events(io.sextant.core.order.OrderFilled.class)).singleElement()
                .extracting(f -> f.lastPrice()).isEqualTo(Price.of("99.00"));
        assertThat(s.events(OrderCanceled.class)).isEmpty();
    }

    @Test
    void aModifiedLimitFillsAtItsNewPrice() {
        // Moved from 99 to 98.50 on bar 2: bar 3's low 98 goes through 98.50 -> fill at 98.50.
        ScriptedStrategy s = limitThen(LatencyModel.NONE, (o, ctx) -> ctx.orders().modify(o.id(), null,
                Price.of("98.50"), null));
        assertThat(s.events(io.sextant.core.order.OrderFilled.class)).singleElement()
                .extracting(f -> f.lastPrice()).isEqualTo(Price.of("98.50"));
    }

    @Test
    void aModifyBelowTheMinimumIsRefusedAndTheOrderKeepsWorking() {
        // 0.5 floors to 0 lots: at or below the filled 0 -> the rest is cancelled.
        ScriptedStrategy cancelled = limitThen(LatencyModel.NONE, (o, ctx) -> ctx.orders().modify(o.id(),
                Quantity.of("0.5"), null, null));
        assertThat(cancelled.events(OrderCanceled.class).getFirst().reason())
                .isEqualTo("modified quantity 0 is not above the filled 0");
        // A post-only order moved to cross the market (last close 100) is refused; it keeps its 99 and fills.
        Order[] placed = new Order[1];
        ScriptedStrategy s = new ScriptedStrategy((i, ctx) -> {
            if (i == 0) {
                placed[0] = ctx.orders().submit(OrderRequest.limit(AAPL.id(), Side.BUY, units("10"), Price.of("99"))
                        .withPostOnly(true));
            } else if (i == 1) {
                ctx.orders().modify(placed[0].id(), null, Price.of("100.50"), null);
            }
        });
        Fixtures.run(Fixtures.dailyBars(AAPL, "100 101 99.5 100", "100 101 99.5 100", "100 101 98 100"),
                freeVenue(), s);
        assertThat(s.events(OrderModifyRejected.class).getFirst().reason())
                .isEqualTo("post-only BUY limit 100.50 would take liquidity (market at 100.00)");
        assertThat(placed[0].status()).isEqualTo(OrderStatus.FILLED);
        assertThat(placed[0].averagePrice()).isEqualByComparingTo("99");
    }
}
