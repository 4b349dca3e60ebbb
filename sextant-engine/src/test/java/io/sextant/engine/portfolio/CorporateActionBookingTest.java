package io.sextant.engine.portfolio;

import io.sextant.core.instrument.Equity;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.order.Side;
import io.sextant.core.position.Position;
import io.sextant.core.position.PositionEvent;
import io.sextant.data.corporate.CorporateAction;
import io.sextant.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CorporateActionBookingTest {
    private final Equity xyz = Fixtures.equity("XYZ", "0.01", "1");

    @Test
    void aShortPositionThroughASplitAndADividend() {
        Portfolio p = new Portfolio(AccountConfig.margin(Money.of("10000", Currency.USD), 2));
        p.addInstrument(xyz);
        p.addCorporateActions(xyz.id(), List.of(
                new CorporateAction(Fixtures.DAY0.plusDays(1), CorporateAction.Type.SPLIT, new BigDecimal("1.5")),
                new CorporateAction(Fixtures.DAY0.plusDays(2), CorporateAction.Type.DIVIDEND, new BigDecimal("0.25"))),
                ZoneOffset.UTC);
        // Short 7 at 150.00: proceeds 1050.00, cash 11050.00, cost basis -1050.00.
        p.applyFill(Fixtures.fill(xyz, Side.SELL, "7", "150", Money.zero(Currency.USD), Fixtures.day(0) + 1), 0);
        p.afterBar(Fixtures.bar(xyz, Fixtures.day(0), Fixtures.day(1), "150 152 148 151.50"));

        // Ex-date day 1, 3-for-2: 7 x 1.5 = 10.5 -> short 10, the 0.5 share is bought back as cash in lieu at the
        // ex-date open 101.00: 50.50 paid. Its cost share is -1050 x 0.5 / 10.5 = -50.00, so realized -50.50 + 50.00
        // = -0.50; cost basis -1000.00 for 10 short (average 100). Cash 11050 - 50.50 = 10999.50.
        List<PositionEvent> events = p.beforeBar(Fixtures.bar(xyz, Fixtures.day(1), Fixtures.day(2), "101 102 99 100"));
        Position pos = p.position(xyz.id());
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(PositionEvent.Kind.ADJUSTED);
            assertThat(e.signedQuantity()).isEqualByComparingTo("-10");
        });
        assertThat(pos.quantityRaw()).isEqualTo(-10);
        assertThat(pos.costRaw()).isEqualTo(-100_000);
        assertThat(pos.averagePrice()).isEqualByComparingTo("100");
        assertThat(pos.realizedPnl()).isEqualTo(Money.of("-0.50", Currency.USD));
        assertThat(p.cash()).isEqualTo(Money.of("10999.50", Currency.USD));
        // The mark was divided by the ratio too: 151.50 / 1.5 = 101.00, so equity does not jump before the bar's close.
        assertThat(p.markRaw(xyz.id())).isEqualTo(10_100);
        p.afterBar(Fixtures.bar(xyz, Fixtures.day(1), Fixtures.day(2), "101 102 99 100"));

        // Ex-date day 2, dividend 0.25: the short of 10 pays 2.50. Cash 10997.00.
        assertThat(p.beforeBar(Fixtures.bar(xyz, Fixtures.day(2), Fixtures.day(3), "99 100 98 99"))).isEmpty();
        assertThat(pos.dividends()).isEqualTo(Money.of("-2.50", Currency.USD));
        assertThat(p.cash()).isEqualTo(Money.of("10997.00", Currency.USD));

        // Cover 10 at 99.00: outlay 990, realized 1000 - 990 = +10.00, total 9.50. Cash 10007.00 and
        // realized - fees + dividends = 9.50 - 0 - 2.50 = 7.00 = the change in cash.
        p.applyFill(Fixtures.fill(xyz, Side.BUY, "10", "99", Money.zero(Currency.USD), Fixtures.day(2) + 1), 0);
        assertThat(pos.realizedPnl()).isEqualTo(Money.of("9.50", Currency.USD));
        assertThat(p.cash()).isEqualTo(Money.of("10007.00", Currency.USD));
    }

    @Test
    void aLongSplitPaysCashInLieuForTheFraction() {
        Portfolio p = new Portfolio(AccountConfig.cash(Money.of("1000", Currency.USD)));
        p.addInstrument(xyz);
        p.addCorporateActions(xyz.id(), List.of(
                new CorporateAction(Fixtures.DAY0.plusDays(1), CorporateAction.Type.SPLIT, new BigDecimal("1.5"))),
                ZoneOffset.UTC);
        // Buy 7 at 100: cost 700, cash 300. Split 3-for-2 at open 66.67: 10.5 -> 10 shares; 0.5 x 66.67 = 33.335
        // -> 33.34 (half-even) received; cost share 700 x 0.5 / 10.5 = 33.333... -> 33.33; realized 0.01.
        p.applyFill(Fixtures.fill(xyz, Side.BUY, "7", "100", Money.zero(Currency.USD), Fixtures.day(0) + 1), 0);
        p.beforeBar(Fixtures.bar(xyz, Fixtures.day(1), Fixtures.day(2), "66.67 67 66 66.50"));
        Position pos = p.position(xyz.id());
        assertThat(pos.quantityRaw()).isEqualTo(10);
        assertThat(pos.costRaw()).isEqualTo(66_667);
        assertThat(pos.realizedPnl()).isEqualTo(Money.of("0.01", Currency.USD));
        assertThat(p.cash()).isEqualTo(Money.of("333.34", Currency.USD));
    }
}
