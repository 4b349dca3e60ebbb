package io.sextant.engine.risk;

import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.order.Side;
import io.sextant.core.time.Nanos;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneId;

import static io.sextant.engine.risk.RiskFixture.AAPL;
import static io.sextant.engine.risk.RiskFixture.T0;
import static io.sextant.engine.risk.RiskFixture.market;
import static org.assertj.core.api.Assertions.assertThat;

/** The daily loss limit halts trading for the rest of the day and resets at the next one. Equity in cents. */
class DailyLossKillSwitchTest {
    private static final long H = Nanos.PER_HOUR;
    private static final long DAY = Nanos.PER_DAY;

    private static RiskFixture withLimit(DailyLossLimit limit) {
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withDailyLoss(limit));
        f.risk.onEquity(T0, 10_000_000); // start of 2024-01-01 UTC: 100,000.00
        return f;
    }

    @Test
    void aLossReachingTheLimitHaltsUntilTheNextDay() {
        RiskFixture f = withLimit(DailyLossLimit.of(Money.of("2000", Currency.USD)));
        f.risk.onEquity(T0 + H, 9_800_001); // loss 1,999.99: below the limit
        assertThat(f.risk.state()).isEqualTo(TradingState.ACTIVE);
        f.risk.onEquity(T0 + 2 * H, 9_800_000); // loss 2,000.00: reaches it
        assertThat(f.risk.state()).isEqualTo(TradingState.HALTED);
        String reason = "trading is HALTED by the daily loss limit: loss 2000.00 USD since the start of 2024-01-01"
                + " (UTC, start-of-day equity 100000.00 USD) >= limit 2000.00 USD";
        assertThat(f.risk.check(f.order(market(AAPL, Side.BUY, 1)), T0 + 2 * H)).isEqualTo(reason);
        // Equity recovering within the day does not lift the halt.
        f.risk.onEquity(T0 + 3 * H, 10_050_000);
        assertThat(f.risk.state()).isEqualTo(TradingState.HALTED);
        f.risk.onEquity(T0 + DAY - 1, 10_050_000);
        assertThat(f.risk.state()).isEqualTo(TradingState.HALTED);
        // 2024-01-02 00:00 UTC starts a new day; its start-of-day equity is the last seen, 100,500.00.
        f.risk.onEquity(T0 + DAY, 10_040_000);
        assertThat(f.risk.state()).isEqualTo(TradingState.ACTIVE);
        f.risk.onEquity(T0 + DAY + H, 9_850_001); // loss 1,999.99 from 100,500.00
        assertThat(f.risk.state()).isEqualTo(TradingState.ACTIVE);
        f.risk.onEquity(T0 + DAY + 2 * H, 9_850_000); // loss 2,000.00
        assertThat(f.risk.state()).isEqualTo(TradingState.HALTED);
    }

    @Test
    void aFractionOfStartOfDayEquity() {
        // 2 % of 100,000.00 = 2,000.00.
        RiskFixture f = withLimit(DailyLossLimit.ofFraction(new BigDecimal("0.02")));
        f.risk.onEquity(T0 + H, 9_800_001);
        assertThat(f.risk.state()).isEqualTo(TradingState.ACTIVE);
        f.risk.onEquity(T0 + 2 * H, 9_800_000);
        assertThat(f.risk.check(f.order(market(AAPL, Side.BUY, 1)), T0 + 2 * H)).isEqualTo("trading is HALTED by the"
                + " daily loss limit: loss 2000.00 USD since the start of 2024-01-01 (UTC, start-of-day equity"
                + " 100000.00 USD) >= limit 2000.00 USD");
    }

    @Test
    void theCheckItselfSeesTheLossBeforeTheStepEnds() {
        // Long 1,000 AAPL at 100.00 (equity 100,000.00); the mark falls to 98.00: equity 98,000.00.
        RiskFixture f = withLimit(DailyLossLimit.of(Money.of("2000", Currency.USD)));
        f.fill(AAPL, Side.BUY, 1000, "100.00");
        f.mark(AAPL, "98.00");
        assertThat(f.risk.check(f.order(market(AAPL, Side.BUY, 1)), T0 + H)).startsWith(
                "trading is HALTED by the daily loss limit: loss 2000.00 USD");
        assertThat(f.risk.state()).isEqualTo(TradingState.HALTED);
    }

    @Test
    void theDayBoundaryFollowsTheConfiguredZone() {
        // New York midnight in January is 05:00 UTC. T0 + 4 h is still 2023-12-31 there.
        RiskFixture f = new RiskFixture().limits(RiskLimits.NONE.withDailyLoss(
                DailyLossLimit.of(Money.of("2000", Currency.USD)).in(ZoneId.of("America/New_York"))));
        f.risk.onEquity(T0 + 4 * H, 10_000_000);
        f.risk.onEquity(T0 + 4 * H + 30 * Nanos.PER_MINUTE, 9_700_000);
        assertThat(f.risk.check(f.order(market(AAPL, Side.BUY, 1)), T0 + 4 * H + 30 * Nanos.PER_MINUTE))
                .isEqualTo("trading is HALTED by the daily loss limit: loss 3000.00 USD since the start of 2023-12-31"
                        + " (America/New_York, start-of-day equity 100000.00 USD) >= limit 2000.00 USD");
        f.risk.onEquity(T0 + 5 * H - 1, 9_700_000);
        assertThat(f.risk.state()).isEqualTo(TradingState.HALTED);
        f.risk.onEquity(T0 + 5 * H, 9_700_000);
        assertThat(f.risk.state()).isEqualTo(TradingState.ACTIVE);
    }

    @Test
    void theKillSwitchRestoresReducingAndLeavesAManualHaltAlone() {
        RiskFixture f = withLimit(DailyLossLimit.of(Money.of("2000", Currency.USD)));
        f.risk.setState(TradingState.REDUCING);
        f.risk.onEquity(T0 + H, 9_700_000);
        assertThat(f.risk.state()).isEqualTo(TradingState.HALTED);
        f.risk.onEquity(T0 + DAY, 9_700_000);
        assertThat(f.risk.state()).isEqualTo(TradingState.REDUCING);

        f.risk.onEquity(T0 + DAY + H, 9_400_000); // loss 3,000.00 from 97,000.00: halted again
        assertThat(f.risk.state()).isEqualTo(TradingState.HALTED);
        f.risk.setState(TradingState.HALTED); // the user takes over
        f.risk.onEquity(T0 + 2 * DAY, 9_400_000);
        assertThat(f.risk.state()).isEqualTo(TradingState.HALTED);
        assertThat(f.risk.check(f.order(market(AAPL, Side.BUY, 1)), T0 + 2 * DAY))
                .isEqualTo("trading is HALTED: no new orders");
    }
}
