package io.sextant.engine.portfolio;

import io.sextant.core.instrument.Equity;
import io.sextant.core.instrument.MarginRates;
import io.sextant.core.instrument.PerpetualSwap;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.order.Side;
import io.sextant.core.position.Position;
import io.sextant.data.corporate.CorporateAction;
import io.sextant.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Cash identities that must hold to the cent for any fill sequence (seeded, reproducible). */
class AccountingPropertyTest {
    private static final int DAYS = 40;

    private static String price(Random rnd) {
        return BigDecimal.valueOf(5_000 + rnd.nextInt(10_000), 2).toPlainString();
    }

    @Test
    void realizedMinusFeesPlusFundingIsTheChangeInCashForAPerpetual() {
        PerpetualSwap perp = Fixtures.perp("P", Currency.BTC, Currency.USDT, "0.01", "0.001", MarginRates.of("0.01", "0.005"));
        for (int seed = 0; seed < 200; seed++) {
            Random rnd = new Random(seed);
            Portfolio p = new Portfolio(AccountConfig.margin(Money.of("1000000", Currency.USDT), 1));
            p.addInstrument(perp);
            long[] times = new long[DAYS];
            BigDecimal[] rates = new BigDecimal[DAYS];
            for (int d = 0; d < DAYS; d++) {
                times[d] = Fixtures.day(d) + 3_600_000_000_000L * rnd.nextInt(24); // 00:00 (at a close) .. 23:00 (inside a bar)
                rates[d] = BigDecimal.valueOf(rnd.nextInt(201) - 100, 6);
            }
            p.addFundingRates(perp.id(), new FundingRates(times, rates));
            long cash0 = p.cash().raw();
            for (int d = 0; d < DAYS; d++) {
                for (int k = rnd.nextInt(3); k > 0; k--) {
                    Side side = rnd.nextBoolean() ? Side.BUY : Side.SELL;
                    String qty = BigDecimal.valueOf(1 + rnd.nextInt(5_000), 3).toPlainString();
                    Money fee = new Money(rnd.nextInt(100_000_000), Currency.USDT);
                    p.applyFill(Fixtures.fill(perp, side, qty, price(rnd), fee, Fixtures.day(d) + k), 0);
                }
                String c = price(rnd);
                p.afterBar(Fixtures.bar(perp, Fixtures.day(d), Fixtures.day(d + 1), c + " " + c + " " + c + " " + c));
            }
            Position pos = p.position(perp.id());
            assertThat(pos.realizedRaw() - pos.feesRaw() + pos.fundingRaw())
                    .as("seed %d", seed).isEqualTo(p.cash().raw() - cash0);
        }
    }

    @Test
    void aSpotPositionBackToFlatHasRealizedExactlyProceedsMinusCostsAndDividendsAreCash() {
        Equity xyz = Fixtures.equity("XYZ", "0.01", "1");
        for (int seed = 0; seed < 200; seed++) {
            Random rnd = new Random(seed);
            Portfolio p = new Portfolio(AccountConfig.margin(Money.of("1000000", Currency.USD), 2));
            p.addInstrument(xyz);
            List<CorporateAction> dividends = new ArrayList<>();
            for (int d = 1; d < DAYS; d += 1 + rnd.nextInt(5)) {
                dividends.add(new CorporateAction(Fixtures.DAY0.plusDays(d), CorporateAction.Type.DIVIDEND,
                        BigDecimal.valueOf(rnd.nextInt(300), 3)));
            }
            p.addCorporateActions(xyz.id(), dividends, ZoneOffset.UTC);
            long cash0 = p.cash().raw();
            long proceedsMinusCosts = 0;
            long fees = 0;
            for (int d = 0; d < DAYS; d++) {
                p.beforeBar(Fixtures.bar(xyz, Fixtures.day(d), Fixtures.day(d + 1), "100 100 100 100"));
                Position pos = p.position(xyz.id());
                int fills = d == DAYS - 1 ? 0 : rnd.nextInt(3);
                for (int k = 0; k <= fills; k++) {
                    long open = pos.quantityRaw();
                    // The last fill of the last day flattens the position.
                    long qty = d == DAYS - 1 ? Math.abs(open) : 1 + rnd.nextInt(50);
                    if (qty == 0) {
                        continue;
                    }
                    Side side = d == DAYS - 1 ? (open > 0 ? Side.SELL : Side.BUY) : (rnd.nextBoolean() ? Side.BUY : Side.SELL);
                    String px = price(rnd);
                    long fee = rnd.nextInt(500);
                    p.applyFill(Fixtures.fill(xyz, side, Long.toString(qty), px, new Money(fee, Currency.USD),
                            Fixtures.day(d) + k + 1), 0);
                    long value = new BigDecimal(px).movePointRight(2).longValueExact() * qty;
                    proceedsMinusCosts += side == Side.SELL ? value : -value;
                    fees += fee;
                }
                p.afterBar(Fixtures.bar(xyz, Fixtures.day(d), Fixtures.day(d + 1), "100 100 100 100"));
            }
            Position pos = p.position(xyz.id());
            assertThat(pos.isFlat()).isTrue();
            assertThat(pos.realizedRaw()).as("seed %d", seed).isEqualTo(proceedsMinusCosts);
            assertThat(pos.feesRaw()).isEqualTo(fees);
            assertThat(pos.realizedRaw() - pos.feesRaw() + pos.dividendsRaw())
                    .as("seed %d", seed).isEqualTo(p.cash().raw() - cash0);
        }
    }
}
