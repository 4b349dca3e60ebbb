package io.sextant.engine.venue;

import io.sextant.core.instrument.CryptoSpot;
import io.sextant.core.instrument.Equity;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.LiquiditySide;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderRequest;
import io.sextant.core.order.Side;
import io.sextant.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static io.sextant.engine.testing.Fixtures.units;
import static io.sextant.engine.venue.OrderTypeScenarioTest.AAPL;
import static io.sextant.engine.venue.OrderTypeScenarioTest.placeOnBar0;
import static org.assertj.core.api.Assertions.assertThat;

class FeeModelTest {
    static final PerShareFee IB = PerShareFee.interactiveBrokersUs();

    /** The fee for a fill of {@code qty} at {@code price} after {@code before} units filled at the same price. */
    static Money fee(FeeModel model, Instrument inst, Side side, String qty, String price, String before,
                     LiquiditySide liquidity) {
        Price p = Price.of(price);
        Quantity q = Quantity.of(qty);
        Quantity b = Quantity.of(before);
        return model.fee(new FeeInput(inst, side, q, p, inst.notional(p, q, Rounding.HALF_EVEN), liquidity, b,
                inst.notional(p, b, Rounding.HALF_EVEN)));
    }

    static Money usd(String amount) {
        return Money.of(amount, Currency.USD);
    }

    @Test
    void perShareFeeAppliesTheMinimumThenTheCap() {
        Equity e = AAPL;
        // 100 @ 50: 0.005 * 100 = 0.50 -> minimum 1.00 (cap 1 % of 5000 = 50).
        assertThat(fee(IB, e, Side.BUY, "100", "50", "0", LiquiditySide.TAKER)).isEqualTo(usd("1.00"));
        // 1000 @ 50: 5.00, between the minimum and the cap.
        assertThat(fee(IB, e, Side.BUY, "1000", "50", "0", LiquiditySide.TAKER)).isEqualTo(usd("5.00"));
        // 10000 @ 0.20: 50.00, capped at 1 % of 2000 = 20.00.
        assertThat(fee(IB, e, Side.BUY, "10000", "0.20", "0", LiquiditySide.TAKER)).isEqualTo(usd("20.00"));
        // 1 @ 0.50: the cap 0.005 wins over the minimum 1.00 and rounds half-up to 0.01.
        assertThat(fee(IB, e, Side.BUY, "1", "0.50", "0", LiquiditySide.TAKER)).isEqualTo(usd("0.01"));
    }

    @Test
    void perShareFeeOverPartialFillsAddsUpToTheWholeOrdersCharge() {
        // 300 @ 10 in three fills of 100: cumulative charges 1.00 (min), 1.00 (min), 1.50 -> fills pay 1.00, 0, 0.50.
        assertThat(fee(IB, AAPL, Side.BUY, "100", "10", "0", LiquiditySide.TAKER)).isEqualTo(usd("1.00"));
        assertThat(fee(IB, AAPL, Side.BUY, "100", "10", "100", LiquiditySide.TAKER)).isEqualTo(usd("0.00"));
        assertThat(fee(IB, AAPL, Side.BUY, "100", "10", "200", LiquiditySide.TAKER)).isEqualTo(usd("0.50"));
    }

    @Test
    void fixedOrderFeeIsChargedOnTheFirstFillOnly() {
        FixedOrderFee fixed = new FixedOrderFee(usd("2.50"));
        assertThat(fee(fixed, AAPL, Side.SELL, "10", "100", "0", LiquiditySide.MAKER)).isEqualTo(usd("2.50"));
        assertThat(fee(fixed, AAPL, Side.SELL, "10", "100", "10", LiquiditySide.MAKER)).isEqualTo(usd("0.00"));
    }

    @Test
    void percentFeeInQuoteOrBaseCurrency() {
        CryptoSpot btc = Fixtures.crypto("BTCUSDT", Currency.BTC, Currency.USDT, "0.01", "0.00001");
        PercentFee quote = new PercentFee(new BigDecimal("0.0002"), new BigDecimal("0.001"),
                PercentFee.FeeCurrency.QUOTE);
        PercentFee base = new PercentFee(new BigDecimal("0.0002"), new BigDecimal("0.001"),
                PercentFee.FeeCurrency.BASE);
        // 0.5 BTC @ 40000 = 20000 USDT; taker 0.1 % = 20.00 USDT, maker 0.02 % = 4.00 USDT.
        assertThat(fee(quote, btc, Side.BUY, "0.5", "40000", "0", LiquiditySide.TAKER))
                .isEqualTo(Money.of("20", Currency.USDT));
        assertThat(fee(quote, btc, Side.BUY, "0.5", "40000", "0", LiquiditySide.MAKER))
                .isEqualTo(Money.of("4", Currency.USDT));
        // Base currency: a buy pays 0.1 % of the 0.5 BTC received = 0.0005 BTC; a sell still pays USDT.
        assertThat(fee(base, btc, Side.BUY, "0.5", "40000", "0", LiquiditySide.TAKER))
                .isEqualTo(Money.of("0.0005", Currency.BTC));
        assertThat(fee(base, btc, Side.SELL, "0.5", "40000", "0", LiquiditySide.TAKER))
                .isEqualTo(Money.of("20", Currency.USDT));
    }

    @Test
    void perShareFeeInARunIsBookedOnTheFills() {
        // Buy 300 at bar 1's open 10.00: 0.005 * 300 = 1.50. Cash 100000 - 3000 - 1.50 = 96998.50.
        var r = placeOnBar0(Fixtures.freeVenue().withFees(IB), OrderRequest.market(AAPL.id(), Side.BUY, units("300")),
                "10 11 9 10", "10 11 9 10");
        assertThat(r.fills().getFirst().commission()).isEqualTo(usd("1.50"));
        assertThat(r.result().equity().cashRaw(1)).isEqualTo(9_699_850);
    }

    @Test
    void fixedFeeInARunWithPartialFillsIsChargedOnce() {
        // Volume cap: 50, 30, 40 shares; 2.50 on the first fill only.
        var r = placeOnBar0(TimeInForceAndVolumeCapTest.CAP_10.withFees(new FixedOrderFee(usd("2.50"))),
                TimeInForceAndVolumeCapTest.buy120(), TimeInForceAndVolumeCapTest.CAPPED);
        assertThat(r.fills()).extracting(OrderFilled::commission)
                .containsExactly(usd("2.50"), usd("0.00"), usd("0.00"));
    }
}
