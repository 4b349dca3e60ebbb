package io.sextant.engine.risk;

import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.time.Nanos;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Follows equity through the day and reports when the {@link DailyLossLimit} is first breached and
 * when a new day starts. Day boundaries are cached, so an observation within the day is a few
 * comparisons.
 */
final class DailyLossGuard {

    private final DailyLossLimit limit;
    private final Currency base;
    private long dayStartNs = Long.MAX_VALUE;
    private long nextDayNs = Long.MIN_VALUE;
    private LocalDate day;
    private long startEquityRaw;
    private long lastEquityRaw;
    private boolean seen;
    private String breach;

    DailyLossGuard(DailyLossLimit limit, Currency base) {
        this.limit = limit;
        this.base = base;
        if (limit.amount() != null && !limit.amount().currency().equals(base)) {
            throw new IllegalArgumentException("daily loss limit " + limit.amount() + " must be in the base currency "
                    + base);
        }
    }

    /**
     * Observes equity (base raw units) at {@code tsNs}; returns true the first time in a day the loss
     * reaches the limit. A new day clears {@link #breach()}.
     */
    boolean observe(long tsNs, long equityRaw) {
        if (tsNs >= nextDayNs || tsNs < dayStartNs) {
            startDay(tsNs, seen ? lastEquityRaw : equityRaw);
        }
        seen = true;
        lastEquityRaw = equityRaw;
        if (breach == null) {
            long loss = startEquityRaw - equityRaw;
            long limitRaw = limitRaw();
            if (loss >= limitRaw) {
                breach = "trading is HALTED by the daily loss limit: loss " + money(loss) + " since the start of "
                        + day + " (" + zoneName() + ", start-of-day equity " + money(startEquityRaw) + ") >= limit "
                        + money(limitRaw);
                return true;
            }
        }
        return false;
    }

    /** The reason trading halted today, or null if the limit has not been breached today. */
    String breach() {
        return breach;
    }

    private void startDay(long tsNs, long startEquity) {
        day = Nanos.toZoned(tsNs, limit.zone()).toLocalDate();
        dayStartNs = Nanos.ofInstant(day.atStartOfDay(limit.zone()).toInstant());
        nextDayNs = Nanos.ofInstant(day.plusDays(1).atStartOfDay(limit.zone()).toInstant());
        startEquityRaw = startEquity;
        breach = null;
    }

    /** The limit in base raw units: the amount, or the fraction of start-of-day equity rounded half-even. */
    private long limitRaw() {
        if (limit.amount() != null) {
            return limit.amount().raw();
        }
        return BigDecimal.valueOf(startEquityRaw).multiply(limit.fraction()).setScale(0, RoundingMode.HALF_EVEN)
                .longValueExact();
    }

    private String zoneName() {
        return limit.zone().equals(ZoneOffset.UTC) ? "UTC" : limit.zone().getId();
    }

    private String money(long raw) {
        return new Money(raw, base).toString();
    }
}
