package io.sextant.core.data;

import io.sextant.core.time.Nanos;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The length of a time-based bar: a positive step of a unit, from one second to months
 * ({@code 1s}, {@code 5m}, {@code 1h}, {@code 1d}, {@code 1w}, {@code 1M}).
 *
 * <p>Sub-day bars align on the UTC epoch grid, as exchanges do (Binance 4h bars open at 00:00,
 * 04:00 ... UTC); for steps up to an hour this is the same as local alignment in every zone with a
 * whole-hour offset, and it never makes buckets overlap across a DST change. Days, weeks and
 * months follow the calendar of the series' time zone: days open at local midnight, weeks on
 * Monday, months on the first. A bar covers [open, close), close being the next bucket's open.
 *
 * @param step the number of units, at least 1
 * @param unit the unit
 */
public record Timeframe(int step, TimeframeUnit unit) implements Comparable<Timeframe> {

    public static final Timeframe SECOND_1 = new Timeframe(1, TimeframeUnit.SECOND);
    public static final Timeframe MINUTE_1 = new Timeframe(1, TimeframeUnit.MINUTE);
    public static final Timeframe HOUR_1 = new Timeframe(1, TimeframeUnit.HOUR);
    public static final Timeframe DAY_1 = new Timeframe(1, TimeframeUnit.DAY);
    public static final Timeframe WEEK_1 = new Timeframe(1, TimeframeUnit.WEEK);
    public static final Timeframe MONTH_1 = new Timeframe(1, TimeframeUnit.MONTH);

    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*([A-Za-z]+)");
    private static final Pattern ISO = Pattern.compile("P(?:(\\d+)([DWM])|T(\\d+)([HMS]))", Pattern.CASE_INSENSITIVE);
    private static final long MONDAY_EPOCH_DAY = 4; // 1970-01-05 was a Monday

    public Timeframe {
        if (step < 1) {
            throw new IllegalArgumentException("timeframe step must be at least 1, was " + step);
        }
        if (unit == null) {
            throw new IllegalArgumentException("timeframe unit must not be null");
        }
        long length;
        try {
            length = Math.multiplyExact((long) step, unit.nominalNanos());
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException("timeframe " + step + unit.symbol()
                    + " is too long: its length does not fit in 64-bit nanoseconds");
        }
        if (unit.isFixedLength() && Nanos.PER_DAY % length != 0) {
            throw new IllegalArgumentException("timeframe " + step + unit.symbol()
                    + " does not divide a day evenly, so its bars could not be aligned; use e.g. 1m, 5m, 15m, 1h, 4h or 1d");
        }
        // One name per length: 60s is 1m and 120m is 2h, so a series cannot be stored under two names.
        if (unit == TimeframeUnit.SECOND && step % 60 == 0) {
            step /= 60;
            unit = TimeframeUnit.MINUTE;
        }
        if (unit == TimeframeUnit.MINUTE && step % 60 == 0) {
            step /= 60;
            unit = TimeframeUnit.HOUR;
        }
    }

