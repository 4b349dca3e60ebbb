package io.sextant.core.instrument;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentSpecTest {

    static final InstrumentId AAPL = InstrumentId.parse("AAPL.NASDAQ");

    @Test
    void aCashSpecHasOneLotMinimumUnitMultiplierNoLeverageNoFees() {
        InstrumentSpec spec = InstrumentSpec.of(AAPL, Currency.USD, "0.01", "1");
        assertThat(spec.quoteCurrency()).isEqualTo(Currency.USD);
        assertThat(spec.settlementCurrency()).isEqualTo(Currency.USD);
        assertThat(spec.tickSize()).isEqualTo(Price.of("0.01"));
        assertThat(spec.lotSize()).isEqualTo(Quantity.of(1));
        assertThat(spec.minQuantity()).isEqualTo(Quantity.of(1));
        assertThat(spec.multiplier()).isEqualTo(Quantity.of(1));
        assertThat(spec.margin()).isEqualTo(MarginRates.CASH);
        assertThat(spec.fees()).isEqualTo(FeeRates.NONE);
    }

    @Test
    void withersChangeOneThing() {
        InstrumentSpec spec = InstrumentSpec.of(AAPL, Currency.USD, "0.01", "1");
        assertThat(spec.withMinQuantity(Quantity.of(10)).minQuantity()).isEqualTo(Quantity.of(10));
        assertThat(spec.withMultiplier(Quantity.of(100)).multiplier()).isEqualTo(Quantity.of(100));
        assertThat(spec.withSettlementCurrency(Currency.EUR).settlementCurrency()).isEqualTo(Currency.EUR);
        assertThat(spec.withFees(FeeRates.of("-0.0001", "0.0005")).fees().maker()).isEqualByComparingTo("-0.0001");
        assertThat(spec.withMargin(MarginRates.of("0.5", "0.25")).margin().initial()).isEqualByComparingTo("0.5");
        assertThat(spec.withMinQuantity(Quantity.of(10)).tickSize()).isEqualTo(spec.tickSize());
    }

    @Test
    void refusesAnEmptyGrid() {
        assertThatThrownBy(() -> InstrumentSpec.of(AAPL, Currency.USD, "0.00", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("AAPL.NASDAQ: tick size must be positive, was 0.00");
        assertThatThrownBy(() -> InstrumentSpec.of(AAPL, Currency.USD, "-0.01", "1"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("AAPL.NASDAQ: tick size must be positive, was -0.01");
        assertThatThrownBy(() -> InstrumentSpec.of(AAPL, Currency.USD, "0.01", "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("AAPL.NASDAQ: lot size must be positive, was 0");
        InstrumentSpec spec = InstrumentSpec.of(AAPL, Currency.USD, "0.01", "1");
        assertThatThrownBy(() -> spec.withMultiplier(Quantity.zero(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("AAPL.NASDAQ: multiplier must be positive, was 0");
        assertThatThrownBy(() -> spec.withFees(null)).isInstanceOf(NullPointerException.class).hasMessage("fees");
    }

    @Test
    void marginRates() {
        // 1 / 0.05 = 20x; 1 / 0.008 = 125x; 1 / 0.03 = 33.333333 (6 decimals, HALF_EVEN)
        assertThat(MarginRates.of("0.05", "0.045").maxLeverage()).isEqualByComparingTo("20");
        assertThat(MarginRates.of("0.008", "0.004").maxLeverage()).isEqualByComparingTo("125");
        assertThat(MarginRates.of("0.03", "0.03").maxLeverage()).isEqualTo(new BigDecimal("33.333333"));
        assertThat(MarginRates.CASH.maxLeverage()).isEqualByComparingTo("1");
        assertThatThrownBy(() -> MarginRates.of("0", "0")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initial margin must be in (0, 1], was 0");
        assertThatThrownBy(() -> MarginRates.of("1.5", "1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("initial margin must be in (0, 1], was 1.5");
        assertThatThrownBy(() -> MarginRates.of("0.05", "0.06")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maintenance margin must be in (0, initial=0.05], was 0.06");
        assertThatThrownBy(() -> MarginRates.of("0.05", "0")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void feeRatesAreFractionsOfNotional() {
        FeeRates binance = FeeRates.of("0.001", "0.001");
        assertThat(binance.taker()).isEqualByComparingTo("0.001");
        assertThat(FeeRates.of("-0.0001", "0.0004").maker()).isNegative();
        assertThatThrownBy(() -> FeeRates.of("0.001", "10")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("fee rates are fractions of notional (0.001 = 10 bp); got maker=0.001 taker=10");
        assertThatThrownBy(() -> FeeRates.of("-1", "0")).isInstanceOf(IllegalArgumentException.class);
    }
}
