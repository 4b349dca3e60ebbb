package io.sextant.core.data;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.id.TradeId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TradeTickTest {

    @Test
    void holdsOnePrint() {
        TradeTick t = new TradeTick(InstrumentId.parse("BTCUSDT.BINANCE"), Price.of("50000.01"), Quantity.of("0.015"),
                AggressorSide.BUYER, TradeId.of("123456789"), 1_000, 1_005);
        assertThat(t.price()).isEqualTo(Price.of("50000.01"));
        assertThat(t.size()).isEqualTo(Quantity.of("0.015"));
        assertThat(t.aggressor()).isEqualTo(AggressorSide.BUYER);
        assertThat(t.tsEvent()).isEqualTo(1_000);
        assertThat(t.tsInit()).isEqualTo(1_005);
        assertThat(t.instrumentId()).hasToString("BTCUSDT.BINANCE");
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> new TradeTick(InstrumentId.parse("A.B"), Price.of("1"), Quantity.of(1),
                null, TradeId.of("1"), 0, 0)).isInstanceOf(NullPointerException.class).hasMessage("aggressor");
        assertThatThrownBy(() -> new TradeTick(InstrumentId.parse("A.B"), Price.of("1"), Quantity.of(1),
                AggressorSide.UNKNOWN, null, 0, 0)).isInstanceOf(NullPointerException.class).hasMessage("tradeId");
    }
}
