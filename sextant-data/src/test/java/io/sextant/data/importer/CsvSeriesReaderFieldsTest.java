package io.sextant.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesData;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole-number and flag fields: the byte fast path gives what the general (String) path gives. */
class CsvSeriesReaderFieldsTest {
    @TempDir
    Path dir;

    @Test
    void plainDigitsAgreeWithLongParseLongOrDeclineToAnswer() {
        SplittableRandom random = new SplittableRandom(5);
        String alphabet = "0123456789abcdefABCDEFxX+- _.";
        for (int i = 0; i < 200_000; i++) {
            int length = random.nextInt(0, 20);
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < length; k++) {
                sb.append(random.nextInt(4) == 0 ? alphabet.charAt(random.nextInt(alphabet.length()))
                        : alphabet.charAt(random.nextInt(16)));
            }
            String text = sb.toString();
            byte[] bytes = ("," + text + ",").getBytes(StandardCharsets.US_ASCII);
            for (int radix : new int[] {10, 16}) {
                long fast = CsvSeriesReader.plainDigits(bytes, 1, bytes.length - 1, radix);
                Long general;
                try {
                    general = Long.parseLong(text.strip(), radix);
                } catch (NumberFormatException e) {
                    general = null;
                }
                if (fast >= 0) {
                    assertThat(general).as("'%s' radix %d", text, radix).isEqualTo(fast);
                } else if (text.length() >= 1 && text.length() <= 15 && text.chars().allMatch(
                        c -> Character.digit(c, radix) >= 0)) {
                    throw new AssertionError("plain digits '" + text + "' radix " + radix + " not taken");
                }
            }
        }
        byte[] max = "fffffffffffffff".getBytes(StandardCharsets.US_ASCII);
        assertThat(CsvSeriesReader.plainDigits(max, 0, max.length, 16)).isEqualTo(0xfffffffffffffffL);
        byte[] nines = "999999999999999".getBytes(StandardCharsets.US_ASCII);
        assertThat(CsvSeriesReader.plainDigits(nines, 0, nines.length, 10)).isEqualTo(999_999_999_999_999L);
    }

    @Test
    void leanTickConditionsAndSuspiciousFlagsReadTheSameWithOrWithoutTheFastPath() throws IOException {
        Path zip = leanTicks(String.join("\n",
                "34200000,1674100,100,P,20002000,0",
                "34200001,1674200,200,Q,00000001,1",
                "34200002,1674300,300,T, 1a ,true",
                "34200003,1674400,400,P,+10,False",
                "34200004,1674500,500,P,7FFFFFFFFFFFFFFF, 0 ",
                "34200005,1674600,600,P,0,TRUE"));
        SeriesData data = read(zip);
        assertThat(data.longs(ColumnNames.CONDITION).values())
                .containsExactly(0x20002000L, 1L, 0x1aL, 0x10L, Long.MAX_VALUE, 0L);
        assertThat(data.optionalBytes(ColumnNames.SUSPICIOUS).orElseThrow().values())
                .containsExactly((byte) 0, (byte) 1, (byte) 1, (byte) 0, (byte) 0, (byte) 1);
    }

    @Test
    void badConditionsAndFlagsAreStillRejectedWithTheirText() throws IOException {
        assertThatThrownBy(() -> read(leanTicks("34200000,1674100,100,P,2000g000,0")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("'2000g000' is not a hexadecimal number");
        assertThatThrownBy(() -> read(leanTicks("34200000,1674100,100,P,20002000,2")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("expected 0/1 or true/false, found '2'");
        assertThatThrownBy(() -> read(leanTicks("34200000,1674100,100,P,,0")))
                .isInstanceOf(BadInputException.class).hasMessageContaining("is not a hexadecimal number");
    }

    private SeriesData read(Path zip) throws IOException {
        ImportResult result = new Importer(1).read(List.of(zip.toString()), ImportOptions.defaults(),
                ImportProgress.NONE);
        assertThat(result.series()).hasSize(1);
        return result.series().getFirst().data();
    }

    private Path leanTicks(String csv) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("equity/usa/tick/spy"));
        Path zip = folder.resolve("20131007_trade.zip");
        Files.deleteIfExists(zip);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("20131007_spy_Trade_Tick.csv"));
            z.write(csv.getBytes(StandardCharsets.US_ASCII));
            z.closeEntry();
        }
        return zip;
    }
}
