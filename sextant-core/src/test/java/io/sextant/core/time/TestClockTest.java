package io.sextant.core.time;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TestClockTest {

    @Test
    void movesOnlyWhenTold() {
        TestClock clock = new TestClock();
        assertThat(clock.timestampNs()).isZero();
        clock.advanceTo(1_500_000_000L);
        assertThat(clock.timestampNs()).isEqualTo(1_500_000_000L);
        assertThat(clock.timestampMs()).isEqualTo(1_500L);
        assertThat(clock.instant()).isEqualTo(Instant.ofEpochSecond(1, 500_000_000));
        clock.advanceBy(500_000_000L);
        assertThat(clock.timestampNs()).isEqualTo(2_000_000_000L);
        // standing still is allowed: many events share a timestamp
        clock.advanceTo(2_000_000_000L);
        clock.advanceBy(0);
        assertThat(clock.timestampNs()).isEqualTo(2_000_000_000L);
    }

    @Test
    void refusesToGoBackwardsAndSaysWhere() {
        TestClock clock = new TestClock(Nanos.ofInstant(Instant.parse("2024-01-15T14:30:00Z")));
        long earlier = Nanos.ofInstant(Instant.parse("2024-01-15T14:29:59.999999999Z"));
        assertThatThrownBy(() -> clock.advanceTo(earlier)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time cannot go backwards: clock is at 2024-01-15T14:30:00Z (1705329000000000000),"
                        + " asked for 2024-01-15T14:29:59.999999999Z (1705328999999999999)");
        assertThat(clock.timestampNs()).isEqualTo(1_705_329_000_000_000_000L);
        assertThatThrownBy(() -> clock.advanceBy(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot advance by a negative duration: -1 ns");
        assertThatThrownBy(() -> new TestClock(Long.MAX_VALUE).advanceBy(1)).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void msAreFlooredBeforeTheEpoch() {
        // -1 ns is 1969-12-31T23:59:59.999999999Z: millisecond -1, not 0
        TestClock clock = new TestClock(-1);
        assertThat(clock.timestampMs()).isEqualTo(-1);
        assertThat(clock.instant()).isEqualTo(Instant.parse("1969-12-31T23:59:59.999999999Z"));
    }
}
