package io.sextant.data.series;

import io.sextant.core.instrument.AssetClass;

import java.time.ZoneId;
import java.util.Objects;

/**
 * What a series needs besides its rows to be read right: the asset class, the time zone its
 * days are counted in (New York for US equities, UTC for crypto, fixed UTC-5 for FXCM), and the
 * trading calendar that says which days should have data.
 *
 * @param assetClass the asset class
 * @param zone       the zone days and calendar bars are counted in
 * @param calendar   calendar name: {@code nyse}, {@code fx}, {@code 24x7} or {@code none}
 */
public record SeriesTraits(AssetClass assetClass, ZoneId zone, String calendar) {
    public static final SeriesTraits US_EQUITY = new SeriesTraits(AssetClass.EQUITY, ZoneId.of("America/New_York"), "nyse");
    public static final SeriesTraits CRYPTO = new SeriesTraits(AssetClass.CRYPTO, ZoneId.of("UTC"), "24x7");
    /** FXCM and LEAN forex data: fixed UTC-05:00, no daylight saving. */
    public static final SeriesTraits FX = new SeriesTraits(AssetClass.FX, ZoneId.of("-05:00"), "fx");

    public SeriesTraits {
        Objects.requireNonNull(assetClass, "assetClass");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(calendar, "calendar");
    }

    public SeriesTraits withZone(ZoneId z) {
        return new SeriesTraits(assetClass, z, calendar);
    }

    public SeriesTraits withCalendar(String c) {
        return new SeriesTraits(assetClass, zone, c);
    }

    public SeriesTraits withAssetClass(AssetClass a) {
        return new SeriesTraits(a, zone, calendar);
    }
}
