package io.sextant.engine.portfolio;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * The price at which a linear derivative position's collateral falls to its maintenance margin
 * (Binance-style USDT-margined perpetual, no maintenance amount).
 *
 * <p>With entry notional {@code E = entry &times; units} (the cost basis, quote currency), units
 * {@code u = |quantity| &times; multiplier}, collateral {@code C} and maintenance rate {@code mmr}:
 * <pre>
 *   long:  liq = (E - C) / (u &times; (1 - mmr))
 *   short: liq = (E + C) / (u &times; (1 + mmr))
 * </pre>
 * That is where {@code C + PnL(liq) = mmr &times; liq &times; u}. Isolated margin uses {@code C = E / leverage};
 * cross margin uses the account's equity without this position's unrealized PnL, less the other
 * positions' maintenance margin. A long whose formula gives a price at or below zero cannot be
 * liquidated (empty).
 */
public final class LiquidationPrice {
    private LiquidationPrice() {
    }

    /**
     * @param isLong         true for a long position
     * @param entryNotional  {@code |cost basis|}, quote currency (a positive decimal)
     * @param units          {@code |quantity| &times; multiplier}, positive
     * @param collateral     {@code C}, quote currency
     * @param maintenanceRate {@code mmr}, in (0, 1)
     * @return the exact liquidation price (not yet on the tick grid), or empty if there is none
     */
    public static Optional<BigDecimal> of(boolean isLong, BigDecimal entryNotional, BigDecimal units,
                                          BigDecimal collateral, BigDecimal maintenanceRate) {
        if (units.signum() <= 0) {
            throw new IllegalArgumentException("liquidation price needs a positive quantity, was " + units);
        }
        BigDecimal numerator = isLong ? entryNotional.subtract(collateral) : entryNotional.add(collateral);
        BigDecimal factor = isLong ? BigDecimal.ONE.subtract(maintenanceRate) : BigDecimal.ONE.add(maintenanceRate);
        if (numerator.signum() <= 0 || factor.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(numerator.divide(units.multiply(factor), MathContext.DECIMAL128));
    }
}
