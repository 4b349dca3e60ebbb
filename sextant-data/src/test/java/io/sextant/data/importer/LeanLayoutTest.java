package io.sextant.data.importer;

import static io.sextant.data.testing.Imports.NEW_YORK;
import static io.sextant.data.testing.Imports.UTC;
import static io.sextant.data.testing.Imports.at;
import static io.sextant.data.testing.Imports.raw;
import static io.sextant.data.testing.Imports.value;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.core.data.Timeframe;
import io.sextant.core.instrument.AssetClass;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import io.sextant.data.validate.SeriesStats;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LEAN zip files of every kind in the shared data (equity daily/hour/minute/tick, FXCM ticks and bars,
 * crypto bars at every resolution), each compared row by row with the file read here with plain Java.
 */
class LeanLayoutTest {
    private static final DateTimeFormatter LEAN_TIME = DateTimeFormatter.ofPattern("yyyyMMdd HH:mm");
    private static final ZoneId FXCM = ZoneOffset.ofHours(-5);
    private static final List<String> TRADE_BAR = List.of(ColumnNames.OPEN, ColumnNames.HIGH, ColumnNames.LOW,
            ColumnNames.CLOSE, ColumnNames.VOLUME);
    private static final List<String> QUOTE_BAR = List.of(ColumnNames.BID_OPEN, ColumnNames.BID_HIGH,
            ColumnNames.BID_LOW, ColumnNames.BID_CLOSE, ColumnNames.BID_SIZE, ColumnNames.ASK_OPEN, ColumnNames.ASK_HIGH,
            ColumnNames.ASK_LOW, ColumnNames.ASK_CLOSE, ColumnNames.ASK_SIZE);

    // ---------------------------------------------------------------- US equities

    @Test
    void equityDailyIsRawDeciCentsInNewYorkWithTheFactorFileAttached() {
        Path zip = SharedData.file("equities-daily/lean-usa-daily/daily/aapl.zip");
        ImportedSeries s = Imports.one(zip);

        assertThat(s.key()).isEqualTo(new SeriesKey("AAPL", SeriesKind.BARS, Timeframe.DAY_1));
        assertThat(s.traits().assetClass()).isEqualTo(AssetClass.EQUITY);
        assertThat(s.traits().zone()).isEqualTo(NEW_YORK);
        assertThat(s.sources().getFirst().layout()).isEqualTo("lean");
        List<String> lines = SharedData.zippedLines(zip);
        assertThat(s.data().rows()).isEqualTo(5_849).isEqualTo(lines.size());
        assertBars(s.data(), lines, l -> leanTime(l, NEW_YORK), TRADE_BAR, 4, Timeframe.DAY_1, NEW_YORK);
        assertThat(s.data().firstTime()).isEqualTo(at("1998-01-02T00:00", NEW_YORK));
        assertThat(s.data().lastTime()).isEqualTo(at("2021-03-31T00:00", NEW_YORK));
        // Raw prices: the 7:1 split shows as a drop from 645.57 to 93.70.
        int before = s.data().indexAtOrAfter(at("2014-06-06T00:00", NEW_YORK));
        assertThat(value(s.data(), ColumnNames.CLOSE, before)).isEqualByComparingTo("645.57");
        assertThat(value(s.data(), ColumnNames.CLOSE, before + 1)).isEqualByComparingTo("93.70");

        Path factorFile = SharedData.file("equities-daily/lean-usa-daily/factor_files/aapl.csv");
        assertThat(s.factors()).isNotNull();
        assertThat(s.factors().rows()).hasSize(SharedData.lines(factorFile).size());
        assertThat(s.factors().rows().getFirst().date()).isEqualTo(LocalDate.of(1998, 1, 2));
        assertThat(s.factors().rows().getLast().date()).isEqualTo(LocalDate.of(2050, 12, 31));
    }

