package io.sextant.data.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sextant.data.testing.Imports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recognising a file's layout from its first lines, and the message when none fits. */
class LayoutsTest {
    @TempDir
    Path tmp;

    private String detect(String name, String text) throws IOException {
        Path file = Imports.write(tmp.resolve(name), text);
        return Layouts.detect(Sample.of(new Source(file, null, file.toString(), Files.size(file)))).name();
    }

    private String detectZip(String zipPath, String entry, String text) throws IOException {
        Path zip = Imports.zip(tmp.resolve(zipPath), entry, text);
        return Layouts.detect(Sample.of(new Source(zip, entry, zip + "!" + entry, text.length()))).name();
    }

    @Test
    void eachLayoutRecognisesItsOwnFiles() throws IOException {
        assertThat(detectZip("equity/usa/minute/spy/20131007_trade.zip", "20131007_spy_minute_trade.csv",
                "14400000,1674100,1674100,1672500,1672700,3197\n")).isEqualTo("lean");
        assertThat(detectZip("equity/usa/daily/spy.zip", "spy.csv", "19980102 00:00,973100,975300,965300,975000,2415900\n"))
                .isEqualTo("lean");
        assertThat(detect("aapl.us.txt", "Date,Open,High,Low,Close,Volume,OpenInt\r\n1984-09-07,0.42388,0.42902,0.41874,"
                + "0.42388,23220030,0\r\n")).isEqualTo("daily");
        assertThat(detect("spy.csv", "Date,Open,High,Low,Close,Adj Close,Volume\n2024-01-02,472.16,473.67,470.49,472.65,"
                + "468.79,123623700\n")).isEqualTo("daily");
        String kline = "1704067200000,42283.58,42298.62,42261.02,42298.61,35.92724,1704067259999,1519427.03,1327,18.16,768201.89,0\n";
        assertThat(detect("k1.csv", kline)).isEqualTo("binance-kline");
        assertThat(detect("k2.csv", "open_time,open,high,low,close,volume,close_time,quote_volume,count,taker_buy_volume,"
                + "taker_buy_quote_volume,ignore\n" + kline)).isEqualTo("binance-kline");
        assertThat(detect("b1.csv", "timestamp,price,amount\n1385337600,800.01,0.1\n")).isEqualTo("bitstamp-trades");
        assertThat(detect("b2.csv", "1385337600,800.01,0.1\n1385337613,800.05,0.27838049\n")).isEqualTo("bitstamp-trades");
        assertThat(detect("c.json", "{\n  \"candles\": [\n    {\n      \"start\": \"1463544000\",\n      \"low\": \"455.3\","))
                .isEqualTo("candles-json");
        assertThat(detect("o.json", "{\"name\":\"ETH/USD_PT5M@BinanceUS\",\"ohlc\":[{\"endTime\":1678730699999,"
                + "\"openPrice\":1673.58}]}")).isEqualTo("ohlc-json");
        assertThat(detect("w.csv", "date,GOOG,AAPL,T\n1989-12-29,,0.117203,2.365775\n")).isEqualTo("wide-close");
        assertThat(detect("w2.csv", "\"date\",\"gold\",\"silver\"\n\"1977-12-30\",100,223.42\n")).isEqualTo("wide-close");
        assertThat(detect("g.csv", "timestamp,open,high,low,close,volume\n2021-12-31 23:01:00.000000,46319.0,46385.0,"
                + "46319.0,46377.0,2300413.7295\n")).isEqualTo("csv");
        assertThat(detect("g2.csv", "time,bid,ask\n1704067200000,42000.5,42001\n")).isEqualTo("csv");
        // One-letter OHLCV headers are a bar file, not a wide table of tickers O, H, L, C, V.
        assertThat(detect("g3.csv", "t,o,h,l,c,v\n2024-01-02,1,2,0.5,1.5,100\n")).isEqualTo("csv");
    }

    @Test
    void unknownLayoutListsEveryLayoutAndShowsHowToMapColumns() throws IOException {
        Path file = Imports.write(tmp.resolve("mystery.csv"), "a|b|c\n1|2|3\n");
        Sample sample = Sample.of(new Source(file, null, file.toString(), Files.size(file)));

        assertThatThrownBy(() -> Layouts.detect(sample)).isInstanceOf(BadInputException.class).satisfies(e -> {
            List<String> lines = e.getMessage().lines().toList();
            assertThat(lines.getFirst()).isEqualTo(file + ": unknown layout; the first line is 'a|b|c'.");
            assertThat(lines.get(1)).isEqualTo("Known layouts (--format NAME):");
            assertThat(lines.subList(2, 10)).extracting(l -> l.strip().split(" ")[0]).containsExactly("lean", "daily",
                    "binance-kline", "bitstamp-trades", "candles-json", "ohlc-json", "wide-close", "csv");
            for (int i = 0; i < Layouts.all().size(); i++) {
                assertThat(lines.get(2 + i)).contains(Layouts.all().get(i).description());
            }
            assertThat(lines.get(10)).isEqualTo("To read any other CSV, map its columns, e.g.:");
            assertThat(lines.get(11)).contains("--format csv --columns ts=0,open=1,high=2,low=3,close=4,volume=5");
        });
        // The importer gives the same message.
        assertThatThrownBy(() -> Imports.read(file)).isInstanceOf(BadInputException.class)
                .hasMessageContaining("unknown layout").hasMessageContaining("--columns ts=0");
    }

    @Test
    void emptyFilesAndUnknownFormatNames() {
        Path empty = Imports.write(tmp.resolve("empty.csv"), "\n\n");
        assertThatThrownBy(() -> Imports.read(empty)).isInstanceOf(BadInputException.class)
                .hasMessage(empty + ": the file is empty");
        assertThatThrownBy(() -> Imports.read(io.sextant.data.importer.ImportOptions.defaults().withFormat("csv"), empty))
                .isInstanceOf(BadInputException.class).hasMessage(empty + ": the file is empty");
        assertThatThrownBy(() -> Layouts.named("parquet")).isInstanceOf(BadInputException.class)
                .hasMessage("unknown format 'parquet'; known formats: lean, daily, binance-kline, bitstamp-trades, "
                        + "candles-json, ohlc-json, wide-close, csv");
        assertThat(Layouts.named(" LEAN ").name()).isEqualTo("lean");
    }
}
