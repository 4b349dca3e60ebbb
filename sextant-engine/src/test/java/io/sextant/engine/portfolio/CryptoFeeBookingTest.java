package io.sextant.engine.portfolio;

import io.sextant.core.instrument.CryptoSpot;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.order.Side;
import io.sextant.core.position.Position;
import io.sextant.engine.testing.Fixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CryptoFeeBookingTest {
    private final CryptoSpot btc = Fixtures.crypto("BTCUSDT", Currency.BTC, Currency.USDT, "0.01", "0.00001");

    private Portfolio portfolio() {
        Portfolio p = new Portfolio(AccountConfig.cash(Money.of("1000", Currency.USDT)));
        p.addInstrument(btc);
        return p;
    }

    @Test
    void aFeeInTheQuoteCurrencyIsDebitedFromQuoteCashAndKeptInThePositionFees() {
        Portfolio p = portfolio();
        // Buy 0.04 at 20000: value 800.00, fee 0.1 % = 0.80 USDT. Cash 1000 - 800 - 0.80 = 199.20.
        p.applyFill(Fixtures.fill(btc, Side.BUY, "0.04", "20000", Money.of("0.80", Currency.USDT), Fixtures.day(0)), 0);
        assertThat(p.balance(Currency.USDT)).isEqualTo(Money.of("199.20", Currency.USDT));
        assertThat(p.position(btc.id()).quantity().toBigDecimal()).isEqualByComparingTo("0.04");
        // Sell 0.04 at 21000: value 840.00, fee 0.84. Cash 199.20 + 840 - 0.84 = 1038.36; realized 840 - 800 = 40.
        p.applyFill(Fixtures.fill(btc, Side.SELL, "0.04", "21000", Money.of("0.84", Currency.USDT), Fixtures.day(1)), 0);
        Position pos = p.position(btc.id());
        assertThat(p.balance(Currency.USDT)).isEqualTo(Money.of("1038.36", Currency.USDT));
        assertThat(pos.realizedPnl()).isEqualTo(Money.of("40", Currency.USDT));
        assertThat(pos.fees()).isEqualTo(Money.of("1.64", Currency.USDT));
        assertThat(p.balance(Currency.BTC).isZero()).isTrue();
    }

    @Test
    void aFeeInTheBaseAssetReducesTheQuantityReceivedAndRaisesTheAveragePrice() {
        Portfolio p = portfolio();
        // Buy 0.04 BTC at 20000 with a 0.1 % fee in BTC: 0.00004 BTC (on the lot grid). Received 0.03996 BTC,
        // paid the whole 800.00 USDT: cash 200.00; average 800 / 0.03996 = 20020.02002...
        p.applyFill(Fixtures.fill(btc, Side.BUY, "0.04", "20000", Money.of("0.00004", Currency.BTC), Fixtures.day(0)), 0);
        Position pos = p.position(btc.id());
        assertThat(pos.quantity().toBigDecimal()).isEqualByComparingTo("0.03996");
        assertThat(pos.costRaw()).isEqualTo(800_00000000L);
        assertThat(pos.averagePrice()).isEqualByComparingTo("20020.02002002002");
        assertThat(pos.otherCurrencyFeesRaw()).isEqualTo(4000);
        assertThat(p.balance(Currency.USDT)).isEqualTo(Money.of("200", Currency.USDT));
        assertThat(p.balance(Currency.BTC).isZero()).isTrue();
        // Equity at 20000: 200 + 0.03996 x 20000 = 200 + 799.20 = 999.20 (the fee's value, 0.80, is gone).
        assertThat(p.equity()).isEqualTo(Money.of("999.20", Currency.USDT));
        // Sell everything at 20000: proceeds 799.20 against cost 800 -> realized -0.80, exactly the fee.
        p.applyFill(Fixtures.fill(btc, Side.SELL, "0.03996", "20000", Money.zero(Currency.USDT), Fixtures.day(1)), 0);
        assertThat(pos.realizedPnl()).isEqualTo(Money.of("-0.80", Currency.USDT));
        assertThat(p.balance(Currency.USDT)).isEqualTo(Money.of("999.20", Currency.USDT));
    }

    @Test
    void aBaseFeeFinerThanTheLotLeavesItsSubLotRestOnTheBaseAssetBalance() {
        Portfolio p = portfolio();
        // Buy 0.01234 at 20000 (246.80 USDT), fee 0.1 % = 0.00001234 BTC. On the 0.00001 grid 0.00001 comes out of
        // the quantity (received 0.01233); the rest, 0.00000234 BTC, is debited from the BTC balance.
        p.applyFill(Fixtures.fill(btc, Side.BUY, "0.01234", "20000", Money.of("0.00001234", Currency.BTC),
                Fixtures.day(0)), 0);
        assertThat(p.position(btc.id()).quantity().toBigDecimal()).isEqualByComparingTo("0.01233");
        assertThat(p.balance(Currency.BTC)).isEqualTo(Money.of("-0.00000234", Currency.BTC));
        // Equity (BTC/USDT 20000 from the fill): 753.20 + 0.01233 x 20000 - 0.00000234 x 20000
        //   = 753.20 + 246.60 - 0.0468 = 999.7532 = 1000 - the fee's value (0.00001234 x 20000 = 0.2468).
        assertThat(p.equity()).isEqualTo(Money.of("999.7532", Currency.USDT));
    }
}
