package io.sextant.data.importer;

import io.sextant.data.series.SeriesTraits;
import io.sextant.data.text.EpochTimestamp;
import io.sextant.data.validate.ProblemLog;

import java.io.IOException;
import java.util.List;

/**
 * Coinbase and TradingView candle JSON, as exported by ta4j:
 * {@code {"candles":[{"start":unix_s,"low","high","open","close","volume"}]}}, values as strings or
 * numbers, {@code start} = bar open (UTC). The timeframe comes from the file name ({@code -PT4H-})
 * or is inferred. Defaults: crypto, UTC, 24x7.
 */
final class CandlesJsonLayout implements Layout {
    private static final JsonBarsReader.Shape SHAPE = new JsonBarsReader.Shape("candles", "start",
            EpochTimestamp.Unit.SECONDS, StampAt.OPEN, "open", "high", "low", "close", "volume");

    @Override
    public String name() {
        return "candles-json";
    }

    @Override
    public String description() {
        return "Coinbase/TradingView JSON: {\"candles\":[{\"start\":unix_s,\"open\",\"high\",\"low\",\"close\",\"volume\"}]}";
    }

    @Override
    public int detect(Sample sample) {
        return JsonBarsReader.looksLike(sample, "candles", "start") ? 90 : 0;
    }

    @Override
    public List<ParsedPart> read(Source source, Sample sample, ImportOptions options) throws IOException {
        return List.of(JsonBarsReader.read(source, SHAPE, name(), options, SeriesTraits.CRYPTO));
    }
}
