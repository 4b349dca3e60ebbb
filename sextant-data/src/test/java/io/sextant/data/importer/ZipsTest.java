package io.sextant.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.core.data.Timeframe;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.testing.Imports;
import io.sextant.data.testing.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading LEAN zip archives: recent ones with a superfluous zip64 field, and damaged ones that must fail. */
class ZipsTest {
    private static final String SPY_2023 = "equities-intraday/lean-usa-minute/spy/20230803_trade.zip";

    @Test
    void recentLeanZipThatZipFileRefusesIsReadFromItsLocalHeaders() throws IOException {
        Path zip = SharedData.file(SPY_2023);
        // The JDK's central-directory check refuses the archive; unzip and LEAN read it.
        assertThatThrownBy(() -> new ZipFile(zip.toFile()).close()).isInstanceOf(ZipException.class)
                .hasMessageContaining("zip64 extra");

        assertThat(Zips.entries(zip, zip.toString())).singleElement().satisfies(e -> {
            assertThat(e.name()).isEqualTo("20230803_spy_minute_trade.csv");
            assertThat(e.size()).isPositive();
        });
        String text;
        try (InputStream in = Zips.openEntry(zip, "20230803_spy_minute_trade.csv", zip.toString())) {
            text = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        assertThat(text.lines().toList()).isEqualTo(SharedData.zippedLines(zip));
        assertThat(text).startsWith("14400000,4479100,4504600,4478600,4479800,8369");
        assertThatThrownBy(() -> Zips.openEntry(zip, "nope.csv", "x.zip")).isInstanceOf(BadInputException.class)
                .hasMessage("x.zip: the zip archive has no entry 'nope.csv'");

        ImportedSeries s = Imports.one(zip);
        assertThat(s.key()).isEqualTo(new SeriesKey("SPY", SeriesKind.BARS, Timeframe.MINUTE_1));
        assertThat(s.data().rows()).isEqualTo(SharedData.zippedLines(zip).size());
    }

    @Test
    void truncatedArchivesAreRefusedAsDamaged(@TempDir Path tmp) throws IOException {
        for (String file : java.util.List.of(SPY_2023, "equities-intraday/lean-usa-minute/spy/20131007_trade.zip")) {
            byte[] bytes = Files.readAllBytes(SharedData.file(file));
            for (int keep : new int[]{bytes.length - 30, bytes.length / 2}) {
                Path cut = tmp.resolve("cut" + keep + "_trade.zip");
                Files.write(cut, Arrays.copyOf(bytes, keep));
                assertThatThrownBy(() -> Imports.read(cut)).as("%s cut to %d bytes", file, keep)
                        .isInstanceOf(BadInputException.class)
                        .hasMessageContaining(cut.toString())
                        .hasMessageContaining("corrupt or truncated");
            }
        }
    }

    @Test
    void damagedCompressedBytesAreRefusedNotImported(@TempDir Path tmp) throws IOException {
        for (String file : java.util.List.of(SPY_2023, "equities-intraday/lean-usa-minute/spy/20131007_trade.zip")) {
            byte[] bytes = Files.readAllBytes(SharedData.file(file));
            bytes[bytes.length / 2] ^= 0x10;
            Path bad = tmp.resolve(Path.of(file).getFileName());
            Files.write(bad, bytes);
            assertThatThrownBy(() -> Imports.read(bad)).as(file).isInstanceOf(BadInputException.class)
                    .hasMessageContaining("corrupt or truncated");
        }
    }
}
