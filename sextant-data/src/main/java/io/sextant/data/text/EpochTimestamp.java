package io.sextant.data.text;

import io.sextant.core.time.Nanos;

import java.util.Locale;

/**
 * Numeric epoch timestamps (UTC) in seconds, milliseconds, microseconds or nanoseconds, with an
 * optional fraction ({@code 1385337600.5} seconds).
 */
public final class EpochTimestamp implements TimestampParser {

    /** The unit of an epoch number. */
    public enum Unit {
        SECONDS(Nanos.PER_SECOND, 9), MILLIS(Nanos.PER_MILLI, 6), MICROS(Nanos.PER_MICRO, 3), NANOS(1, 0);

        final long nanos;
        final int fractionDigits;

        Unit(long nanos, int fractionDigits) {
            this.nanos = nanos;
            this.fractionDigits = fractionDigits;
        }

        public static Unit parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "s", "sec", "seconds" -> SECONDS;
                case "ms", "millis", "milliseconds" -> MILLIS;
                case "us", "micros", "microseconds" -> MICROS;
                case "ns", "nanos", "nanoseconds" -> NANOS;
                default -> throw new IllegalArgumentException("unknown epoch unit '" + text + "': use s, ms, us or ns");
            };
        }

        /**
         * The unit a present-day epoch number of this magnitude is in: below 10^11 seconds (to year
         * 5138), below 10^14 milliseconds, below 10^17 microseconds, else nanoseconds.
         */
        public static Unit guess(long value) {
            long v = Math.abs(value);
            return v < 100_000_000_000L ? SECONDS : v < 100_000_000_000_000L ? MILLIS
                    : v < 100_000_000_000_000_000L ? MICROS : NANOS;
        }
    }

    private final Unit unit;
    private final DecimalParser decimal = new DecimalParser();

    public EpochTimestamp(Unit unit) {
        this.unit = unit;
    }

    public Unit unit() {
        return unit;
    }

    @Override
    public String describe() {
        return "epoch " + unit.name().toLowerCase(Locale.ROOT) + " (UTC)";
    }

    @Override
    public long parse(byte[] b, int start, int end) {
        int status = decimal.parse(b, start, end);
        if (status != DecimalParser.OK || decimal.scale() > unit.fractionDigits) {
            return INVALID;
        }
        long perUnit = unit.nanos / io.sextant.core.money.FixedPoint.pow10(decimal.scale());
        long hi = Math.multiplyHigh(decimal.unscaled(), perUnit);
        long lo = decimal.unscaled() * perUnit;
        if ((hi != 0 || lo < 0) && (hi != -1 || lo >= 0)) {
            return INVALID;
        }
        return lo;
    }
}
