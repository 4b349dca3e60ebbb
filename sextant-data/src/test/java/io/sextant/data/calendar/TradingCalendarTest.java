package io.sextant.data.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TradingCalendarTest {

    @Test
    void findsCalendarsByNameIgnoringCase() {
        assertThat(TradingCalendar.named("nyse")).isSameAs(NyseCalendar.instance());
        assertThat(TradingCalendar.named("NYSE")).isSameAs(NyseCalendar.instance());
        assertThat(TradingCalendar.named(" Fx ")).isSameAs(FxCalendar.instance());
        assertThat(TradingCalendar.named("24X7")).isSameAs(AlwaysOpenCalendar.instance());
        assertThat(TradingCalendar.named("none").name()).isEqualTo("none");
        for (String name : TradingCalendar.NAMES) {
            assertThat(TradingCalendar.named(name).name()).isEqualTo(name);
        }
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> TradingCalendar.named("lse"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown trading calendar 'lse': known calendars are nyse, fx, 24x7, none");
        assertThatThrownBy(() -> TradingCalendar.named(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known calendars are nyse, fx, 24x7, none");
    }

    @Test
    void noneHasNoSessions() {
        TradingCalendar none = TradingCalendar.named("none");
        LocalDate day = LocalDate.of(2024, 5, 6);
        assertThat(none.isSession(day)).isFalse();
        assertThat(none.session(day)).isEmpty();
        assertThat(none.sessionsBetween(day, day.plusYears(10))).isZero();
        assertThatThrownBy(() -> none.nextSession(day)).isInstanceOf(NoSuchElementException.class);
        assertThatThrownBy(() -> none.previousSession(day)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void defaultSearchesGiveUpAfterTenYears() {
        TradingCalendar closedUntil2030 = OpenFromCalendar.of(LocalDate.of(2030, 1, 1));
        assertThat(closedUntil2030.nextSession(LocalDate.of(2025, 1, 1))).isEqualTo(LocalDate.of(2030, 1, 1));
        assertThatThrownBy(() -> closedUntil2030.nextSession(LocalDate.of(2010, 1, 1)))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("no session within 3660 days after 2010-01-01");
        assertThat(closedUntil2030.sessionsBetween(LocalDate.of(2029, 12, 30), LocalDate.of(2030, 1, 2))).isEqualTo(2);
    }

    /** A calendar that uses the interface's default searches: every day from a start date is a session. */
    private record OpenFromCalendar(LocalDate start) implements TradingCalendar {
        static TradingCalendar of(LocalDate start) {
            return new OpenFromCalendar(start);
        }

        @Override
        public String name() {
            return "test";
        }

        @Override
        public ZoneId zone() {
            return ZoneOffset.UTC;
        }

        @Override
        public boolean isSession(LocalDate date) {
            return !date.isBefore(start);
        }

        @Override
        public Optional<Session> session(LocalDate date) {
            return Optional.empty();
        }
    }
}
