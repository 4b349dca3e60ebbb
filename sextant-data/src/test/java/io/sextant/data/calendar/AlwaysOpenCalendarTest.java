package io.sextant.data.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.time.Nanos;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AlwaysOpenCalendarTest {
    private final AlwaysOpenCalendar always = AlwaysOpenCalendar.instance();

    @Test
    void everyUtcDayIsAFullSession() {
        LocalDate sunday = LocalDate.of(2022, 12, 25);
        assertThat(always.isSession(sunday)).isTrue();
        Session session = always.session(sunday).orElseThrow();
        assertThat(Nanos.format(session.openNs())).isEqualTo("2022-12-25T00:00:00Z");
        assertThat(Nanos.format(session.closeNs())).isEqualTo("2022-12-26T00:00:00Z");
        assertThat(session.earlyClose()).isFalse();
        assertThat(always.zone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void countsAndSteps() {
        LocalDate first = LocalDate.of(2024, 1, 1);
        assertThat(always.sessionsBetween(first, LocalDate.of(2024, 12, 31))).isEqualTo(366);
        assertThat(always.sessionsBetween(first, first)).isEqualTo(1);
        assertThat(always.sessionsBetween(first, first.minusDays(1))).isZero();
        assertThat(always.nextSession(first)).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(always.previousSession(first)).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(always.tradingDate(Nanos.ofInstant(Instant.parse("2024-01-01T23:59:59Z")))).isEqualTo(first);
    }
}
