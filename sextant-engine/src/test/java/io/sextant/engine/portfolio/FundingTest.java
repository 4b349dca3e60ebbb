package io.sextant.engine.portfolio;

import io.sextant.core.instrument.MarginRates;
import io.sextant.core.instrument.PerpetualSwap;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.order.Side;
import io.sextant.core.time.Nanos;
import io.sextant.data.testing.SharedData;
import io.sextant.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FundingTest {
    private final PerpetualSwap perp = Fixtures.perp("BTCUSDT-PERP", Currency.BTC, Currency.USDT, "0.01", "0.001",
            MarginRates.of("0.01", "0.005"));

    @Test
    void longsPayAndShortsReceiveAPositiveRateAndTheReverseForANegativeOne() {
        // Hedging mode: a long of 2 and a short of 1, both at 100.
        Portfolio p = new Portfolio(AccountConfig.margin(Money.of("1000", Currency.USDT), 10)
                .withPositionMode(PositionMode.HEDGING));
        p.addInstrument(perp);
        long t1 = Fixtures.day(0) + 8 * Nanos.PER_HOUR;
        long t2 = Fixtures.day(1);
        p.addFundingRates(perp.id(), new FundingRates(new long[] {t1, t2},
                new BigDecimal[] {new BigDecimal("0.0001"), new BigDecimal("-0.0002")}));
        p.applyFill(Fixtures.fill(perp, Side.BUY, "2", "100", Money.zero(Currency.USDT), Fixtures.day(0)), 0);
        p.applyFill(Fixtures.fill(perp, Side.SELL, "1", "100", Money.zero(Currency.USDT), Fixtures.day(0)), 0);
        assertThat(p.longPosition(perp.id()).quantityRaw()).isEqualTo(2000);
        assertThat(p.shortPosition(perp.id()).quantityRaw()).isEqualTo(-1000);

        // The bar closing at t2 with close 105:
        // t1 (inside the bar) at the previous mark 100: long notional 200 x 0.0001 = 0.02 paid;
        //    short notional -100 -> 0.01 received.
        // t2 (at the close) at 105, rate -0.0002: long 210 x 0.0002 = 0.042 received; short 105 x 0.0002 = 0.021 paid.
        p.afterBar(Fixtures.bar(perp, Fixtures.day(0), t2, "100 106 99 105"));
        assertThat(p.longPosition(perp.id()).funding()).isEqualTo(Money.of("0.022", Currency.USDT));
        assertThat(p.shortPosition(perp.id()).funding()).isEqualTo(Money.of("-0.011", Currency.USDT));
        // Cash 1000 + 0.022 - 0.011 = 1000.011 (no fill moved cash: derivatives book realized PnL only).
        assertThat(p.cash()).isEqualTo(Money.of("1000.011", Currency.USDT));
        // A later rate with nobody open changes nothing: the reduce-only sell closes the long, the buy the short.
        p.applyFill(Fixtures.fill(perp, Side.SELL, "2", "105", Money.zero(Currency.USDT), t2), true, 0);
        assertThat(p.longPosition(perp.id()).isFlat()).isTrue();
        assertThat(p.shortPosition(perp.id()).quantityRaw()).isEqualTo(-1000);
        // Long closed at 105: realized +10.00; cash 1010.011.
        assertThat(p.cash()).isEqualTo(Money.of("1010.011", Currency.USDT));
    }

    @Test
    void leanFundingRatesLoadWithTheirTimesAndSigns() throws IOException {
        FundingRates rates = FundingRateFile.readLean(SharedData.file("funding-rates/lean/binance-btcusd.csv"));
        assertThat(rates.size()).isEqualTo(12);
        // First row 20201229 00:00:00,0.00020030; last 20221213 16:00:00,-0.00002983.
        assertThat(rates.tsNs()[0]).isEqualTo(Nanos.ofInstant(Instant.parse("2020-12-29T00:00:00Z")));
        assertThat(rates.rates()[0]).isEqualByComparingTo("0.00020030");
        assertThat(rates.tsNs()[11]).isEqualTo(Nanos.ofInstant(Instant.parse("2022-12-13T16:00:00Z")));
        assertThat(rates.rates()[11]).isEqualByComparingTo("-0.00002983");
    }

    @Test
    void freqtradeFundingRatesLoadAllRows() throws IOException {
        FundingRates rates = FundingRateFile.readFreqtrade(
                SharedData.file("funding-rates/freqtrade/XRP_USDT_USDT-8h-funding_rate.json"));
        // 91 rates; the first is [1637193600017, 0.0001, ...] (2021-11-18T00:00:00.017Z, jitter kept).
        assertThat(rates.size()).isEqualTo(91);
        assertThat(rates.tsNs()[0]).isEqualTo(1_637_193_600_017L * Nanos.PER_MILLI);
        assertThat(rates.rates()[0]).isEqualByComparingTo("0.0001");
        // The extremes (the README rounds them to -0.0022 and +0.00058).
        assertThat(java.util.Arrays.stream(rates.rates()).min(BigDecimal::compareTo)).contains(new BigDecimal("-0.00219334"));
        assertThat(java.util.Arrays.stream(rates.rates()).max(BigDecimal::compareTo)).contains(new BigDecimal("0.00058316"));
    }
}
