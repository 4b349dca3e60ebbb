package io.sextant.data.resample;

import static io.sextant.data.testing.Imports.NEW_YORK;
import static org.assertj.core.api.Assertions.assertThat;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.importer.ImportedSeries;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;

/**
 * Resampling real data against references: the same aggregation done by DuckDB SQL, LEAN's own minute bars,
 * LEAN's daily bars, and LEAN's FXCM hour bars.
 */
class ResamplerDataTest {
    private static final String TICKS = "equities-intraday/lean-usa-tick-spy";
    private static final List<String> DAYS = List.of("20131007", "20131008", "20131009", "20131010", "20131011");

    private static SeriesData spyTicks;

    /** The 1,887,460 SPY trade ticks, imported once for the tests that use them. */
    private static synchronized SeriesData spyTicks() {
        if (spyTicks == null) {
            ImportedSeries s = Imports.one(SharedData.dir(TICKS));
            assertThat(s.data().rows()).isEqualTo(1_887_460);
            spyTicks = s.data();
        }
        return spyTicks;
    }

    /**
     * Every 1-minute bar from the ticks (suspicious ticks left out) equals DuckDB's aggregation of the same lines, read
     * here from the zips: open = first and close = last price in file order, high = max, low = min, volume = sum,
     * trade count = count, VWAP = exact Σ(price × size) / Σsize rounded half-even to 8 decimals.
     */
    @Test
    void minuteBarsFromTicksEqualDuckDbAggregation() throws Exception {
        SeriesData ticks = spyTicks();
        Resampler.Result r = Resampler.resample(ticks, Timeframe.MINUTE_1, NEW_YORK, false);
        assertThat(r.excluded()).isEqualTo(10);
        SeriesData bars = r.data();
        assertThat(bars.kind()).isEqualTo(SeriesKind.BARS);
        assertThat(bars.longs(ColumnNames.CLOSE).scale()).isEqualTo(4); // raw values are LEAN's deci-cents
        assertThat(bars.longs(ColumnNames.VWAP).scale()).isEqualTo(8);

        List<Object[]> expected = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE ticks (rn BIGINT, day DATE, ms BIGINT, price BIGINT, qty BIGINT, suspicious TINYINT)");
            long rn = 0;
            try (DuckDBAppender a = c.unwrap(DuckDBConnection.class).createAppender(DuckDBConnection.DEFAULT_SCHEMA, "ticks")) {
                for (String day : DAYS) {
                    LocalDate date = LocalDate.parse(day, DateTimeFormatter.BASIC_ISO_DATE);
                    for (String line : lines(SharedData.file(TICKS + "/" + day + "_trade.zip"))) {
                        String[] f = line.split(",");
                        a.beginRow().append(rn++).append(date).append(Long.parseLong(f[0]))
                                .append(Long.parseLong(f[1])).append(Long.parseLong(f[2])).append(Byte.parseByte(f[5]))
                                .endRow();
                    }
                }
            }
            assertThat(rn).isEqualTo(1_887_460);
            String sql = """
                    SELECT day, ms // 60000 AS minute,
                           first(price ORDER BY rn) AS o, max(price) AS h, min(price) AS l, last(price ORDER BY rn) AS c,
                           sum(qty) AS v, count(*) AS n, CAST(sum(CAST(price AS HUGEINT) * qty) AS VARCHAR) AS notional
                    FROM ticks WHERE suspicious = 0
                    GROUP BY day, minute ORDER BY day, minute""";
            try (ResultSet rs = st.executeQuery(sql)) {
                while (rs.next()) {
                    LocalDate day = rs.getObject(1, LocalDate.class);
                    long open = Imports.midnight(day, NEW_YORK) + rs.getLong(2) * Nanos.PER_MINUTE;
                    long v = rs.getLong(7);
                    BigDecimal vwap = new BigDecimal(new BigInteger(rs.getString(9))).movePointLeft(4)
                            .divide(BigDecimal.valueOf(v), 8, RoundingMode.HALF_EVEN);
                    expected.add(new Object[]{open, rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), v,
                            rs.getLong(8), vwap});
                }
            }
        }
        assertThat(bars.rows()).isEqualTo(expected.size()).isEqualTo(4_128);
        long[] to = bars.longs(ColumnNames.TS_OPEN).values();
        long[] tc = bars.longs(ColumnNames.TS_CLOSE).values();
        long[] o = bars.longs(ColumnNames.OPEN).values();
        long[] h = bars.longs(ColumnNames.HIGH).values();
        long[] l = bars.longs(ColumnNames.LOW).values();
        long[] cl = bars.longs(ColumnNames.CLOSE).values();
        long[] v = bars.longs(ColumnNames.VOLUME).values();
        long[] n = bars.longs(ColumnNames.TRADES).values();
        long[] vw = bars.longs(ColumnNames.VWAP).values();
        for (int i = 0; i < expected.size(); i++) {
            Object[] e = expected.get(i);
            Object[] actual = {to[i], o[i], h[i], l[i], cl[i], v[i], n[i], BigDecimal.valueOf(vw[i], 8)};
            assertThat(actual).as("bar %d at %s", i, Nanos.format(to[i])).isEqualTo(e);
            assertThat(tc[i]).isEqualTo(to[i] + Nanos.PER_MINUTE);
        }
        assertThat(java.util.Arrays.stream(n).sum()).isEqualTo(1_887_450);
    }

    /**
     * Our minute bars from the ticks against LEAN's own minute bars for the same five days. Both have the same 4,128
     * minutes. What is exactly true:
     *
     * <ul>
     *   <li>Volumes are equal on 4,105 minutes. The 23 others: each day's 09:30 and 16:00 minutes, where LEAN's volume is
     *   lower (its bars leave out the opening and closing auction prints, hundreds of thousands to millions of shares in
     *   one print); the 15:59 minute of 10-07, 10-09 and 10-11, where LEAN's volume is higher by a few hundred to 3,500
     *   shares (prints stamped just after 16:00:00 with sale condition 0x80, which LEAN counts in the 15:59 bar); and the
     *   10 minutes of 10-10 with a suspicious trade, where LEAN's volume is ours plus the suspicious trade's size: LEAN's
     *   minute bars count suspicious trades' volume, although their prices are left out (contrary to LEAN's readme).</li>
     *   <li>LEAN's low is never below ours, and its high is above ours in two minutes only, 15:59 on 10-10 and 10-11,
     *   where LEAN's close and high are the price of a print after 16:00 (on 10-11 the 170.30 of a 245-share 0x80 print
     *   at 16:00:00.312): LEAN's bars leave out some trades' prices (by sale condition, and the suspicious trades'
     *   prices), so its range otherwise sits inside ours.</li>
     *   <li>Open, high, low and close are all equal on 3,412 minutes (83 %).</li>
     * </ul>
     */
    @Test
    void minuteBarsFromTicksAgainstLeansMinuteBars() {
        SeriesData ours = Resampler.resample(spyTicks(), Timeframe.MINUTE_1, NEW_YORK, false).data();
        SeriesData withSuspicious = Resampler.resample(spyTicks(), Timeframe.MINUTE_1, NEW_YORK, true).data();
        List<Path> zips = DAYS.stream().map(d -> SharedData.file("equities-intraday/lean-usa-minute/spy/" + d + "_trade.zip"))
                .toList();
        SeriesData lean = Imports.one(zips.toArray(Path[]::new)).data();

        assertThat(lean.times()).containsExactly(ours.times());
        assertThat(lean.longs(ColumnNames.CLOSE).scale()).isEqualTo(ours.longs(ColumnNames.CLOSE).scale());
        long[] ov = ours.longs(ColumnNames.VOLUME).values();
        long[] sv = withSuspicious.longs(ColumnNames.VOLUME).values();
        long[] lv = lean.longs(ColumnNames.VOLUME).values();
        String[] ohlc = {ColumnNames.OPEN, ColumnNames.HIGH, ColumnNames.LOW, ColumnNames.CLOSE};
        int volumeEqual = 0;
        int ohlcEqual = 0;
        List<String> leanHighAbove = new ArrayList<>();
        int leanLowBelow = 0;
        List<String> otherVolume = new ArrayList<>();
        for (int i = 0; i < ours.rows(); i++) {
            String local = Nanos.toZoned(ours.times()[i], NEW_YORK).toLocalDateTime().toString();
            if (ov[i] == lv[i]) {
                volumeEqual++;
            } else if (sv[i] != ov[i]) {
                assertThat(lv[i]).as("LEAN volume at %s, a minute with suspicious trades", local).isEqualTo(sv[i]);
                assertThat(local).startsWith("2013-10-10T");
            } else {
                otherVolume.add(local.substring(11) + (lv[i] < ov[i] ? " lower" : " higher"));
            }
            boolean same = true;
            for (String c : ohlc) {
                same &= ours.longs(c).values()[i] == lean.longs(c).values()[i];
            }
            ohlcEqual += same ? 1 : 0;
            if (lean.longs(ColumnNames.HIGH).values()[i] > ours.longs(ColumnNames.HIGH).values()[i]) {
                leanHighAbove.add(local);
            }
            leanLowBelow += lean.longs(ColumnNames.LOW).values()[i] < ours.longs(ColumnNames.LOW).values()[i] ? 1 : 0;
        }
        assertThat(ours.rows()).isEqualTo(4_128);
        assertThat(volumeEqual).isEqualTo(4_105);
        assertThat(otherVolume).containsExactlyInAnyOrder(
                "09:30 lower", "09:30 lower", "09:30 lower", "09:30 lower", "09:30 lower",
                "16:00 lower", "16:00 lower", "16:00 lower", "16:00 lower", "16:00 lower",
                "15:59 higher", "15:59 higher", "15:59 higher");
        assertThat(leanLowBelow).isZero();
        assertThat(leanHighAbove).containsExactly("2013-10-10T15:59", "2013-10-11T15:59");
        assertThat(ohlcEqual).isEqualTo(3_412);
    }

    /**
     * Resampling in two steps gives the bars of one step: ticks to 1m to 5m equals ticks to 5m in every OHLCV value and
     * trade count; the VWAP, averaged from 1-minute VWAPs already rounded to 8 decimals, is within one unit of the 8th.
     */
    @Test
    void ticksToMinutesToFiveMinutesEqualsTicksToFiveMinutes() {
        Timeframe five = Timeframe.parse("5m");
        SeriesData direct = Resampler.resample(spyTicks(), five, NEW_YORK, false).data();
        SeriesData minutes = Resampler.resample(spyTicks(), Timeframe.MINUTE_1, NEW_YORK, false).data();
        SeriesData twoStep = Resampler.resample(minutes, five, NEW_YORK, false).data();

        assertThat(twoStep.rows()).isEqualTo(direct.rows());
        for (String c : List.of(ColumnNames.TS_OPEN, ColumnNames.TS_CLOSE, ColumnNames.OPEN, ColumnNames.HIGH,
                ColumnNames.LOW, ColumnNames.CLOSE, ColumnNames.VOLUME, ColumnNames.TRADES)) {
            assertThat(twoStep.longs(c).values()).as(c).containsExactly(direct.longs(c).values());
        }
        long[] a = twoStep.longs(ColumnNames.VWAP).values();
        long[] b = direct.longs(ColumnNames.VWAP).values();
        // Each rounded 1m VWAP is within half a unit of its exact value, so their weighted mean is within half a unit
        // of the exact 5m VWAP, and rounded again within one unit; the direct value is within half a unit of it.
        for (int i = 0; i < a.length; i++) {
            assertThat(Math.abs(a[i] - b[i])).as("VWAP of bar %d", i).isLessThanOrEqualTo(1);
        }
    }

    /** LEAN's daily bars cover regular hours only, as its hour bars do: daily bars built from the hour bars equal them. */
    @Test
    void dailyBarsFromLeanHourBarsEqualLeanDailyBars() {
        for (String ticker : List.of("spy", "aapl", "ibm")) {
            SeriesData hour = Imports.one(SharedData.file("equities-intraday/lean-usa-hour/" + ticker + ".zip")).data();
            SeriesData daily = Imports.one(SharedData.file("equities-daily/lean-usa-daily/daily/" + ticker + ".zip")).data();
            Resampler.Result r = Resampler.resample(hour, Timeframe.DAY_1, NEW_YORK, false);

            assertThat(r.data().rows()).as(ticker).isEqualTo(daily.rows()).isEqualTo(5_849);
            for (String c : List.of(ColumnNames.TS_OPEN, ColumnNames.TS_CLOSE, ColumnNames.OPEN, ColumnNames.HIGH,
                    ColumnNames.LOW, ColumnNames.CLOSE, ColumnNames.VOLUME)) {
                assertThat(r.data().longs(c).scale()).isEqualTo(daily.longs(c).scale());
                assertThat(r.data().longs(c).values()).as("%s %s", ticker, c).containsExactly(daily.longs(c).values());
            }
            assertThat(r.data().has(ColumnNames.VWAP)).isFalse();
        }
    }

    /** Hourly bid/ask bars built from the FXCM quote ticks equal LEAN's FXCM hour bars for the same 268 hours. */
    @Test
    void fxHourQuoteBarsFromTicksEqualLeanHourBars() {
        SeriesData ticks = Imports.one(SharedData.dir("fx/lean-fxcm-eurusd-tick")).data();
        SeriesData hour = Imports.one(SharedData.file("fx/lean-fxcm-eurusd-hour.zip")).data();
        ZoneOffset fxcm = ZoneOffset.ofHours(-5);
        SeriesData ours = Resampler.resample(ticks, Timeframe.HOUR_1, fxcm, false).data();

        assertThat(ours.kind()).isEqualTo(SeriesKind.QUOTE_BARS);
        assertThat(ours.rows()).isEqualTo(268);
        SeriesData lean = hour.between(ours.firstTime(), ours.lastTime() + 1);
        assertThat(lean.times()).containsExactly(ours.times());
        for (String c : List.of(ColumnNames.TS_CLOSE, ColumnNames.BID_OPEN, ColumnNames.BID_HIGH, ColumnNames.BID_LOW,
                ColumnNames.BID_CLOSE, ColumnNames.ASK_OPEN, ColumnNames.ASK_HIGH, ColumnNames.ASK_LOW, ColumnNames.ASK_CLOSE)) {
            assertThat(ours.longs(c).scale()).isEqualTo(lean.longs(c).scale());
            assertThat(ours.longs(c).values()).as(c).containsExactly(lean.longs(c).values());
        }
        assertThat(ours.has(ColumnNames.BID_SIZE)).as("the ticks carry no sizes").isFalse();
    }

    private static List<String> lines(Path zip) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
            in.getNextEntry();
            List<String> out = new ArrayList<>(460_000);
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
            return out;
        }
    }
}
