package io.sextant.data.calendar;

import io.sextant.data.testing.SharedData;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The NYSE calendar against real daily and hourly US equity data in the shared data folder. */
class NyseCalendarDataTest {
    private static final String KAGGLE_STOCKS = "equities-daily/huge-stock-market-dataset/Stocks";
    private final NyseCalendar nyse = NyseCalendar.instance();

    /**
     * Every weekday from 1962-01-02 to 2017-11-10 is a session exactly when one of the 25 Kaggle stock files has a
     * row for it, but for three dates where the data is at fault.
     */
    @Test
    void matchesTheDatesOfTheKaggleStockFiles() throws IOException {
        Path folder = SharedData.file(KAGGLE_STOCKS + "/ge.us.txt").getParent();
        Map<LocalDate, Integer> filesPerDate = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                for (String line : SharedData.lines(file)) {
                    if (Character.isDigit(line.charAt(0))) {
                        filesPerDate.merge(LocalDate.parse(line.substring(0, 10)), 1, Integer::sum);
                    }
                }
            }
        }
        Map<LocalDate, String> disagreements = new TreeMap<>();
        for (LocalDate day = LocalDate.of(1962, 1, 2); !day.isAfter(LocalDate.of(2017, 11, 10)); day = day.plusDays(1)) {
            int files = filesPerDate.getOrDefault(day, 0);
            if (nyse.isSession(day) != (files > 0)) {
                disagreements.put(day, files + " files");
            }
        }
        assertThat(disagreements).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                // A Monday session that no file has (the vendor lost the day; no reference lists a closure).
                LocalDate.of(1970, 11, 16), "0 files",
                // Good Friday, with a row in wmt only.
                LocalDate.of(1978, 3, 24), "1 files",
                // Hurricane Gloria closed the NYSE; aapl and intc (NASDAQ listings) have rows.
                LocalDate.of(1985, 9, 27), "2 files")));
    }

    /** PyPortfolioOpt's cookbook prices (Yahoo closes of 19 US stocks, 1990-01-02 .. 2024-11-29) have every session. */
    @Test
    void matchesTheDatesOfThePyPortfolioOptCookbookPrices() {
        Path file = SharedData.file("portfolio/pypfopt/cookbook-stock_prices.csv");
        Set<LocalDate> dates = new TreeSet<>();
        for (String line : SharedData.lines(file)) {
            if (Character.isDigit(line.charAt(0))) {
                dates.add(LocalDate.parse(line.substring(0, 10)));
            }
        }
        Set<LocalDate> sessions = new TreeSet<>();
        for (LocalDate day = LocalDate.of(1990, 1, 2); !day.isAfter(LocalDate.of(2024, 11, 29)); day = day.plusDays(1)) {
            if (nyse.isSession(day)) {
                sessions.add(day);
            }
        }
        assertThat(dates).hasSize(8_796).isEqualTo(sessions);
    }

    /**
     * In LEAN's hourly bars (1998-01-02 .. 2021-03-31, stamped at the bar's start), at least one of five liquid names
     * stops before the 15:00 bar exactly on the early-close days; on every other session all reach 15:00.
     */
    @Test
    void earlyClosesMatchTheLeanHourlyBars() {
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        Map<LocalDate, String> earliestLastBar = new HashMap<>();
        for (String ticker : List.of("spy", "ibm", "aapl", "aig", "bac")) {
            Map<LocalDate, String> lastBar = new HashMap<>();
            for (String line : SharedData.zippedLines(SharedData.file("equities-intraday/lean-usa-hour/" + ticker + ".zip"))) {
                lastBar.merge(LocalDate.parse(line.substring(0, 8), day), line.substring(9, 14),
                        (a, b) -> a.compareTo(b) >= 0 ? a : b);
            }
            lastBar.forEach((date, time) -> earliestLastBar.merge(date, time, (a, b) -> a.compareTo(b) <= 0 ? a : b));
        }
        Set<LocalDate> shortDays = new TreeSet<>();
        earliestLastBar.forEach((date, time) -> {
            if (time.compareTo("15:00") < 0) {
                shortDays.add(date);
            }
        });
        Set<LocalDate> earlyCloses = new TreeSet<>();
        for (int year = 1998; year <= 2021; year++) {
            nyse.earlyCloses(year).stream().filter(d -> d.isBefore(LocalDate.of(2021, 4, 1))).forEach(earlyCloses::add);
        }
        assertThat(shortDays).hasSize(52).isEqualTo(earlyCloses);
        assertThat(earliestLastBar.keySet()).allMatch(nyse::isSession);
        assertThat(earliestLastBar.keySet()).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY);
    }
}
