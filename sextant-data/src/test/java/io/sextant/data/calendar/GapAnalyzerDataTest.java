package io.sextant.data.calendar;

import io.sextant.data.testing.SharedData;

import static io.sextant.data.calendar.NyseCalendarTest.dates;
import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.calendar.GapReport.IntradayHole;
import io.sextant.data.calendar.GapReport.MissingRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Gap analysis of real files from the shared data folder. */
class GapAnalyzerDataTest {
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter LEAN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm");
    private static final NyseCalendar NYSE = NyseCalendar.instance();

    /**
     * The Kaggle AAPL file (1984-09-07 .. 2017-11-10) lacks three NYSE sessions, and has one row on a day the NYSE
     * was closed; every market closure, 2001-09-11..14 included, is absent without being reported.
     */
    @Test
    void aaplDailyShowsExactlyTheSessionsTheFileLacks() {
        List<LocalDate> rows = SharedData.lines(SharedData.file("equities-daily/huge-stock-market-dataset/Stocks/aapl.us.txt"))
                .stream().filter(line -> Character.isDigit(line.charAt(0)))
                .map(line -> LocalDate.parse(line.substring(0, 10))).toList();
        long[] opens = rows.stream().mapToLong(d -> Nanos.ofInstant(d.atStartOfDay(NEW_YORK).toInstant())).toArray();

        GapReport report = GapAnalyzer.analyze(opens, opens.length, Timeframe.DAY_1, NYSE, NEW_YORK);

        assertThat(report.dataPoints()).isEqualTo(8_364);
        assertThat(report.firstDate()).isEqualTo(LocalDate.of(1984, 9, 7));
        assertThat(report.lastDate()).isEqualTo(LocalDate.of(2017, 11, 10));
        assertThat(report.expectedSessions()).isEqualTo(8_366); // 8,364 rows - 1 off-calendar + 3 missing
        assertThat(report.missingSessions()).isEqualTo(3);
        assertThat(report.missingRuns()).isEqualTo(2);
        assertThat(report.firstMissingRuns()).containsExactly(
                new MissingRun(LocalDate.of(1999, 11, 16), LocalDate.of(1999, 11, 16), 1),
                new MissingRun(LocalDate.of(2002, 2, 1), LocalDate.of(2002, 2, 4), 2));
        assertThat(report.largestMissingRuns().getFirst().first()).isEqualTo(LocalDate.of(2002, 2, 1));
        // Hurricane Gloria closed the NYSE on 1985-09-27, yet the file (a NASDAQ listing) has a row.
        assertThat(report.offCalendarPoints()).isEqualTo(1);
        assertThat(report.firstOffCalendarDates()).containsExactlyElementsOf(dates("1985-09-27"));
        assertThat(report.summary()).isEqualTo("8,364 1d points 1984-09-07..2017-11-10 on calendar nyse: 3 of 8,366"
                + " sessions missing in 2 runs, largest 2002-02-01..2002-02-04 (2 sessions); 1 point on 1 non-session"
                + " date, first 1985-09-27");

        // Each missing date is a real session: absent here, present in LEAN's AAPL daily bars from another vendor.
        Set<LocalDate> leanDates = new TreeSet<>();
        for (String line : SharedData.zippedLines(SharedData.file("equities-daily/lean-usa-daily/daily/aapl.zip"))) {
            leanDates.add(LocalDate.parse(line.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE));
        }
        for (LocalDate missing : dates("1999-11-16", "2002-02-01", "2002-02-04")) {
            assertThat(rows).doesNotContain(missing);
            assertThat(NYSE.isSession(missing)).isTrue();
            assertThat(leanDates).contains(missing);
        }
        // Closures are absent from the file and are not sessions, so none of them is reported missing.
        for (LocalDate closure : dates("1994-04-27", "2001-09-11", "2001-09-12", "2001-09-13", "2001-09-14",
                "2004-06-11", "2007-01-02", "2012-10-29", "2012-10-30", "2016-03-25")) {
            assertThat(rows).doesNotContain(closure);
            assertThat(NYSE.isSession(closure)).isFalse();
        }
    }