    /**
     * Parses {@code 1s}, {@code 30s}, {@code 1m}/{@code 1min}, {@code 4h}, {@code 1d}, {@code 1w},
     * {@code 1M}/{@code 1mo}, or ISO-8601 {@code PT5M}, {@code P1D}. Lower-case {@code m} is minutes,
     * upper-case {@code M} months, as on exchanges.
     */
    public static Timeframe parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("timeframe is missing");
        }
        String t = text.strip();
        Matcher iso = ISO.matcher(t);
        if (iso.matches()) {
            if (iso.group(1) != null) {
                int n = step(iso.group(1), text);
                return switch (iso.group(2).toUpperCase(Locale.ROOT)) {
                    case "D" -> n % 7 == 0 ? new Timeframe(n / 7, TimeframeUnit.WEEK) : new Timeframe(n, TimeframeUnit.DAY);
                    case "W" -> new Timeframe(n, TimeframeUnit.WEEK);
                    default -> new Timeframe(n, TimeframeUnit.MONTH);
                };
            }
            int n = step(iso.group(3), text);
            return switch (iso.group(4).toUpperCase(Locale.ROOT)) {
                case "H" -> new Timeframe(n, TimeframeUnit.HOUR);
                case "M" -> new Timeframe(n, TimeframeUnit.MINUTE);
                default -> new Timeframe(n, TimeframeUnit.SECOND);
            };
        }
        Matcher m = SHORT.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException(badTimeframe(text));
        }
        int n = step(m.group(1), text);
        TimeframeUnit unit = switch (m.group(2)) {
            case "s", "S", "sec", "secs", "second", "seconds" -> TimeframeUnit.SECOND;
            case "m", "min", "mins", "minute", "minutes", "T" -> TimeframeUnit.MINUTE;
            case "h", "H", "hr", "hour", "hours" -> TimeframeUnit.HOUR;
            case "d", "D", "day", "days" -> TimeframeUnit.DAY;
            case "w", "W", "wk", "week", "weeks" -> TimeframeUnit.WEEK;
            case "M", "mo", "mon", "month", "months" -> TimeframeUnit.MONTH;
            default -> throw new IllegalArgumentException(badTimeframe(text));
        };
        return new Timeframe(n, unit);
    }

    private static int step(String digits, String text) {
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(badTimeframe(text), e);
        }
    }

    private static String badTimeframe(String text) {
        return "unknown timeframe '" + text + "': use a number and a unit, e.g. 1s, 30s, 1m, 5m, 1h, 4h, 1d, 1w, 1M"
                + " (m = minute, M = month)";
    }

    /** Parses the {@link #fileName()} form back (e.g. {@code 5min}, {@code 1mo}). */
    public static Timeframe parseFileName(String name) {
        return parse(name);
    }

    /** The length of one bar; for calendar units the nominal length (a month counts 31 days). */
    public long nominalNanos() {
        return step * unit.nominalNanos();
    }

    /** The open of the bar that contains {@code tsNs}. */
    public long bucketOpen(long tsNs, ZoneId zone) {
        if (unit.isFixedLength()) {
            return tsNs - Math.floorMod(tsNs, nominalNanos());
        }
        LocalDate date = Nanos.toZoned(tsNs, zone).toLocalDate();
        LocalDate start = switch (unit) {
            case DAY -> LocalDate.ofEpochDay(date.toEpochDay() - Math.floorMod(date.toEpochDay(), (long) step));
            case WEEK -> {
                long weeks = Math.floorDiv(date.toEpochDay() - MONDAY_EPOCH_DAY, 7L);
                long aligned = weeks - Math.floorMod(weeks, (long) step);
                yield LocalDate.ofEpochDay(MONDAY_EPOCH_DAY + aligned * 7);
            }
            default -> {
                long months = date.getYear() * 12L + date.getMonthValue() - 1;
                long aligned = months - Math.floorMod(months, (long) step);
                yield LocalDate.of((int) Math.floorDiv(aligned, 12L), (int) Math.floorMod(aligned, 12L) + 1, 1);
            }
        };
        return startOfDay(start, zone);
    }

    /** The close of the bar that opens at {@code openNs} (the next bucket's open). */
    public long bucketClose(long openNs, ZoneId zone) {
        if (unit.isFixedLength()) {
            return openNs + nominalNanos();
        }
        LocalDate start = Nanos.toZoned(openNs, zone).toLocalDate();
        LocalDate end = switch (unit) {
            case DAY -> start.plusDays(step);
            case WEEK -> start.plusWeeks(step);
            default -> start.plusMonths(step);
        };
        return startOfDay(end, zone);
    }

    private static long startOfDay(LocalDate date, ZoneId zone) {
        return Nanos.ofInstant(date.atStartOfDay(zone).toInstant());
    }

    /** True if {@code other} bars can be built from whole bars of this timeframe. */
    public boolean divides(Timeframe other) {
        if (unit.isFixedLength() && other.unit.isFixedLength()) {
            return other.nominalNanos() % nominalNanos() == 0;
        }
        if (unit.isFixedLength()) {
            return Nanos.PER_DAY % nominalNanos() == 0;
        }
        return switch (unit) {
            case DAY -> !other.unit.isFixedLength()
                    && (step == 1 || (other.unit == TimeframeUnit.DAY && other.step % step == 0));
            case WEEK -> other.unit == TimeframeUnit.WEEK && other.step % step == 0;
            default -> other.unit == TimeframeUnit.MONTH && other.step % step == 0;
        };
    }

    /** Exchange-style text: {@code 1s}, {@code 5m}, {@code 1h}, {@code 1d}, {@code 1w}, {@code 1M}. */
    @Override
    public String toString() {
        return step + unit.symbol();
    }

    /** Text that is safe as a file name on case-insensitive file systems: {@code 5min}, {@code 1mo}. */
    public String fileName() {
        return step + unit.fileSymbol();
    }

    @Override
    public int compareTo(Timeframe o) {
        int c = Long.compare(nominalNanos(), o.nominalNanos());
        return c != 0 ? c : Integer.compare(step, o.step);
    }
}
