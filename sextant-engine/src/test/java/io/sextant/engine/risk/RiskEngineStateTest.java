package io.sextant.engine.risk;

import io.sextant.core.money.Quantity;
import io.sextant.core.order.Side;
import io.sextant.core.time.Nanos;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.sextant.engine.risk.RiskFixture.AAPL;
import static io.sextant.engine.risk.RiskFixture.T0;
import static io.sextant.engine.risk.RiskFixture.limit;
import static io.sextant.engine.risk.RiskFixture.market;
import static org.assertj.core.api.Assertions.assertThat;

/** Warm-up, the manual states, reducing orders and the order-rate throttle. */
class RiskEngineStateTest {

    @Test
    void ordersBeforeTheTradingStartAreDenied() {
        RiskFixture f = new RiskFixture();
        f.risk.setTradingStart(T0 + Nanos.PER_HOUR);
        assertThat(f.risk.check(f.order(market(AAPL, Side.BUY, 1)), T0 + Nanos.PER_HOUR - 1))
                .isEqualTo("warm-up: trading starts at 2024-01-01T01:00:00Z");
        assertThat(f.risk.check(f.order(market(AAPL, Side.BUY, 1)), T0 + Nanos.PER_HOUR)).isNull();
    }

    @Test
    void haltedDeniesEveryOrderIncludingReductions() {
        RiskFixture f = new RiskFixture();
        f.fill(AAPL, Side.BUY, 100, "100.00");
        f.risk.setState(TradingState.HALTED);
        assertThat(f.check(market(AAPL, Side.SELL, 100))).isEqualTo("trading is HALTED: no new orders");
        f.risk.setState(TradingState.ACTIVE);
        assertThat(f.check(market(AAPL, Side.SELL, 100))).isNull();
    }

    @Test
    void reducingAllowsOnlyOrdersThatShrinkAPosition() {
        RiskFixture f = new RiskFixture();
        f.fill(AAPL, Side.BUY, 100, "100.00");
        f.risk.setState(TradingState.REDUCING);
        String denied = "trading is REDUCING: only orders that reduce a position are allowed";
        assertThat(f.check(market(AAPL, Side.SELL, 100))).isNull();
        assertThat(f.check(market(AAPL, Side.SELL, 101))).as("flips to short 1").isEqualTo(denied);
        assertThat(f.check(market(AAPL, Side.BUY, 1))).isEqualTo(denied);
        assertThat(f.check(market(RiskFixture.MSFT, Side.SELL, 1))).as("flat MSFT").isEqualTo(denied);
    }

    @Test
    void aReducingOrderSkipsTheSizeAndExposureLimits() {
        // Long 100 with a position limit of 50 set afterwards: selling 30 leaves 70 > 50 but only shrinks risk.
        RiskFixture f = new RiskFixture();
        f.fill(AAPL, Side.BUY, 100, "100.00");
        f.limits(RiskLimits.NONE.withMaxPosition(Quantity.of(50)));
        assertThat(f.check(market(AAPL, Side.SELL, 30))).isNull();
        assertThat(f.check(market(AAPL, Side.BUY, 1)))
                .isEqualTo("max position: AAPL.SIM position after order 101 > limit 50");
    }

    @Test
    void theThrottleCountsPassedOrdersInARollingWindow() {
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withOrderRate(OrderRateLimit.of(3,
                Duration.ofSeconds(1))));
        long ms = Nanos.PER_MILLI;
        String denied = "order rate limit: 3 orders passed in the last 1s (limit 3 per 1s)";
        assertThat(at(f, T0)).isNull();
        assertThat(at(f, T0 + 100 * ms)).isNull();
        assertThat(at(f, T0 + 200 * ms)).isNull();
        assertThat(at(f, T0 + 500 * ms)).isEqualTo(denied);
        // At +1000 ms the pass at T0 is a full second old and drops out; the denied one never counted.
        assertThat(at(f, T0 + 1000 * ms)).isNull();
        // At +1050 ms the passes at +100, +200, +1000 are all within the last second.
        assertThat(at(f, T0 + 1050 * ms)).isEqualTo(denied);
        assertThat(at(f, T0 + 1100 * ms)).isNull();
    }

    @Test
    void anOrderDeniedByALimitDoesNotUseTheThrottle() {
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withMaxPosition(Quantity.of(10))
                .withOrderRate(OrderRateLimit.of(1, Duration.ofSeconds(1))));
        assertThat(f.check(limit(AAPL, Side.BUY, 11, "100.00")))
                .isEqualTo("max position: AAPL.SIM position after order 11 > limit 10");
        assertThat(f.check(limit(AAPL, Side.BUY, 10, "100.00"))).isNull();
        assertThat(f.check(limit(AAPL, Side.BUY, 10, "100.00")))
                .isEqualTo("order rate limit: 1 orders passed in the last 1s (limit 1 per 1s)");
    }

    private static String at(RiskFixture f, long ts) {
        return f.risk.check(f.order(market(AAPL, Side.BUY, 1)), ts);
    }
}
