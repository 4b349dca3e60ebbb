package io.sextant.engine.portfolio;

import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.order.Side;
import io.sextant.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class BorrowCostTest {
    private final Equity xyz = Fixtures.equity("XYZ", "0.01", "1");

    @Test
    void aShortPaysTheAnnualRateOverThreeSixtyForEachMidnightItIsHeldOver() {
        Portfolio p = new Portfolio(AccountConfig.margin(Money.of("10000", Currency.USD), 2)
                .withAnnualBorrowRate(new BigDecimal("0.036")));
        p.addInstrument(xyz);
        // Short 100 at 50.00 at day 1's open: cash 15000.
        p.applyFill(Fixtures.fill(xyz, Side.SELL, "100", "50", Money.zero(Currency.USD), Fixtures.day(1)), 0);
        // Close day 2 at 50: one midnight, 5000 x 0.036 / 360 = 0.50.
        p.afterBar(Fixtures.bar(xyz, Fixtures.day(1), Fixtures.day(2), "50 51 49 50"));
        assertThat(p.position(xyz.id()).borrowCost()).isEqualTo(Money.of("0.50", Currency.USD));
        // Close day 3 at 40: 4000 x 0.0001 = 0.40.
        p.afterBar(Fixtures.bar(xyz, Fixtures.day(2), Fixtures.day(3), "50 50 39 40"));
        // Next bar closes day 5 (a weekend-like gap): two midnights at 40: 2 x 0.40 = 0.80. Total 1.70.
        p.afterBar(Fixtures.bar(xyz, Fixtures.day(4), Fixtures.day(5), "40 41 39 40"));
        assertThat(p.position(xyz.id()).borrowCost()).isEqualTo(Money.of("1.70", Currency.USD));
        assertThat(p.cash()).isEqualTo(Money.of("14998.30", Currency.USD));
        // Flipped long (buy 200 at 40: cash 14998.30 - 8000 = 6998.30): a long is never charged, the total stays 1.70.
        p.applyFill(Fixtures.fill(xyz, Side.BUY, "200", "40", Money.zero(Currency.USD), Fixtures.day(5)), 0);
        p.afterBar(Fixtures.bar(xyz, Fixtures.day(5), Fixtures.day(6), "40 41 39 40"));
        assertThat(p.position(xyz.id()).borrowCost()).isEqualTo(Money.of("1.70", Currency.USD));
        assertThat(p.cash()).isEqualTo(Money.of("6998.30", Currency.USD));
    }
}
