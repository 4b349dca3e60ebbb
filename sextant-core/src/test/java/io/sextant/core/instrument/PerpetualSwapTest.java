package io.sextant.core.instrument;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.money.Rounding;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PerpetualSwapTest {

    /** Binance COIN-M BTCUSD perpetual: 100 USD per contract, settled in BTC. */
    static final PerpetualSwap INVERSE = new PerpetualSwap(
            InstrumentSpec.of(InstrumentId.parse("BTCUSD-PERP.BINANCE"), Currency.USD, "0.1", "1")
                    .withSettlementCurrency(Currency.BTC)
                    .withMultiplier(Quantity.of(100))
                    .withMargin(MarginRates.of("0.008", "0.004")),
            Currency.BTC, true, PerpetualSwap.EIGHT_HOURS_NANOS);

    /** Binance USD-M BTCUSDT perpetual: 1 BTC per unit of quantity, settled in USDT. */
    static final PerpetualSwap LINEAR = new PerpetualSwap(
            InstrumentSpec.of(InstrumentId.parse("BTCUSDT-PERP.BINANCE"), Currency.USDT, "0.1", "0.001"),
            Currency.BTC, false, PerpetualSwap.EIGHT_HOURS_NANOS);

    @Test
    void inverseNotionalIsContractsTimesContractSizeOverPrice() {
        // 10 contracts * 100 USD / 50000 USD per BTC = 1000 / 50000 = 0.02 BTC
        assertThat(INVERSE.notional(Price.of("50000"), Quantity.of(10), Rounding.EXACT))
                .isEqualTo(Money.of("0.02", Currency.BTC))
                .hasToString("0.02000000 BTC");
        // 1 contract at 30000: 100 / 30000 = 0.0033333333... BTC -> 8 decimals FLOOR 0.00333333, CEILING 0.00333334
        assertThat(INVERSE.notional(Price.of("30000"), Quantity.of(1), Rounding.FLOOR))
                .isEqualTo(Money.of("0.00333333", Currency.BTC));
        assertThat(INVERSE.notional(Price.of("30000"), Quantity.of(1), Rounding.CEILING))
                .isEqualTo(Money.of("0.00333334", Currency.BTC));
        assertThat(INVERSE.notional(Price.of("30000"), Quantity.of(1), Rounding.HALF_EVEN))
                .isEqualTo(Money.of("0.00333333", Currency.BTC));
        // 2/3 of a satoshi rounds up: 100 / 15000 = 0.006666666... -> HALF_EVEN 0.00666667
        assertThat(INVERSE.notional(Price.of("15000"), Quantity.of(1), Rounding.HALF_EVEN))
                .isEqualTo(Money.of("0.00666667", Currency.BTC));
        assertThatThrownBy(() -> INVERSE.notional(Price.of("30000"), Quantity.of(1), Rounding.EXACT))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void inverseNotionalFallsAsThePriceRises() {
        Money low = INVERSE.notional(Price.of("40000"), Quantity.of(10), Rounding.HALF_EVEN);
        Money high = INVERSE.notional(Price.of("50000"), Quantity.of(10), Rounding.HALF_EVEN);
        // 1000/40000 = 0.025 BTC > 1000/50000 = 0.02 BTC
        assertThat(low).isEqualTo(Money.of("0.025", Currency.BTC));
        assertThat(low).isGreaterThan(high);
    }

    @Test
    void inverseNotionalNeedsAPositivePrice() {
        assertThatThrownBy(() -> INVERSE.notional(Price.of("0"), Quantity.of(1), Rounding.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BTCUSD-PERP.BINANCE: inverse notional needs a positive price, was 0");
        assertThatThrownBy(() -> INVERSE.notional(Price.of("-1.0"), Quantity.of(1), Rounding.HALF_EVEN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BTCUSD-PERP.BINANCE: inverse notional needs a positive price, was -1.0");
    }

    @Test
    void linearNotionalIsInTheQuoteCurrency() {
        // 50000.1 * 0.015 = 750.0015 USDT
        assertThat(LINEAR.notional(Price.of("50000.1"), Quantity.of("0.015"), Rounding.EXACT))
                .isEqualTo(Money.of("750.0015", Currency.USDT));
        assertThat(LINEAR.baseCurrency()).contains(Currency.BTC);
        assertThat(LINEAR.assetClass()).isEqualTo(AssetClass.CRYPTO);
    }

    @Test
    void anInverseContractMustSettleInItsBase() {
        InstrumentSpec usdSettled = InstrumentSpec.of(InstrumentId.parse("BTCUSD-PERP.BINANCE"), Currency.USD, "0.1", "1");
        assertThatThrownBy(() -> new PerpetualSwap(usdSettled, Currency.BTC, true, PerpetualSwap.EIGHT_HOURS_NANOS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BTCUSD-PERP.BINANCE: an inverse perpetual settles in its base BTC, not USD");
    }

    @Test
    void fundingIntervalIsPositive() {
        assertThat(PerpetualSwap.EIGHT_HOURS_NANOS).isEqualTo(28_800_000_000_000L); // 8 * 3600 * 10^9
        assertThatThrownBy(() -> new PerpetualSwap(LINEAR.spec(), Currency.BTC, false, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BTCUSDT-PERP.BINANCE: funding interval must be positive");
    }
}
