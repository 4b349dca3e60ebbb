package io.sextant.data.importer;

import io.sextant.core.data.Timeframe;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.series.SeriesTraits;

/**
 * The rows one source gave for one series, before sources are merged. For bars, the {@code ts_open}
 * column holds the source's own timestamps (which may mark the close, see {@link #stamp()}) and
 * {@code ts_close} is filled in once the timeframe is known.
 *
 * @param symbol    the symbol, upper case
 * @param kind      the series kind
 * @param timeframe the timeframe if the layout knows it, else null (inferred after merging)
 * @param stamp     whether bar timestamps mark the open or the close
 * @param traits    asset class, zone and calendar
 * @param data      the rows
 * @param source    where they came from
 * @param layout    the layout that read them
 * @param firstLine line of the first row kept
 * @param lastLine  line of the last row kept
 * @param factors   corporate-action factors found beside the source (LEAN factor files), or null
 * @param log       the problems met while reading these rows
 */
public record ParsedPart(String symbol, SeriesKind kind, Timeframe timeframe, StampAt stamp, SeriesTraits traits,
                         SeriesData data, Source source, String layout, int firstLine, int lastLine,
                         io.sextant.data.corporate.FactorTable factors, io.sextant.data.validate.ProblemLog log) {

    public ParsedPart withFactors(io.sextant.data.corporate.FactorTable f) {
        return new ParsedPart(symbol, kind, timeframe, stamp, traits, data, source, layout, firstLine, lastLine, f, log);
    }
}
