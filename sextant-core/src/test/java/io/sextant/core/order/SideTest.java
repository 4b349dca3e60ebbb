package io.sextant.core.order;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SideTest {

    @Test
    void signAndOpposite() {
        assertThat(Side.BUY.sign()).isEqualTo(1);
        assertThat(Side.SELL.sign()).isEqualTo(-1);
        assertThat(Side.BUY.opposite()).isEqualTo(Side.SELL);
        assertThat(Side.SELL.opposite()).isEqualTo(Side.BUY);
    }
}
