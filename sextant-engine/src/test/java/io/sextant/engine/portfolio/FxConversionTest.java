package io.sextant.engine.portfolio;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.instrument.Equity;
import io.sextant.core.instrument.FxPair;
import io.sextant.core.instrument.InstrumentSpec;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.order.Side;
import io.sextant.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FxConversionTest {
    private final Equity sap = new Equity(InstrumentSpec.of(InstrumentId.of("SAP", "XETRA"), Currency.EUR, "0.01", "1"));
    private final FxPair eurusd = Fixtures.fx("EURUSD", Currency.EUR, Currency.USD, "0.00001", "1");

    @Test
    void aEuroQuotedStockInAUsdAccountIsValuedAtTheLatestEurUsdClose() {
        Portfolio p = new Portfolio(AccountConfig.cash(Money.of("10000", Currency.USD))
                .withBalance(Money.of("1000", Currency.EUR)));
        p.addInstrument(sap);
        p.addInstrument(eurusd);
        // No EUR/USD price yet: the EUR balance cannot be valued, and the error says what to add.
        assertThatThrownBy(p::equityRaw).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("EUR").hasMessageContaining("USD");

        p.afterBar(Fixtures.bar(eurusd, Fixtures.day(0), Fixtures.day(1), "1.09 1.11 1.08 1.10"));
        // Buy 5 SAP at 150.00 EUR, fee 1.50 EUR: EUR cash 1000 - 750 - 1.50 = 248.50; USD untouched.
        p.applyFill(Fixtures.fill(sap, Side.BUY, "5", "150", Money.of("1.50", Currency.EUR), Fixtures.day(1)), 0);
        p.mark(sap.id(), 16_000);
        assertThat(p.balance(Currency.EUR)).isEqualTo(Money.of("248.50", Currency.EUR));
        assertThat(p.unrealizedPnl(sap.id())).isEqualTo(Money.of("50", Currency.EUR));
        // Equity in USD at EUR/USD 1.10: 10000 + 248.50 x 1.1 + 5 x 160 x 1.1 = 10000 + 273.35 + 880 = 11153.35.
        assertThat(p.equity()).isEqualTo(Money.of("11153.35", Currency.USD));

        // EUR/USD closes at 1.05 on the next bar: 248.50 x 1.05 = 260.925 -> 260.92 (half-even, each amount is
        // converted then summed) and 800 x 1.05 = 840.00: equity 11100.92.
        p.afterBar(Fixtures.bar(eurusd, Fixtures.day(1), Fixtures.day(2), "1.10 1.10 1.04 1.05"));
        assertThat(p.equity()).isEqualTo(Money.of("11100.92", Currency.USD));
        // Gross exposure is the stock's value in USD: 840.00.
        assertThat(p.grossExposureRaw()).isEqualTo(84_000);
    }

    @Test
    void theInversePairConvertsByDivision() {
        FxRates fx = new FxRates();
        fx.set(Currency.EUR, Currency.USD, new BigDecimal("1.25"));
        // 100 USD in EUR at EUR/USD 1.25: 100 / 1.25 = 80.00; 1 cent: 0.008 -> 0.01 (half-even).
        assertThat(fx.convert(10_000, Currency.USD, Currency.EUR)).isEqualTo(8_000);
        assertThat(fx.convert(1, Currency.USD, Currency.EUR)).isEqualTo(1);
        assertThatThrownBy(() -> fx.set(Currency.EUR, Currency.GBP, BigDecimal.ZERO))
                .hasMessageContaining("EUR/GBP");
    }
}