    /** 1,887,460 SPY trade ticks over five sessions, pre- and post-market included. */
    @Test
    void spyTicksHaveNoGaps() throws IOException {
        long[] times = spyTickTimes();
        assertThat(times).hasSize(1_887_460);

        GapReport ticks = GapAnalyzer.analyze(times, times.length, null, NYSE, NEW_YORK);
        assertThat(ticks.expectedSessions()).isEqualTo(5);
        assertThat(ticks.missingSessions()).isZero();
        assertThat(ticks.offCalendarPoints()).isZero();

        GapReport asMinuteBars = GapAnalyzer.analyze(times, times.length, Timeframe.MINUTE_1, NYSE, NEW_YORK);
        assertThat(asMinuteBars.intraday().expectedIntervals()).isEqualTo(5 * 390);
        assertThat(asMinuteBars.intraday().missingIntervals()).isZero();
    }

    /**
     * LEAN's SPY hourly bars (1998-01-02 .. 2021-03-31) have every session and every regular-hours bar but two: the
     * exchange opened late on 2002-09-11, the first anniversary of the attacks (a late opening is not modelled).
     */
    @Test
    void spyHourlyBarsLackOnlyTheLateOpeningOf2002September11() {
        List<String> lines = SharedData.zippedLines(SharedData.file("equities-intraday/lean-usa-hour/spy.zip"));
        long[] opens = lines.stream()
                .mapToLong(l -> Nanos.ofInstant(LocalDateTime.parse(l.substring(0, 14), LEAN_TIME).atZone(NEW_YORK).toInstant()))
                .toArray();

        GapReport report = GapAnalyzer.analyze(opens, opens.length, Timeframe.HOUR_1, NYSE, NEW_YORK);

        assertThat(report.expectedSessions()).isEqualTo(5_849);
        assertThat(report.missingSessions()).isZero();
        assertThat(report.offCalendarPoints()).isZero();
        assertThat(report.intraday().missingIntervals()).isEqualTo(2);
        assertThat(report.intraday().longestHole()).isEqualTo(new IntradayHole(LocalDate.of(2002, 9, 11),
                Nanos.ofInstant(Instant.parse("2002-09-11T13:30:00Z")),
                Nanos.ofInstant(Instant.parse("2002-09-11T15:00:00Z")), 2));
    }

    /**
     * LEAN/FXCM EUR/USD daily bars (UTC-05:00): the 580 Sunday bars are off-calendar, not errors; the vendor has no
     * bar on 26 December or 2 January of some years, which are real spot FX sessions and so are reported.
     */
    @Test
    void fxDailyBarsHaveSundayBarsAndVendorHolidays() {
        ZoneOffset zone = ZoneOffset.ofHours(-5);
        List<LocalDateTime> bars = SharedData.zippedLines(SharedData.file("fx/lean-fxcm-eurusd-daily.zip")).stream()
                .map(l -> LocalDateTime.parse(l.substring(0, 14), LEAN_TIME)).toList();
        long[] opens = bars.stream().mapToLong(t -> Nanos.ofInstant(t.atZone(zone).toInstant())).toArray();

        GapReport report = GapAnalyzer.analyze(opens, opens.length, Timeframe.DAY_1, FxCalendar.instance(), zone);

        long sundayBars = bars.stream().filter(t -> t.getDayOfWeek() == DayOfWeek.SUNDAY).count();
        assertThat(sundayBars).isEqualTo(580);
        assertThat(report.offCalendarPoints()).isEqualTo(sundayBars);
        assertThat(report.firstOffCalendarDates()).allMatch(d -> d.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(report.missingSessions()).isEqualTo(16);
        assertThat(report.missingRuns()).isEqualTo(16);
        assertThat(report.firstMissingRuns()).extracting(MissingRun::first).containsExactlyElementsOf(
                dates("2007-12-26", "2008-01-02", "2008-12-26", "2009-01-02", "2011-12-26"));
    }

    private static long[] spyTickTimes() throws IOException {
        Path folder = SharedData.file("equities-intraday/lean-usa-tick-spy/20131007_trade.zip").getParent();
        List<Path> days;
        try (Stream<Path> files = Files.list(folder)) {
            days = files.filter(p -> p.getFileName().toString().endsWith("_trade.zip")).sorted().toList();
        }
        long[] times = new long[2_000_000];
        int n = 0;
        for (Path day : days) {
            LocalDate date = LocalDate.parse(day.getFileName().toString().substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE);
            long midnight = Nanos.ofInstant(date.atStartOfDay(NEW_YORK).toInstant());
            for (String line : SharedData.zippedLines(day)) {
                times[n++] = midnight + Nanos.ofEpochMilli(Long.parseLong(line, 0, line.indexOf(','), 10));
            }
        }
        return Arrays.copyOf(times, n);
    }
}
