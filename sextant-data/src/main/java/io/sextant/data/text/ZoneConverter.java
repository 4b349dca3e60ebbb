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
        LocalDateTime start = LocalDate.ofEpochDay(epochDay).atStartOfDay();
        ZoneOffset offset = rules.getValidOffsets(start).isEmpty()
                ? rules.getTransition(start).getOffsetAfter() : rules.getValidOffsets(start).getFirst();
        cachedOffsetSeconds = offset.getTotalSeconds();
        long dayStartUtc = epochDay * 86_400 - offset.getTotalSeconds();
        // Any transition near this day sends it to the exact (slow) path; over-inclusion costs only time.
        ZoneOffsetTransition next = rules.nextTransition(java.time.Instant.ofEpochSecond(dayStartUtc - 3 * 3600));
        cachedDayHasTransition = next != null && next.getInstant().getEpochSecond() <= dayStartUtc + 27 * 3600;
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
