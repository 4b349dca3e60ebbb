package io.sextant.engine.strategy;

import io.sextant.core.time.Nanos;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * A calendar rule giving the times a timer fires. The period-end schedules fire at the midnight that
 * starts the next period in {@code zone}: daily bars close at that midnight (decision 0004), so a
 * month-end timer fires right after the month's last daily bar has been delivered, and orders it
 * places fill at the next session's open.
 */
@FunctionalInterface
public interface Schedule {

    /** The first firing time strictly after {@code tsNs}, epoch ns UTC. */
    long nextAfter(long tsNs);

    /** Every day at {@code time} in {@code zone}. */
    static Schedule daily(LocalTime time, ZoneId zone) {
        return ts -> {
            ZonedDateTime now = Nanos.toInstant(ts).atZone(zone);
            ZonedDateTime candidate = now.toLocalDate().atTime(time).atZone(zone);
            if (!candidate.isAfter(now)) {
                candidate = now.toLocalDate().plusDays(1).atTime(time).atZone(zone);
            }
            return Nanos.ofInstant(candidate.toInstant());
        };
    }

    /** The end of each week (Monday 00:00 in {@code zone}). */
    static Schedule weekEnd(ZoneId zone) {
        return periodStart(zone, d -> d.with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
    }

    /** The end of each calendar month (the 1st of the next month, 00:00 in {@code zone}). */
    static Schedule monthEnd(ZoneId zone) {
        return periodStart(zone, d -> d.withDayOfMonth(1).plusMonths(1));
    }

    /** The end of each calendar quarter (1 Jan, 1 Apr, 1 Jul, 1 Oct, 00:00 in {@code zone}). */
    static Schedule quarterEnd(ZoneId zone) {
        return periodStart(zone, d -> {
            LocalDate first = d.withDayOfMonth(1);
            int month = first.getMonthValue();
            return first.plusMonths(3 - (month - 1) % 3);
        });
    }

    /** The end of each year (1 January 00:00 in {@code zone}). */
    static Schedule yearEnd(ZoneId zone) {
        return periodStart(zone, d -> d.withDayOfYear(1).plusYears(1));
    }

    private static Schedule periodStart(ZoneId zone, java.util.function.UnaryOperator<LocalDate> nextStartAfterDay) {
        return ts -> {
            ZonedDateTime now = Nanos.toInstant(ts).atZone(zone);
            LocalDate next = nextStartAfterDay.apply(now.toLocalDate());
            return Nanos.ofInstant(next.atStartOfDay(zone).toInstant());
        };
    }
}
