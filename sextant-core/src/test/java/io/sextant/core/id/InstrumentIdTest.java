package io.sextant.core.id;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstrumentIdTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "AAPL.NASDAQ, AAPL, NASDAQ",
            "BRK.B.NYSE, BRK.B, NYSE",
            "BTCUSDT-PERP.BINANCE, BTCUSDT-PERP, BINANCE",
            "EUR/USD.FXCM, EUR/USD, FXCM",
            "A.B.C.D, A.B.C, D",
    })
    void splitsAtTheLastDot(String text, String symbol, String venue) {
        InstrumentId id = InstrumentId.parse(text);
        assertThat(id.symbol()).isEqualTo(Symbol.of(symbol));
        assertThat(id.venue()).isEqualTo(Venue.of(venue));
        assertThat(id).hasToString(text);
        assertThat(InstrumentId.parse(id.toString())).isEqualTo(id);
        assertThat(id).isEqualTo(InstrumentId.of(symbol, venue));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"AAPL", ".NASDAQ", "AAPL.", "", "."})
    void refusesTextWithoutBothParts(String text) {
        assertThatThrownBy(() -> InstrumentId.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("instrument id '" + text + "' must look like SYMBOL.VENUE, e.g. AAPL.NASDAQ");
    }

    @Test
    void partsFollowTheIdRule() {
        assertThatThrownBy(() -> InstrumentId.parse("AA PL.NASDAQ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Symbol 'AA PL' contains a space or control character at 2");
        assertThatThrownBy(() -> InstrumentId.parse("AAPL. NASDAQ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Venue ' NASDAQ' contains a space or control character at 0");
        assertThatThrownBy(() -> InstrumentId.parse("AAPL..")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aVenueMustNotContainADotSoParseRoundTrips() {
        assertThatThrownBy(() -> InstrumentId.of("AAPL", "US.NASDAQ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("venue 'US.NASDAQ' must not contain a dot");
        assertThatThrownBy(() -> new InstrumentId(null, Venue.of("X"))).isInstanceOf(NullPointerException.class);
    }

    @Test
    void ordersBySymbolThenVenue() {
        List<InstrumentId> ids = new ArrayList<>(List.of(
                InstrumentId.parse("MSFT.NASDAQ"), InstrumentId.parse("AAPL.XETRA"), InstrumentId.parse("AAPL.NASDAQ")));
        ids.sort(null);
        assertThat(ids).extracting(InstrumentId::toString).containsExactly("AAPL.NASDAQ", "AAPL.XETRA", "MSFT.NASDAQ");
    }
}
