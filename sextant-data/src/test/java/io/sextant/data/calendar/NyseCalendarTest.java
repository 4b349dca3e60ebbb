package io.sextant.data.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.core.time.Nanos;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Expected values come from the rules of the references ({@code exchange_calendars} XNYS, {@code
 * pandas_market_calendars} NYSE), worked out by hand per year; NyseCalendarDataTest checks the calendar against real
 * data.
 */
class NyseCalendarTest {
    private final NyseCalendar nyse = NyseCalendar.instance();

    @Test
    void closures1968IncludeThePaperworkCrisisWednesdays() {
        assertThat(nyse.closures(1968)).containsExactlyElementsOf(dates(
                "1968-01-01", "1968-02-12", "1968-02-22", "1968-04-09", "1968-04-12", "1968-05-30",
                "1968-06-12", "1968-06-19", "1968-06-26", "1968-07-04", "1968-07-05", "1968-07-10", "1968-07-17",
                "1968-07-24", "1968-07-31", "1968-08-07", "1968-08-14", "1968-08-21", "1968-08-28", "1968-09-02",
                "1968-09-11", "1968-09-18", "1968-09-25", "1968-10-02", "1968-10-09", "1968-10-16", "1968-10-23",
                "1968-10-30", "1968-11-05", "1968-11-11", "1968-11-20", "1968-11-28", "1968-12-04", "1968-12-11",
                "1968-12-18", "1968-12-25"));
    }

    @Test
    void closures1980HaveTheLastElectionDay() {
        assertThat(nyse.closures(1980)).containsExactlyElementsOf(dates(
                "1980-01-01", "1980-02-18", "1980-04-04", "1980-05-26", "1980-07-04", "1980-09-01", "1980-11-04",
                "1980-11-27", "1980-12-25"));
    }

    @Test
    void closures2001IncludeSeptember11() {
        assertThat(nyse.closures(2001)).containsExactlyElementsOf(dates(
                "2001-01-01", "2001-01-15", "2001-02-19", "2001-04-13", "2001-05-28", "2001-07-04", "2001-09-03",
                "2001-09-11", "2001-09-12", "2001-09-13", "2001-09-14", "2001-11-22", "2001-12-25"));
    }

    @Test
    void closures2012IncludeHurricaneSandy() {
        assertThat(nyse.closures(2012)).containsExactlyElementsOf(dates(
                "2012-01-02", "2012-01-16", "2012-02-20", "2012-04-06", "2012-05-28", "2012-07-04", "2012-09-03",
                "2012-10-29", "2012-10-30", "2012-11-22", "2012-12-25"));
    }

    @Test
    void closures2022HaveJuneteenthAndNoSaturdayNewYear() {
        assertThat(nyse.closures(2022)).containsExactlyElementsOf(dates(
                "2022-01-17", "2022-02-21", "2022-04-15", "2022-05-30", "2022-06-20", "2022-07-04", "2022-09-05",
                "2022-11-24", "2022-12-26"));
        assertThat(nyse.isSession(LocalDate.of(2021, 12, 31))).isTrue();
    }