    @Test
    void equityHourBarsAreStampedAtTheirStartInNewYork() {
        Path zip = SharedData.file("equities-intraday/lean-usa-hour/spy.zip");
        ImportedSeries s = Imports.one(zip);

        assertThat(s.key()).isEqualTo(new SeriesKey("SPY", SeriesKind.BARS, Timeframe.HOUR_1));
        List<String> lines = SharedData.zippedLines(zip);
        assertThat(s.data().rows()).isEqualTo(40_832).isEqualTo(lines.size());
        assertBars(s.data(), lines, l -> leanTime(l, NEW_YORK), TRADE_BAR, 4, Timeframe.HOUR_1, NEW_YORK);
        // 09:00 New York in January is 14:00 UTC; the last bar of 2021-03-31 (EDT) starts at 15:00 = 19:00 UTC.
        assertThat(s.data().firstTime()).isEqualTo(Imports.utc("1998-01-02T14:00:00Z"));
        assertThat(raw(s.data(), ColumnNames.TS_CLOSE, 0)).isEqualTo(Imports.utc("1998-01-02T15:00:00Z"));
        assertThat(s.data().lastTime()).isEqualTo(Imports.utc("2021-03-31T19:00:00Z"));
        assertThat(s.factors()).as("factor files are attached to daily files only").isNull();
    }

    @Test
    void equityMinuteTradeAndQuoteFilesOfADay() {
        Path trade = SharedData.file("equities-intraday/lean-usa-minute/spy/20131007_trade.zip");
        Path quote = SharedData.file("equities-intraday/lean-usa-minute/spy/20131007_quote.zip");
        ImportResult r = Imports.read(trade, quote);

        assertThat(r.series()).extracting(ImportedSeries::key).containsExactly(
                new SeriesKey("SPY", SeriesKind.BARS, Timeframe.MINUTE_1),
                new SeriesKey("SPY", SeriesKind.QUOTE_BARS, Timeframe.MINUTE_1));
        LocalDate day = LocalDate.of(2013, 10, 7);
        SeriesData bars = r.series().get(0).data();
        SeriesData quotes = r.series().get(1).data();
        List<String> tradeLines = SharedData.zippedLines(trade);
        List<String> quoteLines = SharedData.zippedLines(quote);
        assertThat(bars.rows()).isEqualTo(828).isEqualTo(tradeLines.size());
        assertThat(quotes.rows()).isEqualTo(908).isEqualTo(quoteLines.size());
        assertBars(bars, tradeLines, l -> msOfDay(l, day, NEW_YORK), TRADE_BAR, 4, Timeframe.MINUTE_1, NEW_YORK);
        assertBars(quotes, quoteLines, l -> msOfDay(l, day, NEW_YORK), QUOTE_BAR, 4, Timeframe.MINUTE_1, NEW_YORK);
        assertThat(bars.firstTime()).isEqualTo(at("2013-10-07T04:00", NEW_YORK));
        assertThat(bars.has(ColumnNames.VWAP)).isFalse();
        // Sizes are share counts, not deci-cents.
        assertThat(value(bars, ColumnNames.VOLUME, 0)).isEqualByComparingTo("3197");
        assertThat(value(quotes, ColumnNames.BID_SIZE, 0)).isEqualByComparingTo("300");
    }

