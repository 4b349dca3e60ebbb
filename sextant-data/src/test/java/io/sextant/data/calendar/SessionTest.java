package io.sextant.data.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class SessionTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 15);

    @Test
    void isHalfOpen() {
        Session s = new Session(DAY, 100, 200, false);
        assertThat(s.contains(99)).isFalse();
        assertThat(s.contains(100)).isTrue();
        assertThat(s.contains(199)).isTrue();
        assertThat(s.contains(200)).isFalse();
        assertThat(s.lengthNs()).isEqualTo(100);
    }

    @Test
    void mustCloseAfterItOpens() {
        assertThatThrownBy(() -> new Session(DAY, 200, 200, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2024-03-15 must close after it opens");
    }

    @Test
    void fromLocalTimes() {
        Session s = Session.of(DAY, DAY.atTime(9, 30), DAY.atTime(16, 0), ZoneId.of("America/New_York"), false);
        assertThat(s.toString()).isEqualTo("2024-03-15 [2024-03-15T13:30:00Z, 2024-03-15T20:00:00Z)");
    }
}
