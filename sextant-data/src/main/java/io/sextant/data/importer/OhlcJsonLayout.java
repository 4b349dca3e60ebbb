package io.sextant.data.importer;

import io.sextant.data.series.SeriesTraits;
import io.sextant.data.text.EpochTimestamp;
import io.sextant.data.validate.ProblemLog;

import java.io.IOException;
import java.util.List;

/**
 * ta4j's bar JSON: {@code {"name":..,"ohlc":[{"endTime":ms,"openPrice","highPrice","lowPrice",
 * "closePrice","volume","amount"}]}}. {@code endTime} is taken as the bar's close (one millisecond
 * before a whole second counts as that second); {@code --stamp open} overrides for files that put
 * the period's first day there. Defaults: crypto, UTC, 24x7. (ta4j's Yahoo weekly S&P 500 export
 * cannot be read as weekly bars either way: its week labels move between weekdays over the years,
 * so two labels fall in one week, and the import is refused saying so.)
 */
final class OhlcJsonLayout implements Layout {
    private static final JsonBarsReader.Shape SHAPE = new JsonBarsReader.Shape("ohlc", "endTime",
            EpochTimestamp.Unit.MILLIS, StampAt.CLOSE, "openPrice", "highPrice", "lowPrice", "closePrice", "volume");

    @Override
    public String name() {
        return "ohlc-json";
    }

    @Override
    public String description() {
        return "ta4j JSON bars: {\"name\",\"ohlc\":[{\"endTime\":ms,\"openPrice\",\"highPrice\",\"lowPrice\",\"closePrice\","
                + "\"volume\"}]}";
    }

    @Override
    public int detect(Sample sample) {
        return JsonBarsReader.looksLike(sample, "ohlc", "endTime") ? 90 : 0;
    }

    @Override
    public List<ParsedPart> read(Source source, Sample sample, ImportOptions options) throws IOException {
        return List.of(JsonBarsReader.read(source, SHAPE, name(), options, SeriesTraits.CRYPTO));
    }
}
