package io.sextant.core.data;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuoteTickTest {

    static final InstrumentId EURUSD = InstrumentId.parse("EUR/USD.FXCM");

    static QuoteTick quote(String bid, String ask) {
        return new QuoteTick(EURUSD, Price.of(bid), Price.of(ask), Quantity.of(1_000_000), Quantity.zero(0), 10, 12);
    }

    @Test
    void spreadIsAskMinusBid() {
        // 1.08765 - 1.08752 = 0.00013
        QuoteTick q = quote("1.08752", "1.08765");
        assertThat(q.spread()).isEqualTo(Price.of("0.00013"));
        assertThat(q.isCrossed()).isFalse();
        assertThat(q.tsEvent()).isEqualTo(10);
        assertThat(q.tsInit()).isEqualTo(12);
        assertThat(q.instrumentId()).isEqualTo(EURUSD);
    }

    @Test
    void crossedAndLockedQuotesAreAllowed() {
        QuoteTick crossed = quote("1.08770", "1.08765");
        assertThat(crossed.isCrossed()).isTrue();
        assertThat(crossed.spread()).isEqualTo(Price.of("-0.00005"));
        QuoteTick locked = quote("1.08765", "1.08765");
        assertThat(locked.isCrossed()).isFalse();
        assertThat(locked.spread().signum()).isZero();
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> new QuoteTick(EURUSD, null, Price.of("1"), Quantity.of(1), Quantity.of(1), 0, 0))
                .isInstanceOf(NullPointerException.class).hasMessage("bid");
    }
}
