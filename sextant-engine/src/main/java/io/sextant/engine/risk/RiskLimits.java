package io.sextant.engine.risk;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Money;
import io.sextant.core.money.Quantity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Pre-trade limits; each is optional (null means no limit). Start from {@link #NONE} and add limits
 * with the {@code with...} methods. Money limits are in the account's base currency. How each is
 * measured is stated on {@link RiskEngine}.
 *
 * @param maxOrderNotional   the largest value one order may have
 * @param maxPosition        the largest absolute quantity a position may reach, for instruments without an override
 * @param maxPositionBy      per-instrument overrides of {@code maxPosition} (never null)
 * @param maxLeverage        the largest gross exposure after an order as a multiple of equity (1.5 = 150 %)
 * @param maxGrossExposure   the largest gross exposure after an order as money
 * @param maxNetExposure     the largest absolute net exposure after an order as a multiple of equity
 * @param maxConcentration   the largest absolute value of one position after an order as a fraction of equity
 * @param dailyLoss          the daily loss that halts trading for the rest of the day
 * @param orderRate          the most orders per rolling window
 */
public record RiskLimits(Money maxOrderNotional, Quantity maxPosition, Map<InstrumentId, Quantity> maxPositionBy,
                         BigDecimal maxLeverage, Money maxGrossExposure, BigDecimal maxNetExposure,
                         BigDecimal maxConcentration, DailyLossLimit dailyLoss, OrderRateLimit orderRate) {

    /** No limits. */
    public static final RiskLimits NONE = new RiskLimits(null, null, Map.of(), null, null, null, null, null, null);

    public RiskLimits {
        maxPositionBy = Map.copyOf(Objects.requireNonNull(maxPositionBy, "maxPositionBy"));
        requirePositive("maxOrderNotional", maxOrderNotional == null ? 1 : maxOrderNotional.signum());
        requirePositive("maxPosition", maxPosition == null ? 1 : Long.signum(maxPosition.raw()));
        maxPositionBy.forEach((id, q) -> requirePositive("maxPosition of " + id, Long.signum(q.raw())));
        requirePositive("maxLeverage", maxLeverage == null ? 1 : maxLeverage.signum());
        requirePositive("maxGrossExposure", maxGrossExposure == null ? 1 : maxGrossExposure.signum());
        requirePositive("maxNetExposure", maxNetExposure == null ? 1 : maxNetExposure.signum());
        requirePositive("maxConcentration", maxConcentration == null ? 1 : maxConcentration.signum());
    }

    private static void requirePositive(String limit, int signum) {
        if (signum <= 0) {
            throw new IllegalArgumentException("risk limit " + limit + " must be positive");
        }
    }

    /** The position limit for {@code id}: its override, else the default; null if neither is set. */
    public Quantity maxPositionOf(InstrumentId id) {
        return maxPositionBy.getOrDefault(id, maxPosition);
    }

    public RiskLimits withMaxOrderNotional(Money value) {
        return new RiskLimits(value, maxPosition, maxPositionBy, maxLeverage, maxGrossExposure, maxNetExposure,
                maxConcentration, dailyLoss, orderRate);
    }

    public RiskLimits withMaxPosition(Quantity value) {
        return new RiskLimits(maxOrderNotional, value, maxPositionBy, maxLeverage, maxGrossExposure, maxNetExposure,
                maxConcentration, dailyLoss, orderRate);
    }

    /** Overrides the position limit for one instrument. */
    public RiskLimits withMaxPosition(InstrumentId id, Quantity value) {
        Map<InstrumentId, Quantity> by = new HashMap<>(maxPositionBy);
        by.put(id, value);
        return new RiskLimits(maxOrderNotional, maxPosition, by, maxLeverage, maxGrossExposure, maxNetExposure,
                maxConcentration, dailyLoss, orderRate);
    }

    public RiskLimits withMaxLeverage(BigDecimal value) {
        return new RiskLimits(maxOrderNotional, maxPosition, maxPositionBy, value, maxGrossExposure, maxNetExposure,
                maxConcentration, dailyLoss, orderRate);
    }

    public RiskLimits withMaxGrossExposure(Money value) {
        return new RiskLimits(maxOrderNotional, maxPosition, maxPositionBy, maxLeverage, value, maxNetExposure,
                maxConcentration, dailyLoss, orderRate);
    }

    public RiskLimits withMaxNetExposure(BigDecimal value) {
        return new RiskLimits(maxOrderNotional, maxPosition, maxPositionBy, maxLeverage, maxGrossExposure, value,
                maxConcentration, dailyLoss, orderRate);
    }

    public RiskLimits withMaxConcentration(BigDecimal value) {
        return new RiskLimits(maxOrderNotional, maxPosition, maxPositionBy, maxLeverage, maxGrossExposure,
                maxNetExposure, value, dailyLoss, orderRate);
    }

    public RiskLimits withDailyLoss(DailyLossLimit value) {
        return new RiskLimits(maxOrderNotional, maxPosition, maxPositionBy, maxLeverage, maxGrossExposure,
                maxNetExposure, maxConcentration, value, orderRate);
    }

    public RiskLimits withOrderRate(OrderRateLimit value) {
        return new RiskLimits(maxOrderNotional, maxPosition, maxPositionBy, maxLeverage, maxGrossExposure,
                maxNetExposure, maxConcentration, dailyLoss, value);
    }

    /** True if a limit needs the order's value (and so a price to estimate it). */
    boolean needsValue() {
        return maxOrderNotional != null || maxLeverage != null || maxGrossExposure != null || maxNetExposure != null
                || maxConcentration != null;
    }
}
