package io.sextant.data.corporate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of a LEAN factor file. It applies to bars dated after the previous row's date, up to and
 * including its own date.
 *
 * @param date           the last bar date the factors apply to
 * @param priceFactor    cumulative dividend adjustment (1 after the last dividend)
 * @param splitFactor    cumulative split adjustment (1 after the last split; above 1 for reverse splits)
 * @param referencePrice the raw close on {@code date} (used to size the dividend)
 */
public record FactorRow(LocalDate date, BigDecimal priceFactor, BigDecimal splitFactor, BigDecimal referencePrice) {
    public FactorRow {
        Objects.requireNonNull(date, "date");
        if (priceFactor.signum() <= 0 || splitFactor.signum() <= 0) {
            throw new IllegalArgumentException(date + ": factors must be positive, got price factor "
                    + priceFactor.toPlainString() + ", split factor " + splitFactor.toPlainString());
        }
    }
}
