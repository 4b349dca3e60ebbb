package io.sextant.cli;

import io.sextant.data.testing.CatalogSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad input named by the Foundation issue: a clear message naming file:line[:column] where it applies,
 * exit code 2, and a catalog left byte for byte as it was (it already holds a series, so "unchanged" means something).
 */
class BadInputTest {
    private static final String HEADER = "Date,Open,High,Low,Close,Volume,OpenInt\n";
    private static final String GOOD = "2017-01-03,1,2,0.5,1.5,100,0\n";

    @TempDir
    Path tmp;

    private Cli cli;
    private Map<String, String> before;

    @BeforeEach
    void seedCatalog() throws IOException {
        cli = new Cli(tmp.resolve("ws"));
        Path seed = write("seed/keep.us.txt", HEADER + GOOD + "2017-01-04,1,2,0.5,1.5,100,0\n");
        Cli.Result r = cli.run("data", "import", seed.toString());
        assertThat(r.exit()).as(r.toString()).isZero();
        before = CatalogSnapshot.of(tmp.resolve("ws/catalog"));
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("empty", "empty.us.txt", "", "empty.us.txt: the file is empty"),
                Arguments.of("header only", "hdr.us.txt", HEADER, "hdr.us.txt: the file has a header but no data rows"),
                Arguments.of("wrong number of columns", "cols.us.txt", HEADER + GOOD + "2017-01-04,1,2,0.5,1.5,100\n",
                        "cols.us.txt:3: expected 7 fields, found 6: '2017-01-04,1,2,0.5,1.5,100'"),
                Arguments.of("unparsable number", "num.us.txt", HEADER + GOOD + "2017-01-04,1,2x,0.5,1.5,100,0\n",
                        "num.us.txt:3:14: high '2x' is not a number"),
                Arguments.of("unparsable date", "date.us.txt", HEADER + GOOD + "2017-13-04,1,2,0.5,1.5,100,0\n",
                        "date.us.txt:3:1: timestamp '2017-13-04' is not yyyy-MM-dd"),
                Arguments.of("time going backwards", "back.us.txt", HEADER + "2017-01-04,1,2,0.5,1.5,100,0\n" + GOOD,
                        "back.us.txt:3:1: time goes backwards: 2017-01-03T05:00:00Z comes after 2017-01-04T05:00:00Z (line 2)"),
                Arguments.of("duplicate timestamp", "dup.us.txt", HEADER + GOOD + GOOD,
                        "dup.us.txt:3:1: duplicate timestamp 2017-01-03T05:00:00Z (also on line 2)"),
                Arguments.of("NaN price", "nan.us.txt", HEADER + "2017-01-03,NaN,2,0.5,1.5,100,0\n",
                        "nan.us.txt:2:12: open 'NaN' is NaN"),
                Arguments.of("negative price", "neg.us.txt", HEADER + "2017-01-03,1,2,-0.5,1.5,100,0\n",
                        "neg.us.txt:2:16: low -0.5 is negative"),
                Arguments.of("high below low", "hilo.us.txt", HEADER + GOOD + "2017-01-04,1,0.4,0.5,0.45,100,0\n",
                        "hilo.us.txt:3:14: high 0.40 is below low 0.50"),
                Arguments.of("a bad row at the very end", "end.us.txt", HEADER + GOOD.repeat(1) + "2017-01-04,1,2,0.5,1.5,100,0\n"
                        + "2017-01-05,1,2,0.5,1.5,-100,0", "end.us.txt:4:24: volume -100 is negative"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badFilesExitWithTwoAndChangeNothing(String what, String file, String content, String message) throws IOException {
        Path p = write("in/" + file, content);

        Cli.Result r = cli.run("data", "import", p.toString());

        assertThat(r.exit()).as(r.toString()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(r.err()).contains(message);
        assertThat(CatalogSnapshot.of(tmp.resolve("ws/catalog"))).isEqualTo(before);
    }

    @Test
    void anUnknownLayoutListsTheKnownLayoutsAndHowToMapColumns() throws IOException {
        Path p = write("in/odd.txt", "foo;bar\n1;2\n");

        Cli.Result r = cli.run("data", "import", p.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(r.err()).contains("odd.txt: unknown layout; the first line is 'foo;bar'")
                .contains("lean", "daily", "binance-kline", "bitstamp-trades", "candles-json", "ohlc-json", "wide-close", "csv")
                .contains("--format csv --columns ts=0,open=1,high=2,low=3,close=4,volume=5");
        assertThat(CatalogSnapshot.of(tmp.resolve("ws/catalog"))).isEqualTo(before);
    }

    @Test
    void aTruncatedZipIsReportedAsSuch() throws IOException {
        byte[] zip = zip("aapl.csv", "19980102 00:00,136300,162500,135000,162500,6315000\n".repeat(2000));
        Path p = tmp.resolve("in/daily/aapl.zip");
        Files.createDirectories(p.getParent());
        Files.write(p, java.util.Arrays.copyOf(zip, zip.length / 2));

        Cli.Result r = cli.run("data", "import", p.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(r.err()).contains("aapl.zip: not a readable zip archive").contains("corrupt or truncated");
        assertThat(CatalogSnapshot.of(tmp.resolve("ws/catalog"))).isEqualTo(before);
    }

    @Test
    void aCorruptZipIsReportedAsSuchWhateverThePolicy() throws IOException {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            rows.append(String.format("%d0102 00:00,%d,%d,%d,%d,%d%n", 1000 + i, 136300 + i, 162500 + i, 135000 + i,
                    162500 + i, 6315000 + i * 7));
        }
        byte[] zip = zip("aapl.csv", rows.toString());
        zip[zip.length / 3] ^= 0x5A; // damage the deflated data in the middle
        Path p = tmp.resolve("in/daily/aapl.zip");
        Files.createDirectories(p.getParent());
        Files.write(p, zip);

        for (String policy : new String[]{"reject", "drop", "flag"}) {
            Cli.Result r = cli.run("data", "import", "--on-error", policy, p.toString());
            assertThat(r.exit()).as(policy + ": " + r).isEqualTo(ExitCodes.BAD_DATA);
            assertThat(r.err()).as(policy).contains("aapl.zip").containsAnyOf("corrupt", "invalid");
        }
        assertThat(CatalogSnapshot.of(tmp.resolve("ws/catalog"))).isEqualTo(before);
    }

    @Test
    void aFileThatDoesNotExist() {
        Cli.Result r = cli.run("data", "import", tmp.resolve("nowhere.csv").toString());
        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(r.err()).contains("nowhere.csv: no such file or folder");
        assertThat(CatalogSnapshot.of(tmp.resolve("ws/catalog"))).isEqualTo(before);
    }

    @Test
    void aReimportWithoutReplaceOrAppend() throws IOException {
        Path p = write("again/keep.us.txt", HEADER + GOOD);

        Cli.Result r = cli.run("data", "import", p.toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(r.err()).contains("KEEP 1d bars is already in the catalog (2 rows 2017-01-03..2017-01-04)")
                .contains("Use --replace to overwrite the stored series, or --append to add newer rows to it.");
        assertThat(CatalogSnapshot.of(tmp.resolve("ws/catalog"))).isEqualTo(before);
    }

    @Test
    void oneBadFileInAFolderStopsTheWholeImport() throws IOException {
        write("folder/a.us.txt", HEADER + GOOD);
        write("folder/b.us.txt", HEADER + GOOD + "2017-01-04,1,2,0.5,1.5,x,0\n");

        Cli.Result r = cli.run("data", "import", tmp.resolve("folder").toString());

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_DATA);
        assertThat(r.err()).contains("b.us.txt:3:24: volume 'x' is not a number").contains("nothing was imported");
        assertThat(CatalogSnapshot.of(tmp.resolve("ws/catalog"))).isEqualTo(before);
    }

    @Test
    void dropLeavesBadRowsOutAndListsEachOne() throws IOException {
        Path p = write("in/drop.us.txt", HEADER + GOOD + "2017-01-04,1,2x,0.5,1.5,100,0\n"
                + "2017-01-05,1,0.4,0.5,0.45,100,0\n2017-01-06,1,2,0.5,1.5,100,0\n");

        Cli.Result r = cli.run("data", "import", "--on-error", "drop", p.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Dropped rows (2):").contains("drop.us.txt:3:14: high '2x' is not a number")
                .contains("drop.us.txt:4:14: high 0.40 is below low 0.50");
        Cli.Result show = cli.run("data", "show", "DROP", "--json");
        assertThat(show.json().get(0).get("rows").asLong()).isEqualTo(2);
        assertThat(show.json().get(0).get("validation").get("droppedRows").asLong()).isEqualTo(2);
    }

    @Test
    void flagKeepsRowsThatBreakAValueRuleAndDropsUnstorableOnes() throws IOException {
        Path p = write("in/flag.us.txt", HEADER + GOOD + "2017-01-04,1,0.4,0.5,0.45,100,0\n" + GOOD
                + "2017-01-05,1,2,0.5,1.5,100,0\n");

        Cli.Result r = cli.run("data", "import", "--on-error", "flag", p.toString());

        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Flagged rows (kept) (1):").contains("flag.us.txt:3:14: high 0.40 is below low 0.50")
                .contains("Dropped rows (1):").contains("flag.us.txt:4:1: time goes backwards");
        Cli.Result show = cli.run("data", "show", "FLAG", "--json");
        assertThat(show.json().get(0).get("rows").asLong()).isEqualTo(3);
        assertThat(show.json().get(0).get("validation").get("flagged").get(0).asText())
                .endsWith("flag.us.txt:3:14: high 0.40 is below low 0.50");
    }

    private static byte[] zip(String entry, String text) throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(text.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        return bytes.toByteArray();
    }
}
