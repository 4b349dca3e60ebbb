package io.sextant.core.data;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.time.Nanos;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BarTest {

    static final BarType AAPL_1D = BarType.last(InstrumentId.parse("AAPL.NASDAQ"), Timeframe.DAY_1);
    static final long OPEN = Nanos.ofInstant(Instant.parse("2024-01-15T14:30:00Z"));
    static final long CLOSE = Nanos.ofInstant(Instant.parse("2024-01-15T21:00:00Z"));

    static Bar bar(String o, String h, String l, String c) {
        return new Bar(AAPL_1D, Price.of(o), Price.of(h), Price.of(l), Price.of(c), Quantity.of(1_000), OPEN, CLOSE, CLOSE);
    }

    @Test
    void isVisibleAtItsClose() {
        Bar b = bar("100.00", "101.50", "99.25", "101.00");
        assertThat(b.tsEvent()).isEqualTo(CLOSE);
        assertThat(b.tsClose()).isEqualTo(CLOSE);
        assertThat(b.tsOpen()).isEqualTo(OPEN);
        assertThat(b.instrumentId()).isEqualTo(InstrumentId.parse("AAPL.NASDAQ"));
        assertThat((MarketData) b).isInstanceOf(MarketData.class);
    }

    @Test
    void refusesMixedPrecisions() {
        assertThatThrownBy(() -> bar("100.00", "101.5", "99.25", "101.00"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AAPL.NASDAQ-1d-LAST: open/high/low/close must share one precision, got 100.00/101.5/99.25/101.00");
        assertThatThrownBy(() -> bar("100.00", "101.50", "99.25", "101.000"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bar("100.00", "101.50", "99.2", "101.00"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAClosingTimeBeforeTheOpening() {
        assertThatThrownBy(() -> new Bar(AAPL_1D, Price.of("1"), Price.of("1"), Price.of("1"), Price.of("1"),
                Quantity.of(0), CLOSE, OPEN, CLOSE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("AAPL.NASDAQ-1d-LAST: bar closes (" + OPEN + ") before it opens (" + CLOSE + ")");
        assertThatThrownBy(() -> new Bar(AAPL_1D, Price.of("1"), Price.of("1"), Price.of("1"), Price.of("1"),
                Quantity.of(0), OPEN, OPEN - 1, OPEN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void consistencyIsAQuestionNotAnInvariant() {
        assertThat(bar("100.00", "101.50", "99.25", "101.00").isConsistent()).isTrue();
        // a flat bar is consistent
        assertThat(bar("100.00", "100.00", "100.00", "100.00").isConsistent()).isTrue();
        // high below the close, low above the open, high below the low: flagged but constructible
        assertThat(bar("100.00", "100.50", "99.25", "101.00").isConsistent()).isFalse();
        assertThat(bar("99.00", "101.50", "99.25", "101.00").isConsistent()).isFalse();
        assertThat(bar("100.00", "99.00", "101.00", "100.00").isConsistent()).isFalse();
    }

    @Test
    void refusesNulls() {
        assertThatThrownBy(() -> new Bar(null, Price.of("1"), Price.of("1"), Price.of("1"), Price.of("1"),
                Quantity.of(0), 0, 0, 0)).isInstanceOf(NullPointerException.class).hasMessage("type");
        assertThatThrownBy(() -> new Bar(AAPL_1D, Price.of("1"), Price.of("1"), Price.of("1"), Price.of("1"),
                null, 0, 0, 0)).isInstanceOf(NullPointerException.class).hasMessage("volume");
    }
}
