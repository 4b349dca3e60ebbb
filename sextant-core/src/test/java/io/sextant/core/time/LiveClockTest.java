package io.sextant.core.time;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LiveClockTest {

    /** A java.time.Clock the test sets, standing in for a system clock that NTP can step. */
    static final class SteppableClock extends java.time.Clock {
        Instant now;

        SteppableClock(Instant start) {
            now = start;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void readsItsSourceToTheNanosecond() {
        SteppableClock source = new SteppableClock(Instant.parse("2024-01-15T14:30:00.123456789Z"));
        LiveClock clock = new LiveClock(source);
        assertThat(clock.timestampNs()).isEqualTo(1_705_329_000_123_456_789L);
        source.now = source.now.plus(Duration.ofMillis(5));
        assertThat(clock.timestampNs()).isEqualTo(1_705_329_000_128_456_789L);
    }

    @Test
    void neverGoesBackwardsWhenTheSourceStepsBack() {
        SteppableClock source = new SteppableClock(Instant.parse("2024-01-15T14:30:00Z"));
        LiveClock clock = new LiveClock(source);
        long first = clock.timestampNs();
        // NTP steps the system clock back two seconds: the live clock holds at the last time it returned
        source.now = source.now.minusSeconds(2);
        assertThat(clock.timestampNs()).isEqualTo(first);
        source.now = source.now.plusSeconds(1);
        assertThat(clock.timestampNs()).isEqualTo(first);
        // once the source passes the old time again, the clock follows it
        source.now = source.now.plusSeconds(1).plusNanos(1);
        assertThat(clock.timestampNs()).isEqualTo(first + 1);
    }

    @Test
    void theSystemClockIsMonotonicAndNearTheWallClock() {
        LiveClock clock = new LiveClock();
        long previous = clock.timestampNs();
        for (int i = 0; i < 10_000; i++) {
            long now = clock.timestampNs();
            assertThat(now).isGreaterThanOrEqualTo(previous);
            previous = now;
        }
        assertThat(Math.abs(previous - Nanos.ofInstant(Instant.now()))).isLessThan(60 * Nanos.PER_SECOND);
    }
}
