package io.sextant.data.validate;

import io.sextant.core.data.Timeframe;
import io.sextant.data.calendar.GapAnalyzer;
import io.sextant.data.calendar.GapReport;
import io.sextant.data.calendar.TradingCalendar;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesTraits;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole-series review: the counted facts ({@link SeriesStats}) and the gaps against the trading
 * calendar. Run on every import, append and re-validation, so a stored summary always covers all
 * of the stored rows.
 *
 * @param stats counted facts
 * @param gaps  the gap report, or null where the calendar cannot judge the dates (see notes)
 * @param notes why something was not reviewed
 */
public record SeriesReview(Map<String, Stat> stats, GapReport gaps, List<String> notes) {

    public SeriesReview {
        stats = Map.copyOf(stats);
        notes = List.copyOf(notes);
    }

    public static SeriesReview of(SeriesData data, Timeframe timeframe, SeriesTraits traits) {
        List<String> notes = new ArrayList<>();
        GapReport gaps = null;
        try {
            gaps = GapAnalyzer.analyze(data.times(), data.rows(), timeframe, TradingCalendar.named(traits.calendar()),
                    traits.zone());
        } catch (IllegalArgumentException e) {
            notes.add("gaps not analysed: " + e.getMessage());
        }
        return new SeriesReview(SeriesStats.of(data, timeframe, traits.zone()), gaps, notes);
    }
}
