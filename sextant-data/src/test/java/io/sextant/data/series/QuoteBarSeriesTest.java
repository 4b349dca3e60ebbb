package io.sextant.data.series;

import static io.sextant.data.series.ColumnNames.*;
import static io.sextant.data.series.SeriesDataTest.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteBarSeriesTest {

    /** Two quote bars; bid o/h/l/c then ask o/h/l/c, all at {@code scale}. */
    private static SeriesData quoteBars(int scale, long[] bid0, long[] ask0, long[] bid1, long[] ask1, boolean sizes) {
        List<Column> cols = new ArrayList<>();
        cols.add(col(TS_OPEN, 0, 0, 60));
        cols.add(col(TS_CLOSE, 0, 60, 120));
        String[] bidNames = {BID_OPEN, BID_HIGH, BID_LOW, BID_CLOSE};
        String[] askNames = {ASK_OPEN, ASK_HIGH, ASK_LOW, ASK_CLOSE};
        for (int k = 0; k < 4; k++) {
            cols.add(col(bidNames[k], scale, bid0[k], bid1[k]));
        }
        for (int k = 0; k < 4; k++) {
            cols.add(col(askNames[k], scale, ask0[k], ask1[k]));
        }
        if (sizes) {
            cols.add(col(BID_SIZE, 1, 15, 25));
            cols.add(col(ASK_SIZE, 1, 30, 40)); // sizes share one scale, as prices do: 3.0 and 4.0
        }
        return new SeriesData(SeriesKind.QUOTE_BARS, cols);
    }

    private static final SeriesData SAMPLE = quoteBars(2,
            new long[]{125, 130, 120, 128}, new long[]{126, 131, 121, 129},
            new long[]{128, 128, 110, 115}, new long[]{131, 133, 112, 118}, true);

    @Test
    void onlyForQuoteBars() {
        assertThatThrownBy(() -> QuoteBarSeries.of(SeriesDataTest.trades(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quote-bars");
        assertThat(QuoteBarSeries.of(SAMPLE).size()).isEqualTo(2);
        assertThat(QuoteBarSeries.of(SAMPLE).data()).isSameAs(SAMPLE);
    }

    @Test
    void eachSideIsABarSeriesSharingTheArrays() {
        QuoteBarSeries q = QuoteBarSeries.of(SAMPLE);
        BarSeries bid = q.side(true);
        assertThat(bid.open()).containsExactly(125, 128);
        assertThat(bid.high()).containsExactly(130, 128);
        assertThat(bid.low()).containsExactly(120, 110);
        assertThat(bid.close()).containsExactly(128, 115);
        assertThat(bid.priceScale()).isEqualTo(2);
        assertThat(bid.volume()).containsExactly(15, 25);
        assertThat(bid.volumeScale()).isEqualTo(1);
        assertThat(bid.close()).isSameAs(SAMPLE.longs(BID_CLOSE).values());
        BarSeries ask = q.side(false);
        assertThat(ask.open()).containsExactly(126, 131);
        assertThat(ask.close()).containsExactly(129, 118);
        assertThat(ask.volume()).containsExactly(30, 40);
        assertThat(ask.volumeScale()).isEqualTo(1);
        assertThat(ask.tsOpen()).containsExactly(0, 60);
        assertThat(ask.tsClose()).containsExactly(60, 120);
    }

    @Test
    void withoutSizesTheSidesHaveNoVolume() {
        SeriesData d = quoteBars(0, new long[]{1, 1, 1, 1}, new long[]{2, 2, 2, 2}, new long[]{1, 1, 1, 1},
                new long[]{2, 2, 2, 2}, false);
        assertThat(QuoteBarSeries.of(d).side(true).hasVolume()).isFalse();
    }

    @Test
    void midIsExactAtOneMoreDecimal() {
        BarSeries mid = QuoteBarSeries.of(SAMPLE).mid();
        // (1.25 + 1.26) / 2 = 1.255: (125 + 126) * 5 = 1255 at 3 decimals.
        assertThat(mid.priceScale()).isEqualTo(3);
        assertThat(mid.open()).containsExactly(1255, 1295);   // (128 + 131) * 5
        assertThat(mid.high()).containsExactly(1305, 1305);   // (130 + 131) * 5, (128 + 133) * 5
        assertThat(mid.low()).containsExactly(1205, 1110);    // (120 + 121) * 5, (110 + 112) * 5
        assertThat(mid.close()).containsExactly(1285, 1165);  // (128 + 129) * 5, (115 + 118) * 5
        assertThat(mid.hasVolume()).isFalse();
        assertThat(mid.tsOpen()).containsExactly(0, 60);
    }

    @Test
    void atNineDecimalsTheMidIsHalvedHalfEven() {
        SeriesData d = quoteBars(9, new long[]{1, 1, 1, 1}, new long[]{2, 4, 1, 6}, new long[]{3, 3, 3, 3},
                new long[]{4, 4, 4, 4}, false);
        BarSeries mid = QuoteBarSeries.of(d).mid();
        assertThat(mid.priceScale()).isEqualTo(9);
        // Raw sums halved half-even: 1.5 -> 2, 2.5 -> 2, 3.5 -> 4.
        assertThat(mid.open()).containsExactly(2, 4);   // (1+2)/2 = 1.5 -> 2, (3+4)/2 = 3.5 -> 4
        assertThat(mid.high()).containsExactly(2, 4);   // (1+4)/2 = 2.5 -> 2
        assertThat(mid.low()).containsExactly(1, 4);
        assertThat(mid.close()).containsExactly(4, 4);  // (1+6)/2 = 3.5 -> 4
    }

    @Test
    void aMidThatDoesNotFitThrows() {
        long big = 5_000_000_000_000_000_000L;
        SeriesData d = quoteBars(0, new long[]{big, big, big, big}, new long[]{big, big, big, big},
                new long[]{1, 1, 1, 1}, new long[]{1, 1, 1, 1}, false);
        assertThatThrownBy(() -> QuoteBarSeries.of(d).mid()).isInstanceOf(ArithmeticException.class);
        long near = 1_000_000_000_000_000_000L; // the sum fits, times 5 does not
        SeriesData e = quoteBars(0, new long[]{near, near, near, near}, new long[]{near, near, near, near},
                new long[]{1, 1, 1, 1}, new long[]{1, 1, 1, 1}, false);
        assertThatThrownBy(() -> QuoteBarSeries.of(e).mid()).isInstanceOf(ArithmeticException.class);
    }
}
