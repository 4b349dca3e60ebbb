package io.sextant.data.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Counts data points on dates that are not sessions, keeping the first {@value GapReport#KEPT} such dates. */
final class OffCalendarTracker {
    private final List<LocalDate> firstDates = new ArrayList<>(GapReport.KEPT);
    private long points;
    private long days;

    /** A new date without a session has data. */
    void day(long epochDay) {
        days++;
        if (firstDates.size() < GapReport.KEPT) {
            firstDates.add(LocalDate.ofEpochDay(epochDay));
        }
    }

    /** One more point on the current such date. */
    void point() {
        points++;
    }

    long points() {
        return points;
    }

    long days() {
        return days;
    }

    List<LocalDate> firstDates() {
        return firstDates;
    }
}
