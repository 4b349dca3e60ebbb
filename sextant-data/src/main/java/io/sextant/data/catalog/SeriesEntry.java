package io.sextant.data.catalog;

import io.sextant.core.data.Timeframe;
import io.sextant.core.instrument.AssetClass;
import io.sextant.data.corporate.FactorRow;
import io.sextant.data.corporate.FactorTable;
import io.sextant.data.importer.SourceRef;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.series.SeriesTraits;

import java.time.ZoneId;
import java.util.List;

/**
 * One series in the catalog index: what it is, where its file is, and what is known about it,
 * so listing and showing need no data file.
 *
 * @param symbol      upper-case symbol
 * @param kind        {@code bars}, {@code quote-bars}, {@code trades} or {@code quotes}
 * @param timeframe   bar timeframe ({@code 1d}), or null for ticks
 * @param file        the data file's name in the catalog's {@code series} folder
 * @param rows        number of rows
 * @param firstTs     first time (bar open or tick time), epoch ns UTC
 * @param lastTs      last time, epoch ns UTC
 * @param lastCloseTs the last bar's close (the last tick time for ticks), epoch ns UTC
 * @param assetClass  asset class
 * @param zone        time zone its days are counted in
 * @param calendar    trading calendar name
 * @param priceScale  decimals of the stored prices
 * @param sizeScale   decimals of the stored sizes/volumes
 * @param bytes       size of the data file
 * @param sources     where the rows came from
 * @param updatedAt   when this version was written (ISO-8601 UTC)
 * @param validation  what validation found
 * @param factors     LEAN factor rows for corporate actions, or null
 * @param notes       anything else the user should know
 */
public record SeriesEntry(String symbol, String kind, String timeframe, String file, long rows, long firstTs, long lastTs,
                          long lastCloseTs, String assetClass, String zone, String calendar, int priceScale, int sizeScale,
                          long bytes, List<SourceRef> sources, String updatedAt, ValidationSummary validation,
                          List<FactorRow> factors, List<String> notes) {

    public SeriesEntry {
        sources = List.copyOf(sources);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public SeriesKey key() {
        return new SeriesKey(symbol, SeriesKind.parse(kind), timeframe == null ? null : Timeframe.parse(timeframe));
    }

    public SeriesTraits traits() {
        return new SeriesTraits(AssetClass.valueOf(assetClass), ZoneId.of(zone), calendar);
    }

    public FactorTable factorTable() {
        return factors == null ? null : new FactorTable(factors);
    }
}
