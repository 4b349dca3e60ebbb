package io.sextant.core.money;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CurrencyTest {

    @ParameterizedTest(name = "{0} has {1} decimals")
    @CsvSource({
            "USD, 2, FIAT",
            "EUR, 2, FIAT",
            "JPY, 0, FIAT",
            "BHD, 3, FIAT",
            "KWD, 3, FIAT",
            "CHF, 2, FIAT",
            "BTC, 8, CRYPTO",
            "ETH, 8, CRYPTO",
            "USDT, 8, CRYPTO",
            "XRP, 6, CRYPTO",
    })
    void knowsTheDecimalsOfCommonCurrencies(String code, int precision, CurrencyType type) {
        Currency c = Currency.of(code);
        assertThat(c.code()).isEqualTo(code);
        assertThat(c.precision()).isEqualTo(precision);
        assertThat(c.type()).isEqualTo(type);
        assertThat(c).hasToString(code);
        assertThat(Currency.isKnown(code)).isTrue();
    }

    @Test
    void constantsAreTheRegisteredInstances() {
        assertThat(Currency.of("USD")).isSameAs(Currency.USD);
        assertThat(Currency.of("BTC")).isSameAs(Currency.BTC);
        assertThat(Currency.USD.precision()).isEqualTo(2);
        assertThat(Currency.JPY.precision()).isZero();
        assertThat(Currency.BTC.precision()).isEqualTo(8);
        // ISO currencies not among the constants are found on demand, and then registered
        assertThat(Currency.of("BHD")).isSameAs(Currency.of("BHD"));
    }

    @Test
    void unknownCodesAreRefusedWithAHint() {
        assertThatThrownBy(() -> Currency.of("ZZZ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown currency 'ZZZ': register a crypto asset with Currency.crypto(code, precision)");
        assertThatThrownBy(() -> Currency.of("usd")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown currency 'usd'");
        assertThat(Currency.isKnown("ZZZ")).isFalse();
        assertThat(Currency.isKnown("usd")).isFalse();
        assertThatThrownBy(() -> Currency.fiat("BTC")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'BTC' is not an ISO 4217 currency code");
    }

    @Test
    void cryptoAssetsAreRegisteredWithTheirPrecision() {
        Currency coin = Currency.crypto("TESTCOIN1", 4);
        assertThat(Currency.of("TESTCOIN1")).isSameAs(coin);
        assertThat(Currency.crypto("TESTCOIN1", 4)).isSameAs(coin);
        assertThat(Currency.isKnown("TESTCOIN1")).isTrue();
    }

    @Test
    void reRegisteringWithADifferentPrecisionIsRefusedAndSaysWhatDiffers() {
        assertThatThrownBy(() -> Currency.crypto("BTC", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency BTC is already registered with 8 decimals (CRYPTO), not 2 (CRYPTO)");
        assertThatThrownBy(() -> Currency.crypto("USD", 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency USD is already registered with 2 decimals (FIAT), not 2 (CRYPTO)");
        assertThat(Currency.of("BTC").precision()).isEqualTo(8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "U", "U$D", "ABCDEFGHIJKLM", "", "US D"})
    void codesAreTwoToTwelveUpperCaseLettersOrDigits(String code) {
        assertThatThrownBy(() -> new Currency(code, 2, CurrencyType.CRYPTO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("currency code must be 2-12 upper-case letters or digits, was '" + code + "'");
    }

    @Test
    void precisionIsZeroToNine() {
        assertThatThrownBy(() -> Currency.crypto("TESTCOIN2", 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("precision 10 is outside 0..9 decimals");
        assertThatThrownBy(() -> Currency.crypto("TESTCOIN3", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Currency.crypto("1000SHIB", 0).precision()).isZero();
    }
}
