package io.sextant.core.instrument;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.Side;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

/** The behaviour every instrument shares: the tick and lot grid, quantity checks and notional. */
class InstrumentTest {

    static final Equity AAPL = new Equity(InstrumentSpec.of(InstrumentId.parse("AAPL.NASDAQ"), Currency.USD, "0.01", "1"));
    static final DatedFuture ES = new DatedFuture(
            InstrumentSpec.of(InstrumentId.parse("ESZ6.CME"), Currency.USD, "0.25", "1")
                    .withMultiplier(Quantity.of(50))
                    .withMargin(MarginRates.of("0.05", "0.045")),
            "SPX", 1_797_984_000_000_000_000L);
    static final CryptoSpot BTCUSDT = new CryptoSpot(
            InstrumentSpec.of(InstrumentId.parse("BTCUSDT.BINANCE"), Currency.USDT, "0.01", "0.00001")
                    .withMinQuantity(Quantity.of("0.0001")),
            Currency.BTC);
    static final Equity BOARD_LOT = new Equity(InstrumentSpec.of(InstrumentId.parse("7203.TSE"), Currency.JPY, "0.5", "100"));
    static final Equity NICKEL = new Equity(InstrumentSpec.of(InstrumentId.parse("XYZ.TSX"), Currency.CAD, "0.05", "0.001"));

    @Test
    void exposesItsGrid() {
        assertThat(ES.id()).isEqualTo(InstrumentId.parse("ESZ6.CME"));
        assertThat(ES.tickSize()).isEqualTo(Price.of("0.25"));
        assertThat(ES.pricePrecision()).isEqualTo(2);
        assertThat(BTCUSDT.lotSize()).isEqualTo(Quantity.of("0.00001"));
        assertThat(BTCUSDT.sizePrecision()).isEqualTo(5);
        assertThat(BOARD_LOT.sizePrecision()).isZero();
    }

    /**
     * Side-aware rounding to a 0.25 tick: a buy never pays more than asked (floor), a sell never
     * receives less (ceiling). 4500.30 = 18001.2 ticks; 4500.10 = 18000.4 ticks.
     */
    @ParameterizedTest(name = "{0} -> buy {1}, sell {2}")
    @CsvSource({
            "4500.30, 4500.25, 4500.50",
            "4500.10, 4500.00, 4500.25",
            "4500.25, 4500.25, 4500.25",
            "4500.125, 4500.00, 4500.25",
            "4500.2500001, 4500.25, 4500.50",
            // a negative price (a calendar spread): floor and ceiling still mean less and more aggressive
            "-3.10, -3.25, -3.00",
    })
    void passivePriceFloorsBuysAndCeilsSells(String price, String buy, String sell) {
        assertThat(ES.passivePrice(Side.BUY, Price.of(price))).isEqualTo(Price.of(buy));
        assertThat(ES.passivePrice(Side.SELL, Price.of(price))).isEqualTo(Price.of(sell));
    }

    @Test
    void passivePriceOnANickelTick() {
        // 10.03 = 200.6 nickels: buy 200 = 10.00, sell 201 = 10.05
        assertThat(NICKEL.passivePrice(Side.BUY, Price.of("10.03"))).isEqualTo(Price.of("10.00"));
        assertThat(NICKEL.passivePrice(Side.SELL, Price.of("10.03"))).isEqualTo(Price.of("10.05"));
        // a price from a double computation: 101.257 -> buy 101.25, sell 101.26 on a cent tick
        assertThat(AAPL.passivePrice(Side.BUY, Price.ofDouble(101.257, 3))).isEqualTo(Price.of("101.25"));
        assertThat(AAPL.passivePrice(Side.SELL, Price.ofDouble(101.257, 3))).isEqualTo(Price.of("101.26"));
    }

    @Test
    void roundedPricesAndQuantitiesCarryTheInstrumentsPrecision() {
        // the spec says the tick fixes the price precision: 101.257 rounded to a cent is 101.26, not 101.260
        assertThat(AAPL.passivePrice(Side.SELL, Price.of("101.257"))).hasToString("101.26");
        assertThat(AAPL.roundPrice(Price.of("101.257"), Rounding.HALF_EVEN).precision()).isEqualTo(2);
        assertThat(ES.passivePrice(Side.BUY, Price.of("4500.2500001")).precision()).isEqualTo(2);
        // a coarser input keeps the grid's precision too: 101 -> 101.00
        assertThat(AAPL.roundPrice(Price.of("101"), Rounding.HALF_EVEN)).hasToString("101.00");
        // quantities: 1.234567 BTC floored to a 0.00001 lot is 1.23456 at 5 decimals
        assertThat(BTCUSDT.floorToLot(Quantity.of("1.234567"))).hasToString("1.23456");
        assertThat(BOARD_LOT.floorToLot(Quantity.of("250.5"))).hasToString("200");
    }

