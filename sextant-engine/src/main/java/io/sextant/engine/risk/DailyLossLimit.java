package io.sextant.engine.risk;

import io.sextant.core.money.Money;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The most equity may fall within one day before trading halts (the kill switch).
 *
 * <p>The loss is start-of-day equity minus current equity, in the base currency. Start-of-day equity
 * is the last equity seen before the day began (the previous day's close), or the starting equity on
 * the first day. The limit is breached when the loss is at least the limit. A day is a calendar day
 * in {@code zone} (UTC unless set), from 00:00 inclusive to the next 00:00 exclusive.
 *
 * @param amount   the loss limit as money in the base currency, or null
 * @param fraction the loss limit as a fraction of start-of-day equity (0.02 = 2 %), or null
 * @param zone     the zone whose midnight starts a new day
 */
public record DailyLossLimit(Money amount, BigDecimal fraction, ZoneId zone) {

    public DailyLossLimit {
        Objects.requireNonNull(zone, "zone");
        if ((amount == null) == (fraction == null)) {
            throw new IllegalArgumentException("daily loss limit: give exactly one of an amount or a fraction, was "
                    + amount + " and " + fraction);
        }
        if (amount != null && amount.signum() <= 0) {
            throw new IllegalArgumentException("daily loss limit amount must be positive, was " + amount);
        }
        if (fraction != null && (fraction.signum() <= 0 || fraction.compareTo(BigDecimal.ONE) > 0)) {
            throw new IllegalArgumentException("daily loss limit fraction must be in (0, 1], was " + fraction);
        }
    }

    /** At most {@code amount} lost per UTC day. */
    public static DailyLossLimit of(Money amount) {
        return new DailyLossLimit(amount, null, ZoneOffset.UTC);
    }

    /** At most {@code fraction} of start-of-day equity lost per UTC day. */
    public static DailyLossLimit ofFraction(BigDecimal fraction) {
        return new DailyLossLimit(null, fraction, ZoneOffset.UTC);
    }

    /** The same limit with days counted in {@code dayZone}. */
    public DailyLossLimit in(ZoneId dayZone) {
        return new DailyLossLimit(amount, fraction, dayZone);
    }

    @Override
    public String toString() {
        return (amount != null ? amount.toString() : fraction.stripTrailingZeros().toPlainString()
                + " of start-of-day equity") + " per day (" + zone + ")";
    }
}
