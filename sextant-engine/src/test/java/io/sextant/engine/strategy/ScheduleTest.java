package io.sextant.engine.strategy;

import io.sextant.core.time.Nanos;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ScheduleTest {
    private static long ns(String instant) {
        return Nanos.ofInstant(Instant.parse(instant));
    }

    @Test
    void monthEndIsTheMidnightStartingTheNextMonthStrictlyAfterNow() {
        Schedule s = Schedule.monthEnd(ZoneOffset.UTC);
        assertThat(s.nextAfter(ns("2024-01-15T12:00:00Z"))).isEqualTo(ns("2024-02-01T00:00:00Z"));
        // At exactly a month end, the next one is a month later.
        assertThat(s.nextAfter(ns("2024-02-01T00:00:00Z"))).isEqualTo(ns("2024-03-01T00:00:00Z"));
    }

    @Test
    void monthEndCountsInTheGivenZone() {
        Schedule s = Schedule.monthEnd(ZoneId.of("America/New_York"));
        // 2024-01-31 23:00 New York is 2024-02-01 04:00 UTC; New York's month ends at 05:00 UTC.
        assertThat(s.nextAfter(ns("2024-02-01T04:00:00Z"))).isEqualTo(ns("2024-02-01T05:00:00Z"));
    }

    @Test
    void quarterYearWeekAndDailyRules() {
        assertThat(Schedule.quarterEnd(ZoneOffset.UTC).nextAfter(ns("2024-05-10T00:00:00Z")))
                .isEqualTo(ns("2024-07-01T00:00:00Z"));
        assertThat(Schedule.quarterEnd(ZoneOffset.UTC).nextAfter(ns("2024-12-31T23:00:00Z")))
                .isEqualTo(ns("2025-01-01T00:00:00Z"));
        assertThat(Schedule.yearEnd(ZoneOffset.UTC).nextAfter(ns("2024-05-10T00:00:00Z")))
                .isEqualTo(ns("2025-01-01T00:00:00Z"));
        // 2024-05-10 is a Friday: the week ends on Monday 2024-05-13 00:00.
        assertThat(Schedule.weekEnd(ZoneOffset.UTC).nextAfter(ns("2024-05-10T09:00:00Z")))
                .isEqualTo(ns("2024-05-13T00:00:00Z"));
        Schedule daily = Schedule.daily(LocalTime.of(16, 0), ZoneId.of("America/New_York"));
        assertThat(daily.nextAfter(ns("2024-05-10T19:00:00Z"))).isEqualTo(ns("2024-05-10T20:00:00Z"));
        assertThat(daily.nextAfter(ns("2024-05-10T20:00:00Z"))).isEqualTo(ns("2024-05-11T20:00:00Z"));
    }
}
