package io.sextant.data.text;

import io.sextant.core.time.Nanos;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * Turns local wall-clock times of one zone into epoch nanoseconds, fast: fixed offsets are a
 * subtraction, and for zones with daylight saving the offset is cached per day, falling back to
 * {@link java.time} only on the two days a year the clocks change. Local times that do not exist
 * (the spring-forward hour) move forward by the gap and ambiguous ones (the fall-back hour) take
 * the earlier offset, as {@link java.time.ZonedDateTime#of} does.
 */
public final class ZoneConverter {
    /**
     * Days from the epoch within which {@code day * PER_DAY + nanoOfDay - offset} cannot overflow
     * (106,000 days is 1679-10 to 2260-03); further out the arithmetic is checked.
     */
    private static final long SAFE_DAYS = 106_000;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final boolean fixed;
    private final long fixedOffsetSeconds;
    private long cachedDay = Long.MIN_VALUE;
    private long cachedOffsetSeconds;
    private boolean cachedDayHasTransition;
    // A run of days between two clock changes, found by the slow path: every day whose midnight at
    // windowOffsetSeconds falls in [windowFromSeconds, windowToSeconds) (epoch seconds UTC) has that
    // offset and no change near, so consecutive days (daily bars) skip java.time.
    private long windowFromSeconds = Long.MAX_VALUE;
    private long windowToSeconds = Long.MIN_VALUE;
    private long windowOffsetSeconds;
    // The offset of instants in [instantFromSecond, instantUntilSecond), for epochDayOf.
    private long instantFromSecond = Long.MAX_VALUE;
    private long instantUntilSecond = Long.MIN_VALUE;
    private long instantOffsetSeconds;

    public ZoneConverter(ZoneId zone) {
        this.zone = zone;
        this.rules = zone.getRules();
        this.fixed = rules.isFixedOffset();
        this.fixedOffsetSeconds = fixed ? rules.getOffset(java.time.Instant.EPOCH).getTotalSeconds() : 0;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * Epoch nanoseconds of {@code nanoOfDay} on local day {@code epochDay}.
     *
     * @throws ArithmeticException if the instant lies outside what epoch nanoseconds can hold (1677-09-21 to 2262-04-11)
     */
    public long toEpochNanos(long epochDay, long nanoOfDay) {
        if (epochDay > SAFE_DAYS || epochDay < -SAFE_DAYS) {
            return farFromEpoch(epochDay, nanoOfDay);
        }
        long local = epochDay * Nanos.PER_DAY + nanoOfDay;
        if (fixed) {
            return local - fixedOffsetSeconds * Nanos.PER_SECOND;
        }
        if (epochDay != cachedDay) {
            cacheDay(epochDay);
        }
        if (!cachedDayHasTransition) {
            return local - cachedOffsetSeconds * Nanos.PER_SECOND;
        }
        LocalDateTime ldt = LocalDateTime.of(LocalDate.ofEpochDay(epochDay), java.time.LocalTime.ofNanoOfDay(nanoOfDay));
        return Nanos.ofInstant(ldt.atZone(zone).toInstant());
    }

    private long farFromEpoch(long epochDay, long nanoOfDay) {
        if (fixed) {
            return atOffset(epochDay, nanoOfDay, fixedOffsetSeconds);
        }
        try {
            LocalDateTime ldt = LocalDateTime.of(LocalDate.ofEpochDay(epochDay), java.time.LocalTime.ofNanoOfDay(nanoOfDay));
            return Nanos.ofInstant(ldt.atZone(zone).toInstant());
        } catch (DateTimeException e) {
            throw new ArithmeticException("local day " + epochDay + " is outside the epoch-nanosecond range");
        }
    }

    /**
     * Epoch nanoseconds of {@code nanoOfDay} on day {@code epochDay} at a fixed UTC offset.
     *
     * @throws ArithmeticException if the instant lies outside what epoch nanoseconds can hold
     */
    public static long atOffset(long epochDay, long nanoOfDay, long offsetSeconds) {
        if (epochDay <= SAFE_DAYS && epochDay >= -SAFE_DAYS) {
            return epochDay * Nanos.PER_DAY + nanoOfDay - offsetSeconds * Nanos.PER_SECOND;
        }
        long seconds = Math.subtractExact(Math.addExact(Math.multiplyExact(epochDay, 86_400L),
                Math.floorDiv(nanoOfDay, Nanos.PER_SECOND)), offsetSeconds);
        long nanos = Math.floorMod(nanoOfDay, Nanos.PER_SECOND);
        if (seconds < 0 && nanos > 0) {
            // As Nanos.ofInstant: seconds * 10^9 alone can overflow where the sum fits.
            seconds++;
            nanos -= Nanos.PER_SECOND;
        }
        return Math.addExact(Math.multiplyExact(seconds, Nanos.PER_SECOND), nanos);
    }

    private void cacheDay(long epochDay) {
        cachedDay = epochDay;
        long midnightUtc = epochDay * 86_400 - windowOffsetSeconds;
        if (midnightUtc >= windowFromSeconds && midnightUtc < windowToSeconds) {
            cachedOffsetSeconds = windowOffsetSeconds;
            cachedDayHasTransition = false;
            return;
        }
        LocalDateTime start = LocalDate.ofEpochDay(epochDay).atStartOfDay();
        ZoneOffset offset = rules.getValidOffsets(start).isEmpty()
                ? rules.getTransition(start).getOffsetAfter() : rules.getValidOffsets(start).getFirst();
        cachedOffsetSeconds = offset.getTotalSeconds();
        long dayStartUtc = epochDay * 86_400 - offset.getTotalSeconds();
        // Any transition near this day sends it to the exact (slow) path; over-inclusion costs only time.
        ZoneOffsetTransition next = rules.nextTransition(java.time.Instant.ofEpochSecond(dayStartUtc - 3 * 3600));
        cachedDayHasTransition = next != null && next.getInstant().getEpochSecond() <= dayStartUtc + 27 * 3600;
        if (!cachedDayHasTransition) {
            rememberWindow(offset.getTotalSeconds(), dayStartUtc, next);
        }
    }

    /**
     * Extends the answer for a day without a change near to every day that gets the same one from
     * {@link #cacheDay}'s slow path: with P and T the changes before and after, a day whose midnight
     * U (at this offset) has P &le; U - 3 h and U + 27 h &lt; T has no change near, and its midnight is
     * unambiguous at this offset when it also lies past P's overlap and before T's.
     */
    private void rememberWindow(int offset, long dayStartUtc, ZoneOffsetTransition next) {
        ZoneOffsetTransition previous = rules.previousTransition(
                java.time.Instant.ofEpochSecond(dayStartUtc - 3 * 3600 + 1));
        if ((previous == null && next == null)
                || (previous != null && previous.getOffsetAfter().getTotalSeconds() != offset)
                || (next != null && next.getOffsetBefore().getTotalSeconds() != offset)) {
            return; // not the simple case: leave every day to the slow path
        }
        windowOffsetSeconds = offset;
        windowFromSeconds = previous == null ? Long.MIN_VALUE : previous.getInstant().getEpochSecond()
                + Math.max(3 * 3600, previous.getOffsetBefore().getTotalSeconds() - offset);
        windowToSeconds = next == null ? Long.MAX_VALUE : next.getInstant().getEpochSecond()
                - Math.max(27 * 3600, offset - next.getOffsetAfter().getTotalSeconds());
    }

    /**
     * Epoch nanoseconds of the start of local day {@code epochDay} (midnight, as
     * {@link LocalDate#atStartOfDay(ZoneId)}), or {@link Long#MIN_VALUE} when a clock change is near
     * that day and the caller should ask {@link java.time} instead.
     */
    public long startOfDayOrMin(long epochDay) {
        long local = epochDay * Nanos.PER_DAY;
        if (fixed) {
            return local - fixedOffsetSeconds * Nanos.PER_SECOND;
        }
        if (epochDay != cachedDay) {
            cacheDay(epochDay);
        }
        return cachedDayHasTransition ? Long.MIN_VALUE : local - cachedOffsetSeconds * Nanos.PER_SECOND;
    }

    /**
     * The local day (days since 1970-01-01 in this zone, as {@link java.time.LocalDate#toEpochDay()}) of the
     * instant {@code epochNanos}. The offset is looked up once per stretch between two clock changes.
     */
    public long epochDayOf(long epochNanos) {
        long second = Math.floorDiv(epochNanos, Nanos.PER_SECOND);
        if (fixed) {
            return Math.floorDiv(second + fixedOffsetSeconds, 86_400L);
        }
        if (second < instantFromSecond || second >= instantUntilSecond) {
            java.time.Instant at = java.time.Instant.ofEpochSecond(second);
            instantOffsetSeconds = rules.getOffset(at).getTotalSeconds();
            ZoneOffsetTransition previous = rules.previousTransition(at.plusSeconds(1));
            ZoneOffsetTransition next = rules.nextTransition(at);
            instantFromSecond = previous == null ? Long.MIN_VALUE : previous.toEpochSecond();
            instantUntilSecond = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        }
        return Math.floorDiv(second + instantOffsetSeconds, 86_400L);
    }

    /** Days since 1970-01-01 of a proleptic Gregorian date, or {@code Long.MIN_VALUE} if the date does not exist. */
    public static long epochDay(int year, int month, int day) {
        if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return Long.MIN_VALUE;
        }
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yoe = y - era * 400;
        long doy = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> (year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
