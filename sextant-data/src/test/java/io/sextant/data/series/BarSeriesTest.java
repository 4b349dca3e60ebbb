package io.sextant.data.series;

import static io.sextant.data.series.ColumnNames.*;
import static io.sextant.data.series.SeriesDataTest.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.core.data.Bar;
import io.sextant.core.data.BarType;
import io.sextant.core.data.Timeframe;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import java.util.List;
import org.junit.jupiter.api.Test;

class BarSeriesTest {

    private static final BarType TYPE = BarType.last(InstrumentId.of("AAPL", "NASDAQ"), Timeframe.DAY_1);

    private static SeriesData bars(boolean volume) {
        List<Column> cols = new java.util.ArrayList<>(List.of(col(TS_OPEN, 0, 100, 200), col(TS_CLOSE, 0, 200, 300),
                col(OPEN, 2, 1050, 1100), col(HIGH, 2, 1120, 1150), col(LOW, 2, 1000, 1090), col(CLOSE, 2, 1100, 1125)));
        if (volume) {
            cols.add(col(VOLUME, 3, 1_500, 0));
        }
        return new SeriesData(SeriesKind.BARS, cols);
    }

    @Test
    void onlyForBars() {
        assertThatThrownBy(() -> BarSeries.of(SeriesDataTest.trades(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bars");
    }

    @Test
    void exposesTheColumnsAsArrays() {
        SeriesData d = bars(true);
        BarSeries b = BarSeries.of(d);
        assertThat(b.data()).isSameAs(d);
        assertThat(b.size()).isEqualTo(2);
        assertThat(b.tsOpen()).containsExactly(100, 200);
        assertThat(b.tsClose()).containsExactly(200, 300);
        assertThat(b.open()).containsExactly(1050, 1100);
        assertThat(b.high()).containsExactly(1120, 1150);
        assertThat(b.low()).containsExactly(1000, 1090);
        assertThat(b.close()).isSameAs(d.longs(CLOSE).values());
        assertThat(b.priceScale()).isEqualTo(2);
        assertThat(b.hasVolume()).isTrue();
        assertThat(b.volume()).containsExactly(1_500, 0);
        assertThat(b.volumeScale()).isEqualTo(3);
        assertThat(b.closeAsDouble()).containsExactly(11.0, 11.25);
    }

    @Test
    void withoutVolume() {
        BarSeries b = BarSeries.of(bars(false));
        assertThat(b.hasVolume()).isFalse();
        assertThat(b.volume()).isNull();
        assertThat(b.volumeScale()).isZero();
        assertThat(b.bar(0, TYPE).volume()).isEqualTo(Quantity.zero(0));
    }

    @Test
    void oneBarAsACoreBarVisibleAtItsClose() {
        Bar bar = BarSeries.of(bars(true)).bar(1, TYPE);
        assertThat(bar.type()).isEqualTo(TYPE);
        assertThat(bar.open()).isEqualTo(new Price(1100, 2));
        assertThat(bar.high()).isEqualTo(new Price(1150, 2));
        assertThat(bar.low()).isEqualTo(new Price(1090, 2));
        assertThat(bar.close()).isEqualTo(new Price(1125, 2));
        assertThat(bar.volume()).isEqualTo(new Quantity(0, 3));
        assertThat(bar.tsOpen()).isEqualTo(200);
        assertThat(bar.tsEvent()).isEqualTo(300);
        assertThat(bar.tsInit()).isEqualTo(300);
    }
}
