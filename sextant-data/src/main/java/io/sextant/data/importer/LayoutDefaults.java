package io.sextant.data.importer;

import io.sextant.data.series.SeriesTraits;

/** A layout's defaults with the user's overrides applied. */
final class LayoutDefaults {
    private LayoutDefaults() {
    }

    static SeriesTraits traits(SeriesTraits defaults, ImportOptions options) {
        SeriesTraits t = defaults;
        if (options.assetClass() != null) {
            t = t.withAssetClass(options.assetClass());
        }
        if (options.zone() != null) {
            t = t.withZone(options.zone());
        }
        if (options.calendar() != null) {
            t = t.withCalendar(options.calendar());
        }
        return t;
    }

    static StampAt stamp(StampAt defaultStamp, ImportOptions options) {
        return options.stamp() != null ? options.stamp() : defaultStamp;
    }
}