    @Test
    void wholeMinuteFolderMergesEachSymbolsDaysAndKinds() throws IOException {
        Path dir = SharedData.dir("equities-intraday/lean-usa-minute");
        ImportResult r = Imports.read(dir);

        assertThat(r.sources()).isEqualTo(56);
        Map<SeriesKey, Integer> expected = new TreeMap<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path zip : files.filter(p -> p.toString().endsWith(".zip")).toList()) {
                String symbol = zip.getParent().getFileName().toString().toUpperCase(java.util.Locale.ROOT);
                SeriesKind kind = zip.getFileName().toString().endsWith("_quote.zip") ? SeriesKind.QUOTE_BARS
                        : SeriesKind.BARS;
                expected.merge(new SeriesKey(symbol, kind, Timeframe.MINUTE_1), SharedData.zippedLines(zip).size(),
                        Integer::sum);
            }
        }
        Map<SeriesKey, Integer> actual = new TreeMap<>();
        r.series().forEach(s -> actual.put(s.key(), s.data().rows()));
        assertThat(actual).isEqualTo(expected).hasSize(10);
        assertThat(r.series().stream().filter(s -> s.key().kind() == SeriesKind.BARS).mapToLong(s -> s.data().rows())
                .sum()).isEqualTo(16_679);
        assertThat(r.series().stream().filter(s -> s.key().kind() == SeriesKind.QUOTE_BARS)
                .mapToLong(s -> s.data().rows()).sum()).isEqualTo(19_178);
        for (ImportedSeries s : r.series()) {
            long[] t = s.data().times();
            for (int i = 1; i < t.length; i++) {
                assertThat(t[i]).as("%s row %d", s.key(), i).isGreaterThan(t[i - 1]);
            }
            // No crossed closing quotes in these files.
            assertThat(s.review().stats()).doesNotContainKey(SeriesStats.CROSSED);
        }
        // SPY spans 2013-10-04 .. 2023-08-03 (the 2023 day is its own file, ten years later).
        ImportedSeries spy = Imports.series(r, new SeriesKey("SPY", SeriesKind.BARS, Timeframe.MINUTE_1));
        assertThat(spy.sources()).hasSize(7);
        assertThat(Nanos.toZoned(spy.data().firstTime(), NEW_YORK).toLocalDate()).isEqualTo(LocalDate.of(2013, 10, 4));
        assertThat(Nanos.toZoned(spy.data().lastTime(), NEW_YORK).toLocalDate()).isEqualTo(LocalDate.of(2023, 8, 3));

        // AAPL 2014-06-09 is the 7:1 split day: the 04:00 bar opens at the pre-split price and closes post-split.
        SeriesData aapl = Imports.series(r, new SeriesKey("AAPL", SeriesKind.BARS, Timeframe.MINUTE_1)).data();
        int split = aapl.indexAtOrAfter(at("2014-06-09T04:00", NEW_YORK));
        assertThat(raw(aapl, ColumnNames.TS_OPEN, split)).isEqualTo(at("2014-06-09T04:00", NEW_YORK));
        assertThat(value(aapl, ColumnNames.OPEN, split)).isEqualByComparingTo("645.57");
        assertThat(value(aapl, ColumnNames.CLOSE, split)).isEqualByComparingTo("92.42");
        // ... and its 04:00 quote bars on 06-06 and 06-09 carry a stub bid of 1.00.
        SeriesData aaplQuotes = Imports.series(r, new SeriesKey("AAPL", SeriesKind.QUOTE_BARS, Timeframe.MINUTE_1)).data();
        for (String day : List.of("2014-06-06", "2014-06-09")) {
            int i = aaplQuotes.indexAtOrAfter(at(day + "T04:00", NEW_YORK));
            assertThat(raw(aaplQuotes, ColumnNames.TS_OPEN, i)).isEqualTo(at(day + "T04:00", NEW_YORK));
            assertThat(value(aaplQuotes, ColumnNames.BID_OPEN, i)).isEqualByComparingTo("1.00");
        }
    }

    @Test
    void spyTradeTicksKeepEveryTradeWithExchangeConditionAndSuspiciousFlag() throws IOException {
        Path dir = SharedData.dir("equities-intraday/lean-usa-tick-spy");
        ImportedSeries s = Imports.one(dir);

        assertThat(s.key()).isEqualTo(new SeriesKey("SPY", SeriesKind.TRADES, null));
        assertThat(s.traits().zone()).isEqualTo(NEW_YORK);
        SeriesData d = s.data();
        assertThat(d.rows()).isEqualTo(1_887_460);
        assertThat(s.sources()).extracting(SourceRef::rows).containsExactly(250_601, 451_545, 439_677, 460_032, 285_605);
        assertThat(s.sources()).extracting(SourceRef::file).allSatisfy(f -> assertThat(f).endsWith("_spy_Trade_Tick.csv"));
        assertThat(s.review().stats()).containsOnlyKeys(SeriesStats.SUSPICIOUS);
        assertThat(s.review().stats().get(SeriesStats.SUSPICIOUS).count()).isEqualTo(10);
        assertThat(s.review().stats().get(SeriesStats.SUSPICIOUS).examples())
                .allSatisfy(t -> assertThat(t).startsWith("2013-10-10T"));

        // Every trade against the files: same order (no de-duplication of repeated rows), time, price, size and codes.
        long[] ts = d.times();
        long[] price = d.longs(ColumnNames.PRICE).values();
        int priceScale = d.longs(ColumnNames.PRICE).scale();
        long[] size = d.longs(ColumnNames.SIZE).values();
        byte[] exchange = d.optionalBytes(ColumnNames.EXCHANGE).orElseThrow().values();
        long[] condition = d.longs(ColumnNames.CONDITION).values();
        byte[] suspicious = d.optionalBytes(ColumnNames.SUSPICIOUS).orElseThrow().values();
        assertThat(priceScale).isEqualTo(4);
        assertThat(d.longs(ColumnNames.SIZE).scale()).isZero();
        int row = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path zip : files.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
                LocalDate day = LocalDate.parse(zip.getFileName().toString().substring(0, 8),
                        DateTimeFormatter.BASIC_ISO_DATE);
                long midnight = Imports.midnight(day, NEW_YORK);
                try (ZipFile z = new ZipFile(zip.toFile());
                     BufferedReader in = new BufferedReader(new InputStreamReader(
                             z.getInputStream(z.entries().nextElement()), StandardCharsets.US_ASCII))) {
                    String line;
                    while ((line = in.readLine()) != null) {
                        String[] f = line.split(",");
                        long expectedTime = midnight + Long.parseLong(f[0]) * Nanos.PER_MILLI;
                        if (ts[row] != expectedTime || price[row] != Long.parseLong(f[1])
                                || size[row] != Long.parseLong(f[2]) || exchange[row] != f[3].charAt(0)
                                || condition[row] != Long.parseLong(f[4], 16)
                                || suspicious[row] != Byte.parseByte(f[5])) {
                            throw new AssertionError("row " + row + " (" + zip.getFileName() + " '" + line + "') imported as "
                                    + Nanos.format(ts[row]) + "," + price[row] + "," + size[row] + "," + (char) exchange[row]
                                    + "," + Long.toHexString(condition[row]) + "," + suspicious[row]);
                        }
                        row++;
                    }
                }
            }
        }
        assertThat(row).isEqualTo(d.rows());
        assertThat(d.firstTime()).isEqualTo(at("2013-10-07T04:00:00.464", NEW_YORK));
        assertThat(d.lastTime()).isEqualTo(at("2013-10-11T19:59:32.543", NEW_YORK));
        assertThat(condition[0]).isEqualTo(0x20002000L);
    }

    /** The LEAN equity readme's example time, 14400009.367 ms = 04:00:00.009367; the real SPY files have whole ms only. */
    @Test
    void tickTimesMayHaveFractionalMilliseconds(@TempDir Path tmp) {
        Path zip = Imports.zip(tmp.resolve("equity/usa/tick/bac/20131008_trade.zip"), "20131008_bac_Trade_Tick.csv",
                "14400009.367,137450,100,D,1,0\n14400009.367,137460,200,P,20002000,1\n14400010,137470,300,Q,0,0");
        ImportedSeries s = Imports.one(zip);

        assertThat(s.key()).isEqualTo(new SeriesKey("BAC", SeriesKind.TRADES, null));
        long midnight = Imports.midnight(LocalDate.of(2013, 10, 8), NEW_YORK);
        assertThat(s.data().times()).containsExactly(midnight + 14_400_009_367_000L, midnight + 14_400_009_367_000L,
                midnight + 14_400_010_000_000L);
        assertThat(value(s.data(), ColumnNames.PRICE, 0)).isEqualByComparingTo("13.745");
        assertThat(raw(s.data(), ColumnNames.CONDITION, 1)).isEqualTo(0x20002000L);
        assertThat(s.data().optionalBytes(ColumnNames.SUSPICIOUS).orElseThrow().values()).containsExactly(0, 1, 0);
    }

    // ---------------------------------------------------------------- FXCM

    @Test
    void fxcmTicksAreInFixedUtcMinusFiveAndKeepCrossedAndLockedQuotes() throws IOException {
        Path dir = SharedData.dir("fx/lean-fxcm-eurusd-tick");
        ImportedSeries s = Imports.one(dir);

        assertThat(s.key()).isEqualTo(new SeriesKey("EURUSD", SeriesKind.QUOTES, null));
        assertThat(s.traits().assetClass()).isEqualTo(AssetClass.FX);
        assertThat(s.traits().zone()).isEqualTo(FXCM);
        assertThat(s.traits().calendar()).isEqualTo("fx");
        SeriesData d = s.data();
        assertThat(d.rows()).isEqualTo(1_144_807);
        assertThat(s.sources()).hasSize(13);
        assertThat(s.review().stats().get(SeriesStats.CROSSED).count()).isEqualTo(116_871);
        assertThat(s.review().stats().get(SeriesStats.LOCKED).count()).isEqualTo(142_462);

        // Every quote against the files, with their CRLF endings.
        long[] ts = d.times();
        int row = 0;
        long crossed = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path zip : files.sorted().toList()) {
                LocalDate day = LocalDate.parse(zip.getFileName().toString().substring(0, 8),
                        DateTimeFormatter.BASIC_ISO_DATE);
                for (String line : SharedData.zippedLines(zip)) {
                    String[] f = line.split(",");
                    assertThat(ts[row]).isEqualTo(Imports.midnight(day, FXCM) + Long.parseLong(f[0]) * Nanos.PER_MILLI);
                    BigDecimal bid = new BigDecimal(f[1]);
                    BigDecimal ask = new BigDecimal(f[2]);
                    if (value(d, ColumnNames.BID, row).compareTo(bid) != 0 || value(d, ColumnNames.ASK, row).compareTo(ask) != 0) {
                        throw new AssertionError("row " + row + " '" + line + "' imported as " + value(d, ColumnNames.BID, row)
                                + "," + value(d, ColumnNames.ASK, row));
                    }
                    crossed += bid.compareTo(ask) > 0 ? 1 : 0;
                    row++;
                }
            }
        }
        assertThat(row).isEqualTo(d.rows());
        assertThat(crossed).isEqualTo(116_871);
        // 2014-05-01 00:00:01.787 at UTC-05:00, all year round (no daylight saving): 05:00:01.787 UTC in May.
        assertThat(d.firstTime()).isEqualTo(Imports.utc("2014-05-01T05:00:01.787Z"));
        assertThat(d.lastTime()).isEqualTo(Imports.utc("2014-05-16T04:59:59.718Z"));
    }

    @Test
    void fxcmHourAndDailyQuoteBars() {
        Path hourZip = SharedData.file("fx/lean-fxcm-eurusd-hour.zip");
        Path dailyZip = SharedData.file("fx/lean-fxcm-eurusd-daily.zip");
        ImportedSeries hour = Imports.one(hourZip);
        ImportedSeries daily = Imports.one(dailyZip);

        assertThat(hour.key()).isEqualTo(new SeriesKey("EURUSD", SeriesKind.QUOTE_BARS, Timeframe.HOUR_1));
        assertThat(daily.key()).isEqualTo(new SeriesKey("EURUSD", SeriesKind.QUOTE_BARS, Timeframe.DAY_1));
        for (ImportedSeries s : List.of(hour, daily)) {
            assertThat(s.traits().zone()).isEqualTo(FXCM);
            assertThat(s.traits().assetClass()).isEqualTo(AssetClass.FX);
        }
        List<String> hourLines = SharedData.zippedLines(hourZip);
        List<String> dailyLines = SharedData.zippedLines(dailyZip);
        assertThat(hour.data().rows()).isEqualTo(69_928).isEqualTo(hourLines.size());
        assertThat(daily.data().rows()).isEqualTo(3_487).isEqualTo(dailyLines.size());
        assertBars(hour.data(), hourLines, l -> leanTime(l, FXCM), QUOTE_BAR, 0, Timeframe.HOUR_1, FXCM);
        assertBars(daily.data(), dailyLines, l -> leanTime(l, FXCM), QUOTE_BAR, 0, Timeframe.DAY_1, FXCM);
        // A daily bar runs from midnight to midnight at UTC-5, i.e. 05:00 to 05:00 UTC.
        assertThat(daily.data().firstTime()).isEqualTo(Imports.utc("2007-03-30T05:00:00Z"));
        assertThat(raw(daily.data(), ColumnNames.TS_CLOSE, 0)).isEqualTo(Imports.utc("2007-03-31T05:00:00Z"));
        assertThat(daily.data().lastTime()).isEqualTo(Imports.utc("2018-07-04T05:00:00Z"));
        // Bid close above ask close in 2,613 hourly and 123 daily bars (README).
        assertThat(hour.review().stats().get(SeriesStats.CROSSED).count()).isEqualTo(2_613);
        assertThat(daily.review().stats().get(SeriesStats.CROSSED).count()).isEqualTo(123);
    }

    // ---------------------------------------------------------------- crypto

    @Test
    void cryptoDailyAndHourTradeBarsInUtc() {
        Map<String, Integer> rows = Map.of("crypto/lean/coinbase-daily-btcusd_trade.zip", 1_318,
                "crypto/lean/bitfinex-hour-btcusd_trade.zip", 733, "crypto/lean/binance-hour-btcusdt_trade.zip", 120);
        for (Map.Entry<String, Integer> e : rows.entrySet()) {
            Path zip = SharedData.file(e.getKey());
            ImportedSeries s = Imports.one(zip);
            Timeframe tf = e.getKey().contains("daily") ? Timeframe.DAY_1 : Timeframe.HOUR_1;
            assertThat(s.key()).isEqualTo(new SeriesKey(e.getKey().contains("btcusdt") ? "BTCUSDT" : "BTCUSD",
                    SeriesKind.BARS, tf));
            assertThat(s.traits().assetClass()).isEqualTo(AssetClass.CRYPTO);
            assertThat(s.traits().zone()).isEqualTo(UTC);
            List<String> lines = SharedData.zippedLines(zip);
            assertThat(s.data().rows()).as(e.getKey()).isEqualTo(e.getValue()).isEqualTo(lines.size());
            assertBars(s.data(), lines, l -> leanTime(l, UTC), TRADE_BAR, 0, tf, UTC);
        }
    }

    @Test
    void cryptoMinuteTradeBarsOfNineDays() {
        List<Path> zips = List.of("20161007", "20161008", "20161009", "20170903", "20170904", "20171217", "20180404",
                "20180405", "20180406").stream()
                .map(d -> SharedData.file("crypto/lean/coinbase-minute-btcusd-" + d + "_trade.zip")).toList();
        ImportedSeries s = Imports.one(zips.toArray(Path[]::new));

        assertThat(s.key()).isEqualTo(new SeriesKey("BTCUSD", SeriesKind.BARS, Timeframe.MINUTE_1));
        assertThat(s.traits().zone()).isEqualTo(UTC);
        assertThat(s.data().rows()).isEqualTo(12_423);
        List<String> all = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        for (Path zip : zips) {
            LocalDate day = LocalDate.parse(zip.getFileName().toString().substring(23, 31), DateTimeFormatter.BASIC_ISO_DATE);
            for (String l : SharedData.zippedLines(zip)) {
                all.add(l);
                times.add(msOfDay(l, day, UTC));
            }
        }
        int[] at = {0};
        assertBars(s.data(), all, l -> times.get(at[0]++), TRADE_BAR, 0, Timeframe.MINUTE_1, UTC);
        // 2018-04-04 ends at 16:47 UTC.
        int lastOf0404 = s.data().indexAtOrAfter(Imports.utc("2018-04-05T00:00:00Z")) - 1;
        assertThat(raw(s.data(), ColumnNames.TS_OPEN, lastOf0404)).isEqualTo(Imports.utc("2018-04-04T16:47:00Z"));
    }

    @Test
    void cryptoMinuteQuoteBarsAndSecondTradeBars() {
        List<Path> quotes = List.of("20170903", "20170904", "20171217", "20180404", "20180405").stream()
                .map(d -> SharedData.file("crypto/lean/coinbase-minute-btcusd-" + d + "_quote.zip")).toList();
        ImportedSeries q = Imports.one(quotes.toArray(Path[]::new));
        assertThat(q.key()).isEqualTo(new SeriesKey("BTCUSD", SeriesKind.QUOTE_BARS, Timeframe.MINUTE_1));
        assertThat(q.data().rows()).isEqualTo(7_188);
        assertThat(q.review().stats()).as("never crossed").doesNotContainKey(SeriesStats.CROSSED);
        // Sizes such as 6.1153319800000006 carry float noise beyond 9 decimals: rounded half-even and counted.
        assertThat(q.log().roundedValues()).isPositive();
        String first = SharedData.zippedLines(quotes.get(1)).getFirst();
        assertThat(first).isEqualTo("0,4626.04,4626.04,4626.04,4626.04,6.1153319800000006,4626.05,4626.05,4626.05,4626.05,"
                + "11.649296019999998");
        int i = q.data().indexAtOrAfter(Imports.utc("2017-09-04T00:00:00Z"));
        assertThat(value(q.data(), ColumnNames.BID_SIZE, i)).isEqualByComparingTo("6.11533198");
        assertThat(value(q.data(), ColumnNames.ASK_SIZE, i)).isEqualByComparingTo("11.64929602");
        assertThat(value(q.data(), ColumnNames.ASK_CLOSE, i)).isEqualByComparingTo("4626.05");

        List<Path> seconds = List.of("20161007", "20161008", "20161009").stream()
                .map(d -> SharedData.file("crypto/lean/coinbase-second-btcusd-" + d + "_trade.zip")).toList();
        ImportedSeries s = Imports.one(seconds.toArray(Path[]::new));
        assertThat(s.key()).isEqualTo(new SeriesKey("BTCUSD", SeriesKind.BARS, Timeframe.SECOND_1));
        assertThat(s.data().rows()).isEqualTo(11_520);
        assertThat(s.data().firstTime()).isEqualTo(Imports.utc("2016-10-07T00:00:04Z"));
        assertThat(raw(s.data(), ColumnNames.TS_CLOSE, 0)).isEqualTo(Imports.utc("2016-10-07T00:00:05Z"));
        assertThat(value(s.data(), ColumnNames.HIGH, 0)).isEqualByComparingTo("611.87");
    }

    /** A recent LEAN zip (zip64 extra field in the central directory, which java.util.zip.ZipFile refuses). */
    @Test
    void binancePerpetualMinuteBarsFromARecentLeanZip() {
        Path zip = SharedData.file("funding-rates/lean/binance-perp-minute-btcusd-20221213_trade.zip");
        ImportedSeries s = Imports.one(zip);

        // The perpetual is another instrument than spot BTCUSD: it gets its own symbol, so the two never merge.
        assertThat(s.key()).isEqualTo(new SeriesKey("BTCUSD-PERP", SeriesKind.BARS, Timeframe.MINUTE_1));
        assertThat(s.traits().assetClass()).isEqualTo(AssetClass.CRYPTO);
        assertThat(s.sources().getFirst().file()).endsWith("!20221213_btcusd_minute_trade_perp.csv");
        List<String> lines = SharedData.zippedLines(zip);
        assertThat(s.data().rows()).isEqualTo(1_439).isEqualTo(lines.size());
        LocalDate day = LocalDate.of(2022, 12, 13);
        assertBars(s.data(), lines, l -> msOfDay(l, day, UTC), TRADE_BAR, 0, Timeframe.MINUTE_1, UTC);
        assertThat(value(s.data(), ColumnNames.VOLUME, 0)).isEqualByComparingTo("4242");
    }

    @Test
    void aQuoteTickFileOfEquitiesIsRefusedWithAWayOut(@TempDir Path tmp) {
        Path zip = Imports.zip(tmp.resolve("equity/usa/tick/bac/20131008_quote.zip"), "20131008_bac_Quote_Tick.csv",
                "14400009,137450,100,0,0,D,1,0\n");
        assertThatThrownBy(() -> Imports.read(zip)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("20131008_bac_Quote_Tick.csv")
                .hasMessageContaining("equity quote ticks")
                .hasMessageContaining("minute quote bars");
    }

    // ---------------------------------------------------------------- helpers

    private static long leanTime(String line, ZoneId zone) {
        return at(LocalDateTime.parse(line.substring(0, 14), LEAN_TIME), zone);
    }

    private static long msOfDay(String line, LocalDate day, ZoneId zone) {
        return Imports.midnight(day, zone) + Long.parseLong(line.substring(0, line.indexOf(','))) * Nanos.PER_MILLI;
    }

    /**
     * Every bar equals its line: the open time as {@code time} reads it, the close one timeframe later, and each value
     * column from the next field (prices in deci-cents when {@code priceShift} is 4; sizes and volumes never shifted).
     */
    static void assertBars(SeriesData d, List<String> lines, ToLongFunction<String> time, List<String> columns,
                           int priceShift, Timeframe tf, ZoneId zone) {
        assertThat(d.rows()).isEqualTo(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String[] f = line.split(",");
            assertThat(f).as(line).hasSize(columns.size() + 1);
            long open = time.applyAsLong(line);
            if (raw(d, ColumnNames.TS_OPEN, i) != open) {
                throw new AssertionError("row " + i + " '" + line + "' opens at " + Nanos.format(raw(d, ColumnNames.TS_OPEN, i))
                        + ", expected " + Nanos.format(open));
            }
            assertThat(raw(d, ColumnNames.TS_CLOSE, i)).isEqualTo(tf.bucketClose(open, zone));
            for (int c = 0; c < columns.size(); c++) {
                String col = columns.get(c);
                boolean size = col.equals(ColumnNames.VOLUME) || col.endsWith("size");
                BigDecimal expected = new BigDecimal(f[c + 1]).movePointLeft(size ? 0 : priceShift);
                if (size && expected.scale() > 9) {
                    expected = expected.setScale(9, java.math.RoundingMode.HALF_EVEN);
                }
                if (value(d, col, i).compareTo(expected) != 0) {
                    throw new AssertionError("row " + i + " '" + line + "': " + col + " imported as " + value(d, col, i)
                            + ", expected " + expected);
                }
            }
        }
    }

    /** Only the nearest folders count: a user's folder named "crypto-notes" far up must not turn an equity into crypto. */
    @Test
    void foldersFarAboveTheFileDoNotChangeHowItIsRead(@org.junit.jupiter.api.io.TempDir Path tmp) throws IOException {
        Path zip = tmp.resolve("crypto-notes/a/b/c/d/daily/aapl.zip");
        Files.createDirectories(zip.getParent());
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new java.util.zip.ZipEntry("aapl.csv"));
            out.write("19980102 00:00,136300,162500,135000,162500,6315000\n".getBytes(StandardCharsets.US_ASCII));
        }
        ImportedSeries s = Imports.one(zip);
        assertThat(s.traits().assetClass()).isEqualTo(AssetClass.EQUITY);
        assertThat(value(s.data(), ColumnNames.CLOSE, 0)).isEqualByComparingTo("16.25");
    }
}
