package io.sextant.core.money;

import org.junit.jupiter.api.Test;

import java.math.RoundingMode;

import static org.assertj.core.api.Assertions.assertThat;

class RoundingTest {

    @Test
    void mapsToTheMatchingBigDecimalMode() {
        assertThat(Rounding.HALF_EVEN.mode()).isEqualTo(RoundingMode.HALF_EVEN);
        assertThat(Rounding.HALF_UP.mode()).isEqualTo(RoundingMode.HALF_UP);
        assertThat(Rounding.HALF_DOWN.mode()).isEqualTo(RoundingMode.HALF_DOWN);
        assertThat(Rounding.FLOOR.mode()).isEqualTo(RoundingMode.FLOOR);
        assertThat(Rounding.CEILING.mode()).isEqualTo(RoundingMode.CEILING);
        assertThat(Rounding.DOWN.mode()).isEqualTo(RoundingMode.DOWN);
        assertThat(Rounding.UP.mode()).isEqualTo(RoundingMode.UP);
        assertThat(Rounding.EXACT.mode()).isEqualTo(RoundingMode.UNNECESSARY);
        assertThat(Rounding.values()).hasSize(8);
    }
}
