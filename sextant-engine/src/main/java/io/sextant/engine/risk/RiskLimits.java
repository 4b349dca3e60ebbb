package io.sextant.engine.risk;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Money;
import io.sextant.core.money.Quantity;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

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
        return with(d -> d.maxOrderNotional = value);
    }

    public RiskLimits withMaxPosition(Quantity value) {
        return with(d -> d.maxPosition = value);
    }

    /** Overrides the position limit for one instrument. */
    public RiskLimits withMaxPosition(InstrumentId id, Quantity value) {
        return with(d -> d.maxPositionBy.put(id, value));
    }

    public RiskLimits withMaxLeverage(BigDecimal value) {
        return with(d -> d.maxLeverage = value);
    }

    public RiskLimits withMaxGrossExposure(Money value) {
        return with(d -> d.maxGrossExposure = value);
    }

    public RiskLimits withMaxNetExposure(BigDecimal value) {
        return with(d -> d.maxNetExposure = value);
    }

    public RiskLimits withMaxConcentration(BigDecimal value) {
        return with(d -> d.maxConcentration = value);
    }

    public RiskLimits withDailyLoss(DailyLossLimit value) {
        return with(d -> d.dailyLoss = value);
    }

    public RiskLimits withOrderRate(OrderRateLimit value) {
        return with(d -> d.orderRate = value);
    }

    /** A copy with one change: the one place the components are listed in order. */
    private RiskLimits with(Consumer<Draft> change) {
        Draft d = new Draft(this);
        change.accept(d);
        return new RiskLimits(d.maxOrderNotional, d.maxPosition, d.maxPositionBy, d.maxLeverage, d.maxGrossExposure,
                d.maxNetExposure, d.maxConcentration, d.dailyLoss, d.orderRate);
    }

    /** The components, mutable, while a copy is made. */
    private static final class Draft {
        Money maxOrderNotional;
        Quantity maxPosition;
        Map<InstrumentId, Quantity> maxPositionBy;
        BigDecimal maxLeverage;
        Money maxGrossExposure;
        BigDecimal maxNetExposure;
        BigDecimal maxConcentration;
        DailyLossLimit dailyLoss;
        OrderRateLimit orderRate;

        Draft(RiskLimits l) {
            maxOrderNotional = l.maxOrderNotional;
            maxPosition = l.maxPosition;
            maxPositionBy = new HashMap<>(l.maxPositionBy);
            maxLeverage = l.maxLeverage;
            maxGrossExposure = l.maxGrossExposure;
            maxNetExposure = l.maxNetExposure;
            maxConcentration = l.maxConcentration;
            dailyLoss = l.dailyLoss;
            orderRate = l.orderRate;
        }
    }

    /** True if a limit needs the order's value (and so a price to estimate it). */
    boolean needsValue() {
        return maxOrderNotional != null || maxLeverage != null || maxGrossExposure != null || maxNetExposure != null
                || maxConcentration != null;
    }
}
