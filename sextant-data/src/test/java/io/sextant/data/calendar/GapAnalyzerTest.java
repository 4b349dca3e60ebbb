package io.sextant.data.calendar;

import static io.sextant.data.calendar.NyseCalendarTest.dates;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.core.data.Timeframe;
import io.sextant.core.data.TimeframeUnit;
import io.sextant.core.time.Nanos;
import io.sextant.data.calendar.GapReport.IntradayHole;
import io.sextant.data.calendar.GapReport.MissingRun;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Hand-worked series: each expected number is counted in the comment beside it. */
class GapAnalyzerTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneOffset UTC_MINUS_5 = ZoneOffset.ofHours(-5);
    private static final TradingCalendar NYSE = NyseCalendar.instance();
    private static final TradingCalendar FX = FxCalendar.instance();
    private static final Timeframe MINUTES_15 = new Timeframe(15, TimeframeUnit.MINUTE);
    private static final Timeframe MINUTES_30 = new Timeframe(30, TimeframeUnit.MINUTE);
    private static final Timeframe HOURS_4 = new Timeframe(4, TimeframeUnit.HOUR);

    @Test
    void dailyBarsShowHolesButNotHurricaneSandy() {
        // 2012-10-22 .. 11-09: 15 weekdays, less Sandy (10-29, 10-30) = 13 sessions. No bar on 11-01, 11-05, 11-06.
        long[] bars = daily("2012-10-22", "2012-10-23", "2012-10-24", "2012-10-25", "2012-10-26", "2012-10-31",
                "2012-11-02", "2012-11-07", "2012-11-08", "2012-11-09");
        GapReport report = analyze(bars, Timeframe.DAY_1, NYSE, NEW_YORK);
        assertThat(report.firstDate()).isEqualTo(LocalDate.of(2012, 10, 22));
        assertThat(report.lastDate()).isEqualTo(LocalDate.of(2012, 11, 9));
        assertThat(report.expectedSessions()).isEqualTo(13);
        assertThat(report.missingSessions()).isEqualTo(3);
        assertThat(report.missingRuns()).isEqualTo(2);
        assertThat(report.firstMissingRuns()).containsExactly(run("2012-11-01", "2012-11-01", 1),
                run("2012-11-05", "2012-11-06", 2));
        assertThat(report.largestMissingRuns()).containsExactly(run("2012-11-05", "2012-11-06", 2),
                run("2012-11-01", "2012-11-01", 1));
        assertThat(report.offCalendarPoints()).isZero();
        assertThat(report.intraday()).isNull();
        assertThat(report.hasGaps()).isTrue();
        assertThat(report.summary()).isEqualTo("10 1d points 2012-10-22..2012-11-09 on calendar nyse: 3 of 13 sessions"
                + " missing in 2 runs, largest 2012-11-05..2012-11-06 (2 sessions)");
    }

    @Test
    void missingFridayAndMondayAreOneRun() {
        // AAPL's real hole: 2002-02-01 (Fri) and 02-04 (Mon) with the weekend between them.
        long[] bars = daily("2002-01-30", "2002-01-31", "2002-02-05", "2002-02-06");
        GapReport report = analyze(bars, Timeframe.DAY_1, NYSE, NEW_YORK);
        assertThat(report.expectedSessions()).isEqualTo(6);
        assertThat(report.missingSessions()).isEqualTo(2);
        assertThat(report.largestMissingRuns()).containsExactly(run("2002-02-01", "2002-02-04", 2));
    }

    @Test
    void dataOnANonSessionDateDoesNotSplitARun() {
        // Thu 2024-05-02, Sat 05-04 (not a session), Tue 05-07: Fri 05-03 and Mon 05-06 are still one run.
        long[] bars = daily("2024-05-02", "2024-05-04", "2024-05-07");
        GapReport report = analyze(bars, Timeframe.DAY_1, NYSE, NEW_YORK);
        assertThat(report.expectedSessions()).isEqualTo(4);
        assertThat(report.firstMissingRuns()).containsExactly(run("2024-05-03", "2024-05-06", 2));
        assertThat(report.offCalendarPoints()).isEqualTo(1);
        assertThat(report.offCalendarDays()).isEqualTo(1);
        assertThat(report.firstOffCalendarDates()).containsExactlyElementsOf(dates("2024-05-04"));
    }

    @Test
    void keepsTheFiveLongestRunsAndTheFirstFive() {
        // Days 2024-01-01 .. 02-02 (33 sessions on 24x7) with holes of 1, 3, 2, 5, 1, 4, 6 and 2 days = 24 missing.
        long[] bars = daily("2024-01-01", "2024-01-03", "2024-01-07", "2024-01-10", "2024-01-16", "2024-01-18",
                "2024-01-23", "2024-01-30", "2024-02-02");
        GapReport report = analyze(bars, Timeframe.DAY_1, AlwaysOpenCalendar.instance(), ZoneOffset.UTC);
        assertThat(report.expectedSessions()).isEqualTo(33);
        assertThat(report.missingSessions()).isEqualTo(24);
        assertThat(report.missingRuns()).isEqualTo(8);
        assertThat(report.largestMissingRuns()).containsExactly(run("2024-01-24", "2024-01-29", 6),
                run("2024-01-11", "2024-01-15", 5), run("2024-01-19", "2024-01-22", 4),
                run("2024-01-04", "2024-01-06", 3), run("2024-01-08", "2024-01-09", 2));
        assertThat(report.firstMissingRuns()).containsExactly(run("2024-01-02", "2024-01-02", 1),
                run("2024-01-04", "2024-01-06", 3), run("2024-01-08", "2024-01-09", 2),
                run("2024-01-11", "2024-01-15", 5), run("2024-01-17", "2024-01-17", 1));
    }

    @Test
    void sundayBarsOfFxDailyDataAreOffCalendarNotGaps() {
        // LEAN/FXCM style: bars at midnight UTC-05:00, Sunday to Friday. Sessions 05-05..09 and 05-12 = 6.
        long[] bars = daily(UTC_MINUS_5, "2014-05-04", "2014-05-05", "2014-05-06", "2014-05-07", "2014-05-08",
                "2014-05-09", "2014-05-11", "2014-05-12");
        GapReport report = analyze(bars, Timeframe.DAY_1, FX, UTC_MINUS_5);
        assertThat(report.expectedSessions()).isEqualTo(6);
        assertThat(report.missingSessions()).isZero();
        assertThat(report.offCalendarPoints()).isEqualTo(2);
        assertThat(report.firstOffCalendarDates()).containsExactlyElementsOf(dates("2014-05-04", "2014-05-11"));
        assertThat(report.hasGaps()).isFalse();
    }

    @Test
    void fxTicksOnSundayEveningBelongToMonday() {
        long[] ticks = {
                newYork("2014-05-04T17:00:01"), newYork("2014-05-04T20:00"), // Monday's session
                newYork("2014-05-05T18:00"), // Tuesday's
                newYork("2014-05-07T12:00"), newYork("2014-05-08T12:00"), newYork("2014-05-08T12:00"), // equal times
                newYork("2014-05-09T16:59:59"), // Friday's
                newYork("2014-05-09T17:00")}; // after the weekly close: trading date Saturday
        GapReport report = analyze(ticks, null, FX, NEW_YORK);
        assertThat(report.timeframe()).isEqualTo("tick");
        assertThat(report.firstDate()).isEqualTo(LocalDate.of(2014, 5, 5));
        assertThat(report.lastDate()).isEqualTo(LocalDate.of(2014, 5, 10));
        assertThat(report.expectedSessions()).isEqualTo(5);
        assertThat(report.missingSessions()).isZero();
        assertThat(report.offCalendarPoints()).isEqualTo(1);
        assertThat(report.firstOffCalendarDates()).containsExactlyElementsOf(dates("2014-05-10"));
        assertThat(report.intraday()).isNull();
    }

    @Test
    void hourlyBarsAcrossTheSpringDstChange() {
        // LEAN-style hourly bars stamped 09:00 .. 15:00 New York (7 a session; the 09:00 bar holds the 09:30 open).
        // Friday 2013-03-08 is EST, Monday 03-11 EDT. Friday has a pre-market 08:00 bar (ignored); Monday lacks 11:00.
        long[] bars = {
                newYork("2013-03-08T08:00"), newYork("2013-03-08T09:00"), newYork("2013-03-08T10:00"),
                newYork("2013-03-08T11:00"), newYork("2013-03-08T12:00"), newYork("2013-03-08T13:00"),
                newYork("2013-03-08T14:00"), newYork("2013-03-08T15:00"),
                newYork("2013-03-11T09:00"), newYork("2013-03-11T10:00"), newYork("2013-03-11T12:00"),
                newYork("2013-03-11T13:00"), newYork("2013-03-11T14:00"), newYork("2013-03-11T15:00")};
        GapReport report = analyze(bars, Timeframe.HOUR_1, NYSE, NEW_YORK);
        assertThat(report.missingSessions()).isZero();
        assertThat(report.intraday().expectedIntervals()).isEqualTo(14);
        assertThat(report.intraday().missingIntervals()).isEqualTo(1);
        assertThat(report.intraday().sessionsWithHoles()).isEqualTo(1);
        assertThat(report.intraday().longestHole()).isEqualTo(new IntradayHole(LocalDate.of(2013, 3, 11),
                instant("2013-03-11T15:00:00Z"), instant("2013-03-11T16:00:00Z"), 1));
        assertThat(report.intraday()).hasToString("1 of 14 intraday bars missing in 1 session, longest 1 bar from"
                + " 2013-03-11T15:00:00Z to 2013-03-11T16:00:00Z");
    }

    @Test
    void anEarlyCloseExpectsFewerBars() {
        // 2013-07-03 closes at 13:00: 30-minute bars 09:30 .. 12:30 = 7 expected; 11:00, 11:30, 12:00 are absent,
        // the 13:00 and 15:30 bars are after the close. Friday 07-05 is a full day: 13 bars, all present.
        long[] early = {newYork("2013-07-03T09:30"), newYork("2013-07-03T10:00"), newYork("2013-07-03T10:30"),
                newYork("2013-07-03T12:30"), newYork("2013-07-03T13:00"), newYork("2013-07-03T15:30")};
        long[] full = new long[13];
        for (int i = 0; i < full.length; i++) {
            full[i] = newYork("2013-07-05T09:30") + i * MINUTES_30.nominalNanos();
        }
        GapReport report = analyze(concat(early, full), MINUTES_30, NYSE, NEW_YORK);
        assertThat(report.expectedSessions()).isEqualTo(2);
        assertThat(report.intraday().expectedIntervals()).isEqualTo(20);
        assertThat(report.intraday().missingIntervals()).isEqualTo(3);
        assertThat(report.intraday().longestHole()).isEqualTo(new IntradayHole(LocalDate.of(2013, 7, 3),
                instant("2013-07-03T15:00:00Z"), instant("2013-07-03T16:30:00Z"), 3));
    }

    @Test
    void holesAtTheStartAndEndOfASessionCount() {
        // 15-minute bars 10:00 .. 15:00 on 2024-05-06: 26 expected, 09:30 and 09:45 (2) and 15:15 .. 15:45 (3) absent.
        long[] bars = new long[21];
        for (int i = 0; i < bars.length; i++) {
            bars[i] = newYork("2024-05-06T10:00") + i * MINUTES_15.nominalNanos();
        }
        GapReport report = analyze(bars, MINUTES_15, NYSE, NEW_YORK);
        assertThat(report.intraday().expectedIntervals()).isEqualTo(26);
        assertThat(report.intraday().missingIntervals()).isEqualTo(5);
        assertThat(report.intraday().sessionsWithHoles()).isEqualTo(1);
        assertThat(report.intraday().longestHole()).isEqualTo(new IntradayHole(LocalDate.of(2024, 5, 6),
                instant("2024-05-06T19:15:00Z"), instant("2024-05-06T20:00:00Z"), 3));
    }

    @Test
    void holesAreClippedToTheSession() {
        // 4h bars on the UTC grid: the 13:30Z-20:00Z session touches the 12:00Z and 16:00Z bars; 12:00Z is absent.
        GapReport report = analyze(new long[] {instant("2024-05-06T16:00:00Z")}, HOURS_4, NYSE, NEW_YORK);
        assertThat(report.intraday().expectedIntervals()).isEqualTo(2);
        assertThat(report.intraday().longestHole()).isEqualTo(new IntradayHole(LocalDate.of(2024, 5, 6),
                instant("2024-05-06T13:30:00Z"), instant("2024-05-06T16:00:00Z"), 1));
    }

    @Test
    void weeklyBarsCoverTheirWeek() {
        // Weeks of 2024-06-03, 06-10 and 06-24; the week of 06-17 (4 sessions: Juneteenth) has no bar.
        long[] bars = daily("2024-06-03", "2024-06-10", "2024-06-24");
        GapReport report = analyze(bars, Timeframe.WEEK_1, NYSE, NEW_YORK);
        assertThat(report.lastDate()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(report.expectedSessions()).isEqualTo(19);
        assertThat(report.missingSessions()).isEqualTo(4);
        assertThat(report.largestMissingRuns()).containsExactly(run("2024-06-17", "2024-06-21", 4));
        assertThat(report.offCalendarPoints()).isZero();
    }

    @Test
    void theNoneCalendarReportsNoGaps() {
        long[] bars = daily("2024-05-04", "2024-05-05", "2024-05-20");
        GapReport report = analyze(bars, Timeframe.DAY_1, TradingCalendar.named("none"), NEW_YORK);
        assertThat(report.dataPoints()).isEqualTo(3);
        assertThat(report.firstDate()).isEqualTo(LocalDate.of(2024, 5, 4));
        assertThat(report.lastDate()).isEqualTo(LocalDate.of(2024, 5, 20));
        assertThat(report.expectedSessions()).isZero();
        assertThat(report.missingSessions()).isZero();
        assertThat(report.offCalendarPoints()).isZero();
        assertThat(report.hasGaps()).isFalse();
        GapReport intraday = analyze(new long[] {newYork("2024-05-06T10:00")}, Timeframe.MINUTE_1,
                TradingCalendar.named("none"), NEW_YORK);
        assertThat(intraday.intraday()).isNull();
    }

    @Test
    void usesOnlyTheFirstLengthElements() {
        long[] bars = daily("2024-05-06", "2024-05-07", "1999-01-01");
        GapReport report = GapAnalyzer.analyze(bars, 2, Timeframe.DAY_1, NYSE, NEW_YORK);
        assertThat(report.dataPoints()).isEqualTo(2);
        assertThat(report.expectedSessions()).isEqualTo(2);
    }

    @Test
    void anEmptySeriesHasAnEmptyReport() {
        GapReport report = GapAnalyzer.analyze(new long[8], 0, Timeframe.DAY_1, NYSE, NEW_YORK);
        assertThat(report.dataPoints()).isZero();
        assertThat(report.firstDate()).isNull();
        assertThat(report.largestMissingRuns()).isEmpty();
        assertThat(report.summary()).isEqualTo("no data (nyse, 1d)");
    }

    @Test
    void rejectsUnsortedTimestampsAndBadLengths() {
        long[] bars = daily("2024-05-07", "2024-05-06");
        assertThatThrownBy(() -> analyze(bars, Timeframe.DAY_1, NYSE, NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timestamps must be sorted, but index 1 (2024-05-06T04:00:00Z) is before index 0"
                        + " (2024-05-07T04:00:00Z)");
        assertThatThrownBy(() -> GapAnalyzer.analyze(bars, 3, Timeframe.DAY_1, NYSE, NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("length must be 0..2, was 3");
    }

    @Test
    void dataOutsideTheCalendarRangeIsAnError() {
        long[] bars = daily("1950-01-03", "1950-01-04");
        assertThatThrownBy(() -> analyze(bars, Timeframe.DAY_1, NYSE, NEW_YORK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the nyse calendar covers 1962-01-01 to 2099-12-31");
    }

    private static GapReport analyze(long[] timestamps, Timeframe timeframe, TradingCalendar calendar, ZoneId zone) {
        return GapAnalyzer.analyze(timestamps, timestamps.length, timeframe, calendar, zone);
    }

    private static long[] daily(String... isoDates) {
        return daily(NEW_YORK, isoDates);
    }

    private static long[] daily(ZoneId zone, String... isoDates) {
        return Arrays.stream(isoDates)
                .mapToLong(d -> Nanos.ofInstant(LocalDate.parse(d).atStartOfDay(zone).toInstant()))
                .toArray();
    }

    private static long newYork(String localDateTime) {
        return Nanos.ofInstant(LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant());
    }

    private static long instant(String isoInstant) {
        return Nanos.ofInstant(Instant.parse(isoInstant));
    }

    private static long[] concat(long[] a, long[] b) {
        long[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static MissingRun run(String first, String last, long sessions) {
        return new MissingRun(LocalDate.parse(first), LocalDate.parse(last), sessions);
    }
}
