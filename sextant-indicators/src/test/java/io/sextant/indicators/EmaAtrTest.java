package io.sextant.indicators;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class EmaAtrTest {

    @Test
    void emaIsSeededWithTheSimpleAverageThenSmoothsWithTwoOverNPlusOne() {
        Ema ema = new Ema(3);
        ema.update(2);
        ema.update(4);
        assertThat(ema.isReady()).isFalse();
        ema.update(6);
        assertThat(ema.value()).isEqualTo(4.0); // seed (2 + 4 + 6) / 3
        ema.update(10);
        assertThat(ema.value()).isEqualTo(7.0); // 4 + 0.5 (10 - 4), k = 2 / 4
    }

    @Test
    void atrAveragesTheFirstNTrueRangesThenUsesWilderSmoothing() {
        Atr atr = new Atr(2);
        atr.update(0, 11, 9, 10, 0); // no previous close: no true range
        atr.update(0, 12, 10, 11, 0); // TR = max(2, |12-10|, |10-10|) = 2
        assertThat(atr.isReady()).isFalse();
        atr.update(0, 11.5, 8, 9, 0); // TR = max(3.5, |11.5-11|, |8-11|) = 3.5 -> seed (2 + 3.5) / 2 = 2.75
        assertThat(atr.value()).isEqualTo(2.75);
        atr.update(0, 14, 12, 13, 0); // TR = max(2, |14-9|, |12-9|) = 5 -> (2.75 * 1 + 5) / 2 = 3.875
        assertThat(atr.value()).isCloseTo(3.875, within(1e-12));
        assertThat(atr.warmup()).isEqualTo(3);
    }
}
