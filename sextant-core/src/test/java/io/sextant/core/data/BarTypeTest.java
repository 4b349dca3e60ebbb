package io.sextant.core.data;

import io.sextant.core.id.InstrumentId;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BarTypeTest {

    @Test
    void writesInstrumentTimeframeAndPriceType() {
        assertThat(BarType.last(InstrumentId.parse("AAPL.NASDAQ"), Timeframe.DAY_1)).hasToString("AAPL.NASDAQ-1d-LAST");
        assertThat(new BarType(InstrumentId.parse("EUR/USD.FXCM"), Timeframe.parse("5m"), PriceType.MID))
                .hasToString("EUR/USD.FXCM-5m-MID");
        assertThat(new BarType(InstrumentId.parse("BTCUSDT.BINANCE"), Timeframe.MONTH_1, PriceType.BID))
                .hasToString("BTCUSDT.BINANCE-1M-BID");
        assertThat(BarType.last(InstrumentId.parse("AAPL.NASDAQ"), Timeframe.DAY_1))
                .isEqualTo(new BarType(InstrumentId.parse("AAPL.NASDAQ"), Timeframe.parse("P1D"), PriceType.LAST));
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> new BarType(null, Timeframe.DAY_1, PriceType.LAST))
                .isInstanceOf(NullPointerException.class).hasMessage("instrumentId");
        assertThatThrownBy(() -> new BarType(InstrumentId.parse("A.B"), Timeframe.DAY_1, null))
                .isInstanceOf(NullPointerException.class).hasMessage("priceType");
    }
}
