package io.sextant.data.calendar;

import io.sextant.core.time.Nanos;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Maps instants to local epoch days in one zone without allocating: the zone offset is looked up once per
 * stretch between two offset transitions (twice a year in a DST zone, once in a fixed one) and reused.
 *
 * <p>A day may start away from local midnight: with a {@code dayStart} of minus seven hours, days run from 17:00
 * to 17:00 and an instant at 18:00 belongs to the next date, as {@link TradingCalendar#tradingDate(long)} has it.
 * Not thread-safe: one per pass over a series.
 */
final class LocalDays {
    private static final long SECONDS_PER_DAY = 86_400L;

    private final ZoneRules rules;
    private final long dayStartSeconds;
    private long validFromSecond = Long.MAX_VALUE;
    private long validUntilSecond = Long.MIN_VALUE;
    private int offsetSeconds;

    LocalDays(ZoneId zone, Duration dayStart) {
        this.rules = zone.getRules();
        this.dayStartSeconds = dayStart.toSeconds();
    }

    /** Days starting at local midnight in {@code zone}. */
    static LocalDays of(ZoneId zone) {
        return new LocalDays(zone, Duration.ZERO);
    }

    /** The trading dates of {@code calendar}. */
    static LocalDays tradingDatesOf(TradingCalendar calendar) {
        return new LocalDays(calendar.zone(), calendar.tradingDayStart());
    }

    /** The epoch day ({@link java.time.LocalDate#toEpochDay()}) that {@code epochNs} falls on. */
    long epochDay(long epochNs) {
        long second = Math.floorDiv(epochNs, Nanos.PER_SECOND);
        if (second < validFromSecond || second >= validUntilSecond) {
            lookUpOffset(second);
        }
        return Math.floorDiv(second + offsetSeconds - dayStartSeconds, SECONDS_PER_DAY);
    }

    private void lookUpOffset(long second) {
        Instant at = Instant.ofEpochSecond(second);
        offsetSeconds = rules.getOffset(at).getTotalSeconds();
        ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
        ZoneOffsetTransition next = rules.nextTransition(at);
        validFromSecond = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
        validUntilSecond = next == null ? Long.MAX_VALUE : next.toEpochSecond();
    }
}
