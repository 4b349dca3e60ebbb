package io.sextant.data.importer;

import io.sextant.data.corporate.FactorTable;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesTraits;
import io.sextant.data.validate.ProblemLog;
import io.sextant.data.validate.SeriesReview;

import java.util.List;

/**
 * One series read, merged across its sources, checked and ready for the catalog.
 *
 * @param key     symbol, kind and timeframe
 * @param traits  asset class, zone and calendar
 * @param data    the rows, in time order, bars with explicit open and close times
 * @param sources where the rows came from, in time order
 * @param review  counted facts (zero volume, crossed quotes, ...) and gaps against the calendar
 * @param log     dropped and flagged rows, values rounded
 * @param factors corporate-action factors, or null
 */
public record ImportedSeries(SeriesKey key, SeriesTraits traits, SeriesData data, List<SourceRef> sources,
                             SeriesReview review, ProblemLog log, FactorTable factors) {
}
