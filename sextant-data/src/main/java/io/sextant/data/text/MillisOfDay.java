package io.sextant.data.text;

import io.sextant.core.time.Nanos;

import java.time.LocalDate;

/**
 * Milliseconds since local midnight of a known day (LEAN minute, second and tick files, whose
 * date is in the file name), with an optional fraction ({@code 14400009.367} = 04:00:00.009367).
 */
public final class MillisOfDay implements TimestampParser {
    private final long epochDay;
    private final ZoneConverter zone;
    private final DecimalParser decimal = new DecimalParser();

    public MillisOfDay(LocalDate day, ZoneConverter zone) {
        this.epochDay = day.toEpochDay();
        this.zone = zone;
    }

    @Override
    public String describe() {
        return "milliseconds since midnight (" + LocalDate.ofEpochDay(epochDay) + " " + zone.zone() + ")";
    }

    @Override
    public long parse(byte[] b, int start, int end) {
        int status = decimal.parse(b, start, end);
        if (status != DecimalParser.OK || decimal.scale() > 6 || decimal.unscaled() < 0) {
            return INVALID;
        }
        long nanos = decimal.unscaled() * (Nanos.PER_MILLI / io.sextant.core.money.FixedPoint.pow10(decimal.scale()));
        if (nanos >= Nanos.PER_DAY) {
            return INVALID;
        }
        try {
            return zone.toEpochNanos(epochDay, nanos);
        } catch (ArithmeticException outsideTheNanosecondRange) {
            return INVALID;
        }
    }
}