    @Test
    void roundQuantityToLots() {
        // 250 shares in lots of 100: floor 200, ceiling 300, HALF_EVEN 200 (2.5 -> 2)
        assertThat(BOARD_LOT.floorToLot(Quantity.of(250))).isEqualTo(Quantity.of(200));
        assertThat(BOARD_LOT.roundQuantity(Quantity.of(250), Rounding.CEILING)).isEqualTo(Quantity.of(300));
        assertThat(BOARD_LOT.roundQuantity(Quantity.of(250), Rounding.HALF_EVEN)).isEqualTo(Quantity.of(200));
        assertThat(BOARD_LOT.floorToLot(Quantity.of(99))).isEqualTo(Quantity.zero(0));
        // 0.0123456 BTC in 0.00001 lots: 1234.56 lots -> floor 0.01234
        assertThat(BTCUSDT.floorToLot(Quantity.of("0.0123456"))).isEqualTo(Quantity.of("0.01234"));
        // 0.001 lot: 1.0005 = 1000.5 lots -> HALF_EVEN 1.000, HALF_UP 1.001
        assertThat(NICKEL.roundQuantity(Quantity.of("1.0005"), Rounding.HALF_EVEN)).isEqualTo(Quantity.of("1.000"));
        assertThat(NICKEL.roundQuantity(Quantity.of("1.0005"), Rounding.HALF_UP)).isEqualTo(Quantity.of("1.001"));
    }

    @Test
    void quantityProblemNamesTheRuleBroken() {
        assertThat(BTCUSDT.quantityProblem(Quantity.zero(5))).contains("BTCUSDT.BINANCE: quantity is zero");
        assertThat(BTCUSDT.quantityProblem(Quantity.of("0.00005")))
                .contains("BTCUSDT.BINANCE: quantity 0.00005 is below the minimum 0.0001");
        assertThat(BTCUSDT.quantityProblem(Quantity.of("0.000125")))
                .contains("BTCUSDT.BINANCE: quantity 0.000125 is not a multiple of the lot size 0.00001");
        assertThat(BTCUSDT.quantityProblem(Quantity.of("0.0001"))).isEmpty();
        assertThat(BTCUSDT.quantityProblem(Quantity.of("0.01234"))).isEmpty();
        // trailing zeros beyond the lot's decimals are still on the grid
        assertThat(BTCUSDT.quantityProblem(Quantity.of("0.012340000"))).isEmpty();
        // board lot: 150 is off the grid, 100 and 300 are fine; the minimum defaults to one lot
        assertThat(BOARD_LOT.quantityProblem(Quantity.of(150)))
                .contains("7203.TSE: quantity 150 is not a multiple of the lot size 100");
        assertThat(BOARD_LOT.quantityProblem(Quantity.of(50)))
                .contains("7203.TSE: quantity 50 is below the minimum 100");
        assertThat(BOARD_LOT.quantityProblem(Quantity.of(300))).isEqualTo(Optional.empty());
        // 0.001 lot: 0.0015 is off the grid
        assertThat(NICKEL.quantityProblem(Quantity.of("0.0015")))
                .contains("XYZ.TSX: quantity 0.0015 is not a multiple of the lot size 0.001");
    }

    @Test
    void linearNotionalIsPriceTimesQuantityTimesMultiplier() {
        // ES: 4500.25 * 2 contracts * 50 = 450025.00 USD
        assertThat(ES.notional(Price.of("4500.25"), Quantity.of(2), Rounding.HALF_EVEN))
                .isEqualTo(Money.of("450025.00", Currency.USD));
        // AAPL: 101.255 * 3 = 303.765 -> HALF_EVEN 303.76, CEILING 303.77
        assertThat(AAPL.notional(Price.of("101.255"), Quantity.of(3), Rounding.HALF_EVEN))
                .isEqualTo(Money.of("303.76", Currency.USD));
        assertThat(AAPL.notional(Price.of("101.255"), Quantity.of(3), Rounding.CEILING))
                .isEqualTo(Money.of("303.77", Currency.USD));
        // BTCUSDT: 50000.01 * 0.01234 = 617.0001234 USDT (8 decimals: 617.00012340)
        assertThat(BTCUSDT.notional(Price.of("50000.01"), Quantity.of("0.01234"), Rounding.EXACT))
                .hasToString("617.00012340 USDT");
    }

    @Test
    void notionalWorksForLargeQuantitiesOfCheapAssets() {
        // 10 billion SHIB at 0.00001234 USDT = 123400 USDT: the quantity does not fit at 9 decimals
        // (10^10 * 10^9 > Long.MAX_VALUE), but the notional does
        CryptoSpot shib = new CryptoSpot(InstrumentSpec.of(InstrumentId.parse("SHIBUSDT.BINANCE"), Currency.USDT,
                "0.00000001", "1"), Currency.crypto("SHIB", 8));
        assertThat(shib.notional(Price.of("0.00001234"), Quantity.of(10_000_000_000L), Rounding.EXACT))
                .isEqualTo(Money.of("123400", Currency.USDT));
        // and a multiplier with decimals: 3 micro contracts of 0.1 at 4500.25 = 1350.075 -> HALF_EVEN 1350.08
        DatedFuture micro = new DatedFuture(InstrumentSpec.of(InstrumentId.parse("MESZ6.CME"), Currency.USD, "0.25", "1")
                .withMultiplier(Quantity.of("0.1")), "SPX", 0);
        assertThat(micro.notional(Price.of("4500.25"), Quantity.of(3), Rounding.HALF_EVEN))
                .isEqualTo(Money.of("1350.08", Currency.USD));
    }

