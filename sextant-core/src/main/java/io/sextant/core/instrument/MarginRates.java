package io.sextant.core.instrument;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Margin as fractions of notional: {@code initial} to open, {@code maintenance} to stay open.
 * A cash (unlevered) instrument has initial = maintenance = 1.
 *
 * @param initial     fraction of notional required to open, in (0, 1]
 * @param maintenance fraction of notional required to stay open, in (0, initial]
 */
public record MarginRates(BigDecimal initial, BigDecimal maintenance) {
    public static final MarginRates CASH = new MarginRates(BigDecimal.ONE, BigDecimal.ONE);

    public MarginRates {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(maintenance, "maintenance");
        if (initial.signum() <= 0 || initial.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("initial margin must be in (0, 1], was " + initial.toPlainString());
        }
        if (maintenance.signum() <= 0 || maintenance.compareTo(initial) > 0) {
            throw new IllegalArgumentException("maintenance margin must be in (0, initial=" + initial.toPlainString()
                    + "], was " + maintenance.toPlainString());
        }
    }

    public static MarginRates of(String initial, String maintenance) {
        return new MarginRates(new BigDecimal(initial), new BigDecimal(maintenance));
    }

    /** The largest leverage the initial margin allows (1 / initial). */
    public BigDecimal maxLeverage() {
        return BigDecimal.ONE.divide(initial, 6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros();
    }
}
