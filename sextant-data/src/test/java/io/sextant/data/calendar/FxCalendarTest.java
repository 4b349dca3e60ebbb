package io.sextant.data.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.time.Nanos;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FxCalendarTest {
    private final FxCalendar fx = FxCalendar.instance();

    @ParameterizedTest
    @CsvSource({
            "2014-05-02, true", // Friday
            "2014-05-03, false", // Saturday
            "2014-05-04, false", // Sunday: its evening belongs to Monday's session
            "2014-05-05, true", // Monday
            "2019-12-25, false", // Christmas Day, a Wednesday
            "2019-12-26, true",
            "2020-01-01, false", // New Year's Day, a Wednesday
            "2020-01-02, true",
            "2017-12-25, false", // a Monday: the week opens on Monday evening
            "2017-12-26, true"})
    void sessionsAreWeekdaysBut25DecemberAnd1January(LocalDate day, boolean session) {
        assertThat(fx.isSession(day)).isEqualTo(session);
        assertThat(fx.session(day).isPresent()).isEqualTo(session);
    }

    @Test
    void aSessionRunsFrom17HoursNewYorkTheDayBefore() {
        Session summer = fx.session(LocalDate.of(2014, 5, 5)).orElseThrow();
        assertThat(Nanos.format(summer.openNs())).isEqualTo("2014-05-04T21:00:00Z");
        assertThat(Nanos.format(summer.closeNs())).isEqualTo("2014-05-05T21:00:00Z");
        assertThat(summer.earlyClose()).isFalse();
        Session winter = fx.session(LocalDate.of(2014, 1, 6)).orElseThrow();
        assertThat(Nanos.format(winter.openNs())).isEqualTo("2014-01-05T22:00:00Z");
        assertThat(Nanos.format(winter.closeNs())).isEqualTo("2014-01-06T22:00:00Z");
    }

    @Test
    void sessionsAreAlways24HoursBecauseNewYorkChangesClocksOnSundayMorning() {
        for (LocalDate day = LocalDate.of(2014, 3, 3); day.isBefore(LocalDate.of(2014, 11, 15)); day = day.plusDays(1)) {
            fx.session(day).ifPresent(s -> assertThat(s.lengthNs()).isEqualTo(Duration.ofHours(24).toNanos()));
        }
        assertThat(Nanos.format(fx.session(LocalDate.of(2014, 3, 10)).orElseThrow().openNs()))
                .isEqualTo("2014-03-09T21:00:00Z");
        assertThat(Nanos.format(fx.session(LocalDate.of(2014, 11, 3)).orElseThrow().openNs()))
                .isEqualTo("2014-11-02T22:00:00Z");
    }

    @Test
    void tradingDateRollsAt17HoursNewYork() {
        assertThat(fx.tradingDayStart()).isEqualTo(Duration.ofHours(-7));
        assertThat(fx.tradingDate(ns("2014-05-04T21:30:00Z"))).isEqualTo(LocalDate.of(2014, 5, 5)); // Sun 17:30
        assertThat(fx.tradingDate(ns("2014-05-04T20:59:59Z"))).isEqualTo(LocalDate.of(2014, 5, 4)); // Sun 16:59
        assertThat(fx.tradingDate(ns("2014-05-09T21:30:00Z"))).isEqualTo(LocalDate.of(2014, 5, 10)); // Fri 17:30
        assertThat(fx.tradingDate(ns("2014-01-06T21:30:00Z"))).isEqualTo(LocalDate.of(2014, 1, 6)); // Mon 16:30 EST
    }

    @Test
    void nextPreviousAndCount() {
        assertThat(fx.nextSession(LocalDate.of(2014, 5, 2))).isEqualTo(LocalDate.of(2014, 5, 5));
        assertThat(fx.previousSession(LocalDate.of(2014, 5, 5))).isEqualTo(LocalDate.of(2014, 5, 2));
        assertThat(fx.nextSession(LocalDate.of(2019, 12, 24))).isEqualTo(LocalDate.of(2019, 12, 26));
        // 2019-12-23 .. 2020-01-03: ten weekdays less Christmas and New Year's Day
        assertThat(fx.sessionsBetween(LocalDate.of(2019, 12, 23), LocalDate.of(2020, 1, 3))).isEqualTo(8);
        assertThat(fx.sessionsBetween(LocalDate.of(2020, 1, 3), LocalDate.of(2019, 12, 23))).isZero();
    }

    private static long ns(String instant) {
        return Nanos.ofInstant(Instant.parse(instant));
    }
}