    @Test
    void linearNotionalAgreesWithTheRoundedBigDecimalProduct() {
        var prices = longs().between(-10_000_000_000L, 10_000_000_000L).zip(integers().between(0, 9), Price::new);
        var quantities = longs().between(0, 10_000_000_000_000L).zip(integers().between(0, 9), Quantity::new);
        org.quicktheories.QuickTheory.qt().withFixedSeed(20_260_101L).withExamples(5_000).forAll(
                prices, quantities,
                arbitrary().pick("1", "50", "0.1", "100", "0.00001", "1000000"),
                arbitrary().enumValues(Rounding.class)).checkAssert((price, qty, mult, r) -> {
            DatedFuture f = new DatedFuture(ES.spec().withMultiplier(Quantity.of(mult)), "SPX", 0);
            BigDecimal exact = price.toBigDecimal().multiply(qty.toBigDecimal()).multiply(new BigDecimal(mult));
            BigDecimal expected;
            try {
                expected = exact.setScale(2, r.mode());
            } catch (ArithmeticException inexact) {
                assertThatThrownBy(() -> f.notional(price, qty, r)).isInstanceOf(ArithmeticException.class);
                return;
            }
            if (expected.unscaledValue().bitLength() > 63) {
                assertThatThrownBy(() -> f.notional(price, qty, r)).isInstanceOf(ArithmeticException.class);
            } else {
                assertThat(f.notional(price, qty, r).toBigDecimal()).isEqualTo(expected);
            }
        });
    }

    @Test
    void kindsAreClosed() {
        Instrument[] all = {AAPL, ES, BTCUSDT,
                new FxPair(InstrumentSpec.of(InstrumentId.parse("EUR/USD.FXCM"), Currency.USD, "0.00001", "1000"), Currency.EUR),
                new PerpetualSwap(InstrumentSpec.of(InstrumentId.parse("BTCUSDT-PERP.BINANCE"), Currency.USDT, "0.1", "0.001"),
                        Currency.BTC, false, PerpetualSwap.EIGHT_HOURS_NANOS)};
        StringBuilder kinds = new StringBuilder();
        for (Instrument i : all) {
            // an exhaustive switch without default: adding a kind is a compile error here
            kinds.append(switch (i) {
                case Equity e -> "equity ";
                case FxPair f -> "fx ";
                case CryptoSpot c -> "spot ";
                case PerpetualSwap p -> "perp ";
                case DatedFuture d -> "future ";
            });
        }
        assertThat(kinds.toString()).isEqualTo("equity future spot fx perp ");
        assertThat(AAPL.assetClass()).isEqualTo(AssetClass.EQUITY);
        assertThat(ES.assetClass()).isEqualTo(AssetClass.FUTURE);
        assertThat(BTCUSDT.assetClass()).isEqualTo(AssetClass.CRYPTO);
        assertThat(all[3].assetClass()).isEqualTo(AssetClass.FX);
        assertThat(all[4].assetClass()).isEqualTo(AssetClass.CRYPTO);
        assertThat(AAPL.baseCurrency()).isEmpty();
        assertThat(ES.baseCurrency()).isEmpty();
        assertThat(BTCUSDT.baseCurrency()).contains(Currency.BTC);
        assertThat(all[3].baseCurrency()).contains(Currency.EUR);
    }

    @Test
    void pairsNeedTwoDifferentCurrencies() {
        InstrumentSpec usd = InstrumentSpec.of(InstrumentId.parse("USD/USD.FXCM"), Currency.USD, "0.00001", "1000");
        assertThatThrownBy(() -> new FxPair(usd, Currency.USD)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("USD/USD.FXCM: base and quote currency are both USD");
        InstrumentSpec btc = InstrumentSpec.of(InstrumentId.parse("BTCBTC.BINANCE"), Currency.BTC, "0.01", "0.001");
        assertThatThrownBy(() -> new CryptoSpot(btc, Currency.BTC)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BTCBTC.BINANCE: base and quote currency are both BTC");
    }

    @Test
    void datedFutureExpiresAtItsLastTradingTime() {
        assertThat(ES.isExpired(ES.expiryNanos() - 1)).isFalse();
        assertThat(ES.isExpired(ES.expiryNanos())).isTrue();
        assertThatThrownBy(() -> new DatedFuture(ES.spec(), " ", 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ESZ6.CME: underlying must not be blank");
    }
}
