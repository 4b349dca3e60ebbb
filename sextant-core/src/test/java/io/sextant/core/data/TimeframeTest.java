package io.sextant.core.data;

import io.sextant.core.time.Nanos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.longs;

class TimeframeTest {

    static final ZoneId UTC = ZoneOffset.UTC;
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    static long ns(String instant) {
        return Nanos.ofInstant(Instant.parse(instant));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "1s, 1, SECOND, 1s, 1s",
            "30s, 30, SECOND, 30s, 30s",
            "1m, 1, MINUTE, 1m, 1min",
            "5min, 5, MINUTE, 5m, 5min",
            "15m, 15, MINUTE, 15m, 15min",
            "1h, 1, HOUR, 1h, 1h",
            "4h, 4, HOUR, 4h, 4h",
            "1d, 1, DAY, 1d, 1d",
            "1w, 1, WEEK, 1w, 1w",
            "1M, 1, MONTH, 1M, 1mo",
            "1mo, 1, MONTH, 1M, 1mo",
            "3M, 3, MONTH, 3M, 3mo",
            "PT5M, 5, MINUTE, 5m, 5min",
            "PT30S, 30, SECOND, 30s, 30s",
            "pt1h, 1, HOUR, 1h, 1h",
            "P1D, 1, DAY, 1d, 1d",
            "P7D, 1, WEEK, 1w, 1w",
            "P14D, 2, WEEK, 2w, 2w",
            "P2W, 2, WEEK, 2w, 2w",
            "P1M, 1, MONTH, 1M, 1mo",
            "' 1 h ', 1, HOUR, 1h, 1h",
            "1T, 1, MINUTE, 1m, 1min",
    })
    void parsesExchangeAndIsoText(String text, int step, TimeframeUnit unit, String shortText, String fileName) {
        Timeframe tf = Timeframe.parse(text);
        assertThat(tf).isEqualTo(new Timeframe(step, unit));
        assertThat(tf).hasToString(shortText);
        assertThat(tf.fileName()).isEqualTo(fileName);
        assertThat(Timeframe.parse(tf.toString())).isEqualTo(tf);
        assertThat(Timeframe.parseFileName(tf.fileName())).isEqualTo(tf);
    }

    @Test
    void lowerCaseMIsMinuteUpperCaseMIsMonth() {
        assertThat(Timeframe.parse("1m").unit()).isEqualTo(TimeframeUnit.MINUTE);
        assertThat(Timeframe.parse("1M").unit()).isEqualTo(TimeframeUnit.MONTH);
        assertThat(Timeframe.parse("PT1M").unit()).isEqualTo(TimeframeUnit.MINUTE);
        assertThat(Timeframe.parse("P1M").unit()).isEqualTo(TimeframeUnit.MONTH);
    }

    @Test
    void refusesAZeroStep() {
        assertThatThrownBy(() -> Timeframe.parse("0m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeframe step must be at least 1, was 0");
        assertThatThrownBy(() -> Timeframe.parse("P0D")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeframe step must be at least 1, was 0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"7m", "25h", "7s", "PT7M", "11h"})
    void refusesSubDayStepsThatDoNotDivideADay(String text) {
        assertThatThrownBy(() -> Timeframe.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("timeframe ")
                .hasMessageEndingWith(" does not divide a day evenly, so its bars could not be aligned;"
                        + " use e.g. 1m, 5m, 15m, 1h, 4h or 1d");
        assertThatThrownBy(() -> Timeframe.parse("7m"))
                .hasMessage("timeframe 7m does not divide a day evenly, so its bars could not be aligned;"
                        + " use e.g. 1m, 5m, 15m, 1h, 4h or 1d");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "", "1y", "5x", "-1m", "1.5h", "m", "P1Y", "PT", "1 minute 5",
            "99999999999m", "PT99999999999M", "P99999999999D"})
    void refusesUnknownTextWithAHint(String text) {
        assertThatThrownBy(() -> Timeframe.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown timeframe '" + text + "': use a number and a unit, e.g. 1s, 30s, 1m, 5m, 1h, 4h,"
                        + " 1d, 1w, 1M (m = minute, M = month)");
        assertThatThrownBy(() -> Timeframe.parse(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeframe is missing");
    }

    @Test
    void refusesStepsWhoseLengthOverflows() {
        // 2147483647 minutes is 1.3e20 ns: no bar can be that long in epoch nanoseconds
        assertThatThrownBy(() -> new Timeframe(Integer.MAX_VALUE, TimeframeUnit.MINUTE))
                .isInstanceOf(IllegalArgumentException.class);
        // 4000 months * 31 days = 1.07e19 ns > Long.MAX_VALUE
        assertThatThrownBy(() -> new Timeframe(4000, TimeframeUnit.MONTH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeframe 4000M is too long: its length does not fit in 64-bit nanoseconds");
        assertThat(new Timeframe(120, TimeframeUnit.MONTH).nominalNanos()).isEqualTo(120 * 31 * Nanos.PER_DAY);
        assertThatThrownBy(() -> new Timeframe(1, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("timeframe unit must not be null");
    }

    @Test
    void nominalLengths() {
        assertThat(Timeframe.parse("5m").nominalNanos()).isEqualTo(300_000_000_000L);
        assertThat(Timeframe.parse("4h").nominalNanos()).isEqualTo(4 * 3_600_000_000_000L);
        assertThat(Timeframe.DAY_1.nominalNanos()).isEqualTo(86_400_000_000_000L);
        assertThat(Timeframe.WEEK_1.nominalNanos()).isEqualTo(7 * 86_400_000_000_000L);
        assertThat(Timeframe.MONTH_1.nominalNanos()).isEqualTo(31 * 86_400_000_000_000L);
    }

    @Test
    void ordersByLengthThenStep() {
        List<Timeframe> tfs = new ArrayList<>();
        for (String s : new String[] {"1M", "1w", "60m", "1d", "1h", "1s", "5m", "4h", "1m"}) {
            tfs.add(Timeframe.parse(s));
        }
        tfs.sort(null);
        // 60m is normalised to 1h, so the two sort (and compare) as one timeframe
        assertThat(tfs).extracting(Timeframe::toString)
                .containsExactly("1s", "1m", "5m", "1h", "1h", "4h", "1d", "1w", "1M");
    }

    @Test
    void hasOneNamePerLength() {
        assertThat(Timeframe.parse("60m")).isEqualTo(Timeframe.HOUR_1);
        assertThat(Timeframe.parse("120s")).isEqualTo(Timeframe.parse("2m"));
        assertThat(Timeframe.parse("7200s")).isEqualTo(Timeframe.parse("2h"));
        assertThat(Timeframe.parse("90m").toString()).isEqualTo("90m");
        assertThat(new Timeframe(180, TimeframeUnit.MINUTE)).isEqualTo(new Timeframe(3, TimeframeUnit.HOUR));
    }

    @ParameterizedTest(name = "{0} in UTC")
    @CsvSource({
            // 13:37:42.123456789 falls in ...
            "1s, 2024-01-15T13:37:42Z, 2024-01-15T13:37:43Z",
            "30s, 2024-01-15T13:37:30Z, 2024-01-15T13:38:00Z",
            "1m, 2024-01-15T13:37:00Z, 2024-01-15T13:38:00Z",
            "5m, 2024-01-15T13:35:00Z, 2024-01-15T13:40:00Z",
            "15m, 2024-01-15T13:30:00Z, 2024-01-15T13:45:00Z",
            "1h, 2024-01-15T13:00:00Z, 2024-01-15T14:00:00Z",
            "4h, 2024-01-15T12:00:00Z, 2024-01-15T16:00:00Z",
            "1d, 2024-01-15T00:00:00Z, 2024-01-16T00:00:00Z",
            // 2024-01-15 is a Monday
            "1w, 2024-01-15T00:00:00Z, 2024-01-22T00:00:00Z",
            "1M, 2024-01-01T00:00:00Z, 2024-02-01T00:00:00Z",
    })
    void bucketsInUtc(String timeframe, String open, String close) {
        Timeframe tf = Timeframe.parse(timeframe);
        long ts = ns("2024-01-15T13:37:42.123456789Z");
        assertThat(Nanos.format(tf.bucketOpen(ts, UTC))).isEqualTo(open);
        assertThat(Nanos.format(tf.bucketClose(tf.bucketOpen(ts, UTC), UTC))).isEqualTo(close);
    }

    @Test
    void aTimestampOnABoundaryOpensTheNextBar() {
        Timeframe m5 = Timeframe.parse("5m");
        long boundary = ns("2024-01-15T13:40:00Z");
        assertThat(m5.bucketOpen(boundary, UTC)).isEqualTo(boundary);
        assertThat(m5.bucketOpen(boundary - 1, UTC)).isEqualTo(ns("2024-01-15T13:35:00Z"));
        // before 1970 the grid continues: 1969-12-31T23:59:30Z is in the 23:59 minute
        assertThat(Timeframe.MINUTE_1.bucketOpen(ns("1969-12-31T23:59:30Z"), UTC)).isEqualTo(ns("1969-12-31T23:59:00Z"));
        // 1969-12-31 was a Wednesday; its week opened on Monday 1969-12-29
        assertThat(Timeframe.WEEK_1.bucketOpen(ns("1969-12-31T12:00:00Z"), UTC)).isEqualTo(ns("1969-12-29T00:00:00Z"));
    }

    @Test
    void subDayBarsAlignOnTheUtcGridWhateverTheZone() {
        // 4h bars open at 00, 04, 08 ... UTC, as on Binance, even for a New York series
        long ts = ns("2026-03-08T07:30:00Z");
        assertThat(Timeframe.parse("4h").bucketOpen(ts, NEW_YORK)).isEqualTo(ns("2026-03-08T04:00:00Z"));
        assertThat(Timeframe.parse("4h").bucketClose(ns("2026-03-08T04:00:00Z"), NEW_YORK))
                .isEqualTo(ns("2026-03-08T08:00:00Z"));
    }

    @Test
    void aNewYorkDayIsTwentyThreeHoursWhenTheClocksGoForward() {
        // Sunday 2026-03-08: 02:00 EST -> 03:00 EDT. The day opens at 00:00 EST = 05:00Z and closes at
        // Monday 00:00 EDT = 04:00Z: 23 hours.
        long noon = ns("2026-03-08T16:00:00Z"); // 12:00 EDT
        long open = Timeframe.DAY_1.bucketOpen(noon, NEW_YORK);
        long close = Timeframe.DAY_1.bucketClose(open, NEW_YORK);
        assertThat(open).isEqualTo(ns("2026-03-08T05:00:00Z"));
        assertThat(close).isEqualTo(ns("2026-03-09T04:00:00Z"));
        assertThat(close - open).isEqualTo(23 * Nanos.PER_HOUR);
        // the last nanosecond of the day, 23:59:59.999999999 EDT, is still in it; midnight EDT is the next day
        assertThat(Timeframe.DAY_1.bucketOpen(close - 1, NEW_YORK)).isEqualTo(open);
        assertThat(Timeframe.DAY_1.bucketOpen(close, NEW_YORK)).isEqualTo(close);
        // the Saturday before is 24 hours: 05:00Z to 05:00Z
        long saturday = Timeframe.DAY_1.bucketOpen(ns("2026-03-07T16:00:00Z"), NEW_YORK);
        assertThat(saturday).isEqualTo(ns("2026-03-07T05:00:00Z"));
        assertThat(Timeframe.DAY_1.bucketClose(saturday, NEW_YORK)).isEqualTo(open);
    }

    @Test
    void aNewYorkDayIsTwentyFiveHoursWhenTheClocksGoBack() {
        // Sunday 2026-11-01: 02:00 EDT -> 01:00 EST. The day opens at 00:00 EDT = 04:00Z and closes at
        // Monday 00:00 EST = 05:00Z: 25 hours.
        long open = Timeframe.DAY_1.bucketOpen(ns("2026-11-01T17:00:00Z"), NEW_YORK);
        long close = Timeframe.DAY_1.bucketClose(open, NEW_YORK);
        assertThat(open).isEqualTo(ns("2026-11-01T04:00:00Z"));
        assertThat(close).isEqualTo(ns("2026-11-02T05:00:00Z"));
        assertThat(close - open).isEqualTo(25 * Nanos.PER_HOUR);
        // both 01:30s of that night (05:30Z EDT and 06:30Z EST) are in the same day
        assertThat(Timeframe.DAY_1.bucketOpen(ns("2026-11-01T05:30:00Z"), NEW_YORK)).isEqualTo(open);
        assertThat(Timeframe.DAY_1.bucketOpen(ns("2026-11-01T06:30:00Z"), NEW_YORK)).isEqualTo(open);
    }

    @Test
    void weeksOpenOnMondayInTheSeriesZone() {
        // Wednesday 2024-01-17 in UTC: Monday 2024-01-15 to Monday 2024-01-22
        long open = Timeframe.WEEK_1.bucketOpen(ns("2024-01-17T10:00:00Z"), UTC);
        assertThat(open).isEqualTo(ns("2024-01-15T00:00:00Z"));
        assertThat(Timeframe.WEEK_1.bucketClose(open, UTC)).isEqualTo(ns("2024-01-22T00:00:00Z"));
        // Sunday night is still the same week; Monday midnight is the next
        assertThat(Timeframe.WEEK_1.bucketOpen(ns("2024-01-21T23:59:59Z"), UTC)).isEqualTo(open);
        assertThat(Timeframe.WEEK_1.bucketOpen(ns("2024-01-22T00:00:00Z"), UTC)).isEqualTo(ns("2024-01-22T00:00:00Z"));
        // New York, the week of the March change: Monday 2026-03-02 00:00 EST (05:00Z) to Monday
        // 2026-03-09 00:00 EDT (04:00Z), 167 hours
        long nyOpen = Timeframe.WEEK_1.bucketOpen(ns("2026-03-08T16:00:00Z"), NEW_YORK);
        assertThat(nyOpen).isEqualTo(ns("2026-03-02T05:00:00Z"));
        assertThat(Timeframe.WEEK_1.bucketClose(nyOpen, NEW_YORK) - nyOpen).isEqualTo(167 * Nanos.PER_HOUR);
        // Sunday 2026-03-01 22:00 in New York is 03:00Z Monday in UTC: the zone decides the week
        long sundayNight = ns("2026-03-02T03:00:00Z");
        assertThat(Timeframe.WEEK_1.bucketOpen(sundayNight, NEW_YORK)).isEqualTo(ns("2026-02-23T05:00:00Z"));
        assertThat(Timeframe.WEEK_1.bucketOpen(sundayNight, UTC)).isEqualTo(ns("2026-03-02T00:00:00Z"));
    }

    @Test
    void monthsOpenOnTheFirst() {
        // leap February 2024: 29 days
        long open = Timeframe.MONTH_1.bucketOpen(ns("2024-02-29T12:00:00Z"), UTC);
        assertThat(open).isEqualTo(ns("2024-02-01T00:00:00Z"));
        assertThat(Timeframe.MONTH_1.bucketClose(open, UTC) - open).isEqualTo(29 * Nanos.PER_DAY);
        // New York, March 2026: 00:00 EST (05:00Z) on the 1st to 00:00 EDT (04:00Z) on April 1st
        long nyOpen = Timeframe.MONTH_1.bucketOpen(ns("2026-03-15T12:00:00Z"), NEW_YORK);
        assertThat(nyOpen).isEqualTo(ns("2026-03-01T05:00:00Z"));
        assertThat(Timeframe.MONTH_1.bucketClose(nyOpen, NEW_YORK)).isEqualTo(ns("2026-04-01T04:00:00Z"));
        // quarters and years align on January: 2024-05-10 is in Q2 (April-June) and in 2024
        Timeframe quarter = Timeframe.parse("3M");
        long q = quarter.bucketOpen(ns("2024-05-10T00:00:00Z"), UTC);
        assertThat(q).isEqualTo(ns("2024-04-01T00:00:00Z"));
        assertThat(quarter.bucketClose(q, UTC)).isEqualTo(ns("2024-07-01T00:00:00Z"));
        assertThat(Timeframe.parse("12M").bucketOpen(ns("2024-05-10T00:00:00Z"), UTC))
                .isEqualTo(ns("2024-01-01T00:00:00Z"));
        // December rolls into the next year
        long december = Timeframe.MONTH_1.bucketOpen(ns("2024-12-31T23:00:00Z"), UTC);
        assertThat(Timeframe.MONTH_1.bucketClose(december, UTC)).isEqualTo(ns("2025-01-01T00:00:00Z"));
    }

    /** For every timeframe and zone: open <= ts < close, the open is its own bucket, and the close opens the next. */
    @Test
    void bucketsTileTheTimeline() {
        var timeframes = arbitrary().pick("1s", "30s", "1m", "5m", "15m", "1h", "4h", "1d", "2d", "1w", "2w", "1M", "3M")
                .map(s -> Timeframe.parse(s));
        var zones = arbitrary().pick("UTC", "America/New_York", "Europe/London", "Asia/Kolkata", "Asia/Kathmandu",
                "Australia/Lord_Howe", "America/Sao_Paulo", "Pacific/Apia", "America/St_Johns").map(s -> ZoneId.of(s));
        // 1900 to 2200
        var timestamps = longs().between(ns("1900-01-01T00:00:00Z"), ns("2200-01-01T00:00:00Z"));
        qt().withFixedSeed(20_260_101L).withExamples(20_000).forAll(timeframes, zones, timestamps)
                .checkAssert((tf, zone, ts) -> {
                    long open = tf.bucketOpen(ts, zone);
                    long close = tf.bucketClose(open, zone);
                    assertThat(open).as("%s %s %s", tf, zone, Nanos.format(ts)).isLessThanOrEqualTo(ts);
                    assertThat(close).as("%s %s %s", tf, zone, Nanos.format(ts)).isGreaterThan(ts);
                    assertThat(tf.bucketOpen(open, zone)).isEqualTo(open);
                    assertThat(tf.bucketOpen(close, zone)).isEqualTo(close);
                    assertThat(tf.bucketOpen(close - 1, zone)).isEqualTo(open);
                    if (tf.unit().isFixedLength()) {
                        assertThat(close - open).isEqualTo(tf.nominalNanos());
                    } else {
                        assertThat(close - open).isLessThanOrEqualTo(tf.nominalNanos() + 2 * Nanos.PER_DAY);
                    }
                });
    }

    @ParameterizedTest(name = "{0} divides {1}: {2}")
    @CsvSource({
            "1m, 5m, true",
            "5m, 1m, false",
            "15m, 1h, true",
            "4h, 1d, true",
            "1h, 1w, true",
            "1d, 1w, true",
            "1d, 1M, true",
            "1w, 1M, false",
            "1M, 3M, true",
            "2M, 3M, false",
            "3M, 12M, true",
            "2d, 4d, true",
            "2d, 3d, false",
            "2d, 1w, false",
            // a day cannot be built into a shorter bar
            "1d, 1h, false",
            "1d, 5m, false",
            "1w, 1h, false",
            "1M, 1d, false",
    })
    void divides(String smaller, String larger, boolean expected) {
        assertThat(Timeframe.parse(smaller).divides(Timeframe.parse(larger))).isEqualTo(expected);
    }
}
