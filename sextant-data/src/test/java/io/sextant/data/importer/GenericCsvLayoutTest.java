package io.sextant.data.importer;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generic CSV layout: the real nautilus FTX file, and hand-made files for each way of mapping columns and times. */
class GenericCsvLayoutTest {
    private static final ImportOptions CSV = ImportOptions.defaults().withFormat("csv");

    @Test
    void nautilusFtxMinuteBarsByHeaderNames() {
        Path file = SharedData.file("crypto/nautilus/ftx-btc-perp-20211231-20220201_1m.csv");
        ImportedSeries s = Imports.one(ImportOptions.defaults().withSymbol("btc-perp").withAssetClass(AssetClass.CRYPTO),
                file);

        assertThat(s.sources().getFirst().layout()).isEqualTo("csv");
        assertThat(s.key()).isEqualTo(new SeriesKey("BTC-PERP", SeriesKind.BARS, Timeframe.MINUTE_1));
        assertThat(s.traits().zone()).isEqualTo(UTC);
        assertThat(s.traits().assetClass()).isEqualTo(AssetClass.CRYPTO);
        SeriesData d = s.data();
        assertThat(d.rows()).isEqualTo(45_031);
        assertThat(d.firstTime()).isEqualTo(Imports.utc("2021-12-31T23:01:00Z"));
        assertThat(d.lastTime()).isEqualTo(Imports.utc("2022-02-01T05:31:00Z"));

        List<String> lines = SharedData.lines(file);
        assertThat(lines.getFirst()).isEqualTo("timestamp,open,high,low,close,volume");
        String[] columns = {ColumnNames.OPEN, ColumnNames.HIGH, ColumnNames.LOW, ColumnNames.CLOSE, ColumnNames.VOLUME};
        int noisy = 0;
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            long open = at(LocalDateTime.parse(f[0].replace(' ', 'T')), UTC);
            assertThat(raw(d, ColumnNames.TS_OPEN, i - 1)).isEqualTo(open);
            assertThat(raw(d, ColumnNames.TS_CLOSE, i - 1)).isEqualTo(open + Nanos.PER_MINUTE);
            for (int c = 0; c < columns.length; c++) {
                BigDecimal expected = new BigDecimal(f[c + 1]);
                if (expected.scale() > 9) {
                    noisy++;
                    expected = expected.setScale(9, RoundingMode.HALF_EVEN);
                }
                if (value(d, columns[c], i - 1).compareTo(expected) != 0) {
                    throw new AssertionError("line " + (i + 1) + ": " + columns[c] + " " + value(d, columns[c], i - 1)
                            + ", expected " + expected);
                }
            }
        }
        // Six volumes carry float noise (218102.59507500002): rounded half-even to 9 decimals, and counted.
        assertThat(noisy).isEqualTo(6);
        assertThat(s.log().roundedValues()).isEqualTo(6);
        assertThat(value(d, ColumnNames.VOLUME, 247)).isEqualByComparingTo("218102.595075");
    }

    @Test
    void columnsMappedByNameWhenTheHeaderIsNotRecognised(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("eth.csv"), """
                when,first,top,bottom,last_,qty
                2024-01-02 10:00,100.5,101,100,100.75,12.5
                2024-01-02 10:05,100.75,102,100.5,101.25,3
                2024-01-02 10:10,101.25,101.5,99.5,99.75,0
                """);
        ImportedSeries s = Imports.one(CSV.withColumns(ColumnMapping.parse(
                "ts=when,open=first,high=TOP,low=bottom,close=last_,volume=qty")), file);

        assertThat(s.key()).isEqualTo(new SeriesKey("ETH", SeriesKind.BARS, Timeframe.parse("5m")));
        assertThat(s.data().times()).containsExactly(Imports.utc("2024-01-02T10:00:00Z"),
                Imports.utc("2024-01-02T10:05:00Z"), Imports.utc("2024-01-02T10:10:00Z"));
        assertThat(value(s.data(), ColumnNames.OPEN, 0)).isEqualByComparingTo("100.5");
        assertThat(value(s.data(), ColumnNames.HIGH, 1)).isEqualByComparingTo("102");
        assertThat(value(s.data(), ColumnNames.LOW, 2)).isEqualByComparingTo("99.5");
        assertThat(value(s.data(), ColumnNames.CLOSE, 2)).isEqualByComparingTo("99.75");
        assertThat(value(s.data(), ColumnNames.VOLUME, 0)).isEqualByComparingTo("12.5");

        assertThatThrownBy(() -> Imports.read(CSV.withColumns(ColumnMapping.parse("ts=when,close=nope")), file))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("column 'nope' (for close) is not in the header [when, first, top, bottom, last_, qty]");
    }

    @Test
    void columnsMappedByIndexInAHeaderlessFile(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("x.csv"), "1704189600,ignored,100.5,7\n1704189660,ignored,100.25,8\n"
                + "1704189720,ignored,100.75,9\n");
        ImportOptions o = CSV.withSymbol("xyz").withHeader(false).withColumns(ColumnMapping.parse("ts=0,close=2,volume=3"));
        ImportedSeries s = Imports.one(o, file);

        assertThat(s.key()).isEqualTo(new SeriesKey("XYZ", SeriesKind.BARS, Timeframe.MINUTE_1));
        assertThat(s.data().times()).containsExactly(1_704_189_600L * Nanos.PER_SECOND, 1_704_189_660L * Nanos.PER_SECOND,
                1_704_189_720L * Nanos.PER_SECOND);
        // A close-only mapping makes open = high = low = close.
        for (String c : List.of(ColumnNames.OPEN, ColumnNames.HIGH, ColumnNames.LOW, ColumnNames.CLOSE)) {
            assertThat(value(s.data(), c, 1)).isEqualByComparingTo("100.25");
        }
        assertThat(value(s.data(), ColumnNames.VOLUME, 2)).isEqualByComparingTo("9");

        assertThatThrownBy(() -> Imports.read(CSV.withHeader(false), file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("the file has no header, so its columns must be mapped: --columns ts=0,");
    }

    @Test
    void semicolonSeparatedWithDecimalPointsIsDetected(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("dax.csv"), "Date;Open;High;Low;Close;Volume\r\n"
                + "2024-01-02;16750.5;16800.25;16700;16790.75;1000\r\n2024-01-03;16790.75;16850;16780;16840;1500\r\n"
                + "2024-01-04;16840;16900;16800;16810.5;1200");
        ImportedSeries s = Imports.one(ImportOptions.defaults().withZone(ZoneId.of("Europe/Berlin")), file);

        assertThat(s.sources().getFirst().layout()).isEqualTo("csv");
        assertThat(s.key()).isEqualTo(new SeriesKey("DAX", SeriesKind.BARS, Timeframe.DAY_1));
        assertThat(s.data().firstTime()).isEqualTo(Imports.utc("2024-01-01T23:00:00Z"));
        assertThat(raw(s.data(), ColumnNames.TS_CLOSE, 0)).isEqualTo(Imports.utc("2024-01-02T23:00:00Z"));
        assertThat(value(s.data(), ColumnNames.HIGH, 0)).isEqualByComparingTo("16800.25");
        assertThat(value(s.data(), ColumnNames.CLOSE, 2)).isEqualByComparingTo("16810.5");
    }

    @Test
    void quotedFieldsWithSeparatorsAndDoubledQuotesInside(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("quoted.csv"), "\"Timestamp\",\"Price\",\"Size\",\"Note\"\n"
                + "\"2024-01-02 09:30:00.250\",\"187.15\",\"100\",\"opening, \"\"cross\"\"\"\n"
                + "\"2024-01-02 09:30:00.250\",\"187.16\",\"5\",\"odd lot\"\n"
                + "\"2024-01-02 09:30:01\",\"187.10\",\"200\",\"\"\n");
        ImportedSeries s = Imports.one(ImportOptions.defaults().withSymbol("AAPL").withZone(Imports.NEW_YORK), file);

        assertThat(s.key()).isEqualTo(new SeriesKey("AAPL", SeriesKind.TRADES, null));
        assertThat(s.data().times()).containsExactly(at("2024-01-02T09:30:00.250", Imports.NEW_YORK),
                at("2024-01-02T09:30:00.250", Imports.NEW_YORK), at("2024-01-02T09:30:01", Imports.NEW_YORK));
        assertThat(value(s.data(), ColumnNames.PRICE, 0)).isEqualByComparingTo("187.15");
        assertThat(value(s.data(), ColumnNames.SIZE, 1)).isEqualByComparingTo("5");
        assertThat(value(s.data(), ColumnNames.PRICE, 2)).isEqualByComparingTo("187.10");
    }

    @Test
    void customTimestampPatternInAGivenZone(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("ftse.csv"), """
                Date,Close
                31/03/2024 23:00,7952.5
                01/04/2024 00:00,7953.0
                01/04/2024 01:00,7950.25
                """);
        ImportOptions o = ImportOptions.defaults().withTimestampFormat("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/London"));
        ImportedSeries s = Imports.one(o, file);

        assertThat(s.key()).isEqualTo(new SeriesKey("FTSE", SeriesKind.BARS, Timeframe.HOUR_1));
        // 2024-03-31 is the day the UK moves to BST: 23:00 BST is 22:00 UTC.
        assertThat(s.data().times()).containsExactly(Imports.utc("2024-03-31T22:00:00Z"), Imports.utc("2024-03-31T23:00:00Z"),
                Imports.utc("2024-04-01T00:00:00Z"));
        assertThat(value(s.data(), ColumnNames.CLOSE, 2)).isEqualByComparingTo("7950.25");

        // Without the pattern the day-first dates are not ISO, and the message says how to give one.
        assertThatThrownBy(() -> Imports.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("cannot read timestamps like '31/03/2024 23:00'")
                .hasMessageContaining("--timestamp-format");
    }

    @Test
    void epochMillisecondTimesDetectedOrGiven(@TempDir Path tmp) {
        Path file = Imports.write(tmp.resolve("btc.csv"), """
                time,bid,ask
                1704067200000,42000.5,42001
                1704067200250,42000.5,42000.5
                1704067200900,42001,42000.75
                """);
        for (ImportOptions o : List.of(ImportOptions.defaults(), ImportOptions.defaults().withTimestampFormat("epoch-ms"))) {
            ImportedSeries s = Imports.one(o, file);
            assertThat(s.key()).isEqualTo(new SeriesKey("BTC", SeriesKind.QUOTES, null));
            assertThat(s.data().times()).containsExactly(1_704_067_200_000L * Nanos.PER_MILLI,
                    1_704_067_200_250L * Nanos.PER_MILLI, 1_704_067_200_900L * Nanos.PER_MILLI);
            assertThat(value(s.data(), ColumnNames.ASK, 2)).isEqualByComparingTo("42000.75");
            // Locked and crossed quotes are kept and counted, not refused.
            assertThat(s.review().stats().get(io.sextant.data.validate.SeriesStats.LOCKED).count()).isEqualTo(1);
            assertThat(s.review().stats().get(io.sextant.data.validate.SeriesStats.CROSSED).count()).isEqualTo(1);
        }
        // Read as seconds, the same numbers are far in the future; the parser refuses what does not fit.
        ImportedSeries seconds = Imports.one(ImportOptions.defaults().withTimestampFormat("epoch-s"), Imports.write(
                tmp.resolve("s.csv"), "time,price,size\n1704067200,1,1\n1704067200.5,2,1\n"));
        assertThat(seconds.data().times()).containsExactly(1_704_067_200L * Nanos.PER_SECOND,
                1_704_067_200L * Nanos.PER_SECOND + Nanos.PER_SECOND / 2);
    }
}