    @Test
    void closures2025IncludeTheCarterDayOfMourning() {
        assertThat(nyse.closures(2025)).containsExactlyElementsOf(dates(
                "2025-01-01", "2025-01-09", "2025-01-20", "2025-02-17", "2025-04-18", "2025-05-26", "2025-06-19",
                "2025-07-04", "2025-09-01", "2025-11-27", "2025-12-25"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1963-11-25", "1969-02-10", "1969-03-31", "1969-07-21", "1972-12-28", "1973-01-25",
            "1977-07-14", "1985-09-27", "1994-04-27", "2004-06-11", "2007-01-02", "2018-12-05"})
    void oneOffClosures(LocalDate day) {
        assertThat(nyse.isSession(day)).isFalse();
        assertThat(nyse.session(day)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            // Election Day: every year until 1968, then presidential years until 1980
            "1962-11-06, false", "1965-11-02, false", "1967-11-07, false", "1968-11-05, false",
            "1969-11-04, true", "1972-11-07, false", "1973-11-06, true", "1976-11-02, false", "1980-11-04, false",
            "1984-11-06, true",
            // Washington's Birthday: Saturday observed on Friday 1964-1970, then the third Monday of February
            "1964-02-21, false", "1970-02-23, false", "1971-02-15, false", "1971-02-22, true",
            // Memorial Day: 30 May until 1970, a Saturday one moved to Friday only in 1964-1969
            "1964-05-29, false", "1970-05-29, true", "1971-05-31, false",
            // MLK Day from 1998, Juneteenth from 2022
            "1997-01-20, true", "1998-01-19, false", "2021-06-18, true", "2027-06-18, false",
            // New Year's Day on a Saturday is not observed; Christmas on a Saturday is, on Friday
            "2004-12-31, true", "2010-12-31, true", "2021-12-24, false",
            // Independence Day on a Saturday and on a Sunday
            "2015-07-03, false", "2021-07-05, false"})
    void rulesThatChangedOverTime(LocalDate day, boolean session) {
        assertThat(nyse.isSession(day)).as(day.toString()).isEqualTo(session);
    }

    @Test
    void sessionsPerYear() {
        assertThat(sessionsIn(1968)).isEqualTo(226);
        assertThat(sessionsIn(1980)).isEqualTo(253);
        assertThat(sessionsIn(2001)).isEqualTo(248);
        assertThat(sessionsIn(2012)).isEqualTo(250);
        assertThat(sessionsIn(2019)).isEqualTo(252);
        assertThat(sessionsIn(2022)).isEqualTo(251);
        assertThat(sessionsIn(2025)).isEqualTo(250);
    }

    @Test
    void matchesTheSessionCountOfTheExchangeCalendarsGoldenFile() {
        // exchange_calendars tests/resources/xnys.csv: 6,618 sessions from 1990-01-02 to 2016-04-06.
        assertThat(nyse.sessionsBetween(LocalDate.of(1990, 1, 2), LocalDate.of(2016, 4, 6))).isEqualTo(6_618);
    }

    @Test
    void earlyCloses() {
        assertThat(nyse.earlyCloses(1985)).isEmpty();
        assertThat(nyse.earlyCloses(1990)).containsExactlyElementsOf(dates("1990-12-24"));
        assertThat(nyse.earlyCloses(1992)).containsExactlyElementsOf(dates("1992-11-27", "1992-12-24"));
        assertThat(nyse.earlyCloses(1997)).containsExactlyElementsOf(
                dates("1997-07-03", "1997-11-28", "1997-12-24", "1997-12-26"));
        assertThat(nyse.earlyCloses(1999)).containsExactlyElementsOf(dates("1999-11-26", "1999-12-31"));
        assertThat(nyse.earlyCloses(2001)).containsExactlyElementsOf(dates("2001-07-03", "2001-11-23", "2001-12-24"));
        assertThat(nyse.earlyCloses(2002)).containsExactlyElementsOf(dates("2002-07-05", "2002-11-29", "2002-12-24"));
        assertThat(nyse.earlyCloses(2012)).containsExactlyElementsOf(dates("2012-07-03", "2012-11-23", "2012-12-24"));
        assertThat(nyse.earlyCloses(2013)).containsExactlyElementsOf(dates("2013-07-03", "2013-11-29", "2013-12-24"));
        assertThat(nyse.earlyCloses(2019)).containsExactlyElementsOf(dates("2019-07-03", "2019-11-29", "2019-12-24"));
        assertThat(nyse.earlyCloses(2020)).containsExactlyElementsOf(dates("2020-11-27", "2020-12-24"));
        assertThat(nyse.earlyCloses(2022)).containsExactlyElementsOf(dates("2022-11-25"));
        assertThat(nyse.earlyCloses(2025)).containsExactlyElementsOf(dates("2025-07-03", "2025-11-28", "2025-12-24"));
    }

    @Test
    void sessionHoursFollowDaylightSavingTime() {
        assertSession("2013-03-08", "2013-03-08T14:30:00Z", "2013-03-08T21:00:00Z", false);
        assertSession("2013-03-11", "2013-03-11T13:30:00Z", "2013-03-11T20:00:00Z", false);
    }

    @Test
    void earlyClosesAt13From1993And14Before() {
        assertSession("2013-07-03", "2013-07-03T13:30:00Z", "2013-07-03T17:00:00Z", true);
        assertSession("2019-12-24", "2019-12-24T14:30:00Z", "2019-12-24T18:00:00Z", true);
        assertSession("1992-11-27", "1992-11-27T14:30:00Z", "1992-11-27T19:00:00Z", true);
    }

    @Test
    void nextAndPreviousSkipClosures() {
        assertThat(nyse.nextSession(LocalDate.of(2001, 9, 10))).isEqualTo(LocalDate.of(2001, 9, 17));
        assertThat(nyse.previousSession(LocalDate.of(2001, 9, 17))).isEqualTo(LocalDate.of(2001, 9, 10));
        assertThat(nyse.nextSession(LocalDate.of(2012, 10, 26))).isEqualTo(LocalDate.of(2012, 10, 31));
        assertThat(nyse.nextSession(LocalDate.of(2024, 3, 28))).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(nyse.previousSession(LocalDate.of(2024, 1, 2))).isEqualTo(LocalDate.of(2023, 12, 29));
    }

    @Test
    void sessionsBetweenIsInclusiveAndZeroWhenReversed() {
        LocalDate monday = LocalDate.of(2024, 7, 1);
        LocalDate friday = LocalDate.of(2024, 7, 5);
        assertThat(nyse.sessionsBetween(monday, friday)).isEqualTo(4);
        assertThat(nyse.sessionsBetween(monday, monday)).isEqualTo(1);
        assertThat(nyse.sessionsBetween(friday, monday)).isZero();
    }

    @Test
    void refusesDatesOutsideItsRange() {
        assertThatThrownBy(() -> nyse.isSession(LocalDate.of(1961, 12, 29)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the nyse calendar covers 1962-01-01 to 2099-12-31: 1961-12-29 is outside it");
        assertThatThrownBy(() -> nyse.previousSession(LocalDate.of(1962, 1, 2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no session before 1962-01-02");
        assertThatThrownBy(() -> nyse.sessionsBetween(LocalDate.of(2099, 1, 1), LocalDate.of(2100, 1, 4)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nameAndZone() {
        assertThat(nyse.name()).isEqualTo("nyse");
        assertThat(nyse.zone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(nyse.tradingDate(Nanos.ofInstant(java.time.Instant.parse("2024-03-16T03:00:00Z"))))
                .isEqualTo(LocalDate.of(2024, 3, 15));
    }

    private long sessionsIn(int year) {
        return nyse.sessionsBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private void assertSession(String date, String open, String close, boolean early) {
        Session session = nyse.session(LocalDate.parse(date)).orElseThrow();
        assertThat(Nanos.format(session.openNs())).isEqualTo(open);
        assertThat(Nanos.format(session.closeNs())).isEqualTo(close);
        assertThat(session.earlyClose()).isEqualTo(early);
    }

    static List<LocalDate> dates(String... isoDates) {
        return Arrays.stream(isoDates).map(LocalDate::parse).toList();
    }
}
