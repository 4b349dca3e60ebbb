package io.sextant.indicators;

import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SmaTest {

    @Test
    void averagesTheLastNValuesAfterWarmUp() {
        Sma sma = new Sma(3);
        sma.update(1);
        sma.update(2);
        assertThat(sma.isReady()).isFalse();
        assertThat(sma.value()).isNaN();
        sma.update(6);
        assertThat(sma.isReady()).isTrue();
        assertThat(sma.value()).isEqualTo(3.0); // (1 + 2 + 6) / 3
        sma.update(10);
        assertThat(sma.value()).isEqualTo(6.0); // (2 + 6 + 10) / 3
    }

    @Test
    void aMillionUpdatesStayWithinRoundingOfTheExactWindowSum() {
        Sma sma = new Sma(30);
        SplittableRandom random = new SplittableRandom(7);
        double[] values = new double[1_000_000];
        double price = 100;
        for (int i = 0; i < values.length; i++) {
            price *= 1 + (random.nextDouble() - 0.5) * 0.02;
            values[i] = price;
            sma.update(price);
        }
        double exact = 0;
        for (int i = values.length - 30; i < values.length; i++) {
            exact += values[i];
        }
        assertThat(sma.value()).isCloseTo(exact / 30, within(1e-9 * exact / 30));
    }
}
