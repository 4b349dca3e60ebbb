package io.sextant.engine.risk;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Currency;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.position.Position;
import io.sextant.engine.portfolio.PortfolioView;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The limits on one order's size and on the exposure it leaves, checked in this order: order notional,
 * position size, leverage, gross exposure, net exposure, concentration. The first that fails gives
 * the reason.
 *
 * <p>Valuation. The order is valued at its limit price, else its trigger price, else the instrument's
 * last price ({@link OrderEstimate}). After the order, the instrument's position is {@code current +
 * order quantity} valued at that price; every other position keeps its value at its mark; equity is
 * taken as unchanged (a fill swaps cash for a position of the same value; fees are ignored). Gross
 * exposure is the sum of absolute position values, net the sum of signed values, both in the base
 * currency. A ratio limit is met when {@code value <= limit &times; equity}, compared exactly; ratios
 * in reasons are rounded half-even to 4 decimals.
 */
final class ExposureLimits {
    private final PortfolioView portfolio;
    private final LastPrices prices;

    ExposureLimits(PortfolioView portfolio, LastPrices prices) {
        this.portfolio = portfolio;
        this.prices = prices;
    }

    /** The reason the order breaks a limit, or null. */
    String check(Order order, RiskLimits limits) {
        InstrumentId id = order.instrumentId();
        Quantity maxPosition = limits.maxPositionOf(id);
        boolean units = order.request().quantity() instanceof OrderQuantity.Units;
        if (!limits.needsValue() && (maxPosition == null || units)) {
            return maxPosition == null ? null : positionReason(order, maxPosition, unitsRaw(order));
        }
        Position position = portfolio.position(id);
        Currency base = portfolio.baseCurrency();
        if (!position.currency().equals(base)) {
            return "risk: cannot value " + id + " (quoted in " + position.currency() + ") in the base currency " + base;
        }
        if (order.request().quantity() instanceof OrderQuantity.Notional n && !n.amount().currency().equals(base)) {
            return "risk: cannot value an order for " + n.amount() + " in the base currency " + base;
        }
        Price price = estimatePrice(order);
        if (price == null || price.signum() <= 0) {
            return "risk: no price to value " + order.side() + " " + order.request().quantity() + " " + id
                    + " (no limit or trigger price, no last price yet)";
        }
        long equity = portfolio.equity().raw();
        OrderEstimate estimate = OrderEstimate.of(order, position, price, equity);
        if (limits.maxOrderNotional() != null && estimate.valueRaw() > limits.maxOrderNotional().raw()) {
            return "max order notional: order value " + money(estimate.valueRaw()) + " (" + describe(order, estimate,
                    position) + ") > limit " + limits.maxOrderNotional();
        }
        if (maxPosition != null) {
            String reason = positionReason(order, maxPosition, estimate.quantityRaw());
            if (reason != null) {
                return reason;
            }
        }
        return exposureReason(order, limits, position, estimate, equity);
    }

    private String exposureReason(Order order, RiskLimits limits, Position position, OrderEstimate estimate,
                                  long equity) {
        boolean ratioLimits = limits.maxLeverage() != null || limits.maxGrossExposure() != null
                || limits.maxNetExposure() != null || limits.maxConcentration() != null;
        if (!ratioLimits) {
            return null;
        }
        if (equity <= 0) {
            return "risk: equity is " + money(equity) + " (not positive), so no exposure is within the limits";
        }
        long valueNow = position.isFlat() ? 0 : position.marketValueRaw(markRaw(position));
        long valueAfter = position.valueRaw(position.quantityRaw() + estimate.quantityRaw(), estimate.priceRaw());
        // The view gives exposure as a ratio to equity; times equity it is exact for values under 10^13.
        long grossNow = Math.round(portfolio.grossExposure() * equity);
        long netNow = Math.round(portfolio.netExposure() * equity);
        long grossAfter = grossNow - Math.abs(valueNow) + Math.abs(valueAfter);
        long netAfter = netNow - valueNow + valueAfter;
        if (exceeds(grossAfter, limits.maxLeverage(), equity)) {
            return "max leverage: gross exposure after order " + money(grossAfter) + " / equity " + money(equity)
                    + " = " + ratio(grossAfter, equity) + " > limit " + plain(limits.maxLeverage());
        }
        if (limits.maxGrossExposure() != null && grossAfter > limits.maxGrossExposure().raw()) {
            return "max gross exposure: gross exposure after order " + money(grossAfter) + " > limit "
                    + limits.maxGrossExposure();
        }
        if (exceeds(Math.abs(netAfter), limits.maxNetExposure(), equity)) {
            return "max net exposure: net exposure after order " + money(netAfter) + " / equity " + money(equity)
                    + " = " + ratio(netAfter, equity) + ", beyond +-" + plain(limits.maxNetExposure());
        }
        if (exceeds(Math.abs(valueAfter), limits.maxConcentration(), equity)) {
            return "max concentration: " + order.instrumentId() + " value after order " + money(Math.abs(valueAfter))
                    + " / equity " + money(equity) + " = " + ratio(Math.abs(valueAfter), equity) + " > limit "
                    + plain(limits.maxConcentration());
        }
        return null;
    }

    private String positionReason(Order order, Quantity max, long orderQtyRaw) {
        Position position = portfolio.position(order.instrumentId());
        int sp = position.instrument().sizePrecision();
        long after = position.quantityRaw() + orderQtyRaw;
        long maxRaw = FixedPoint.rescale(max.raw(), max.precision(), sp, Rounding.FLOOR);
        if (Math.abs(after) <= maxRaw) {
            return null;
        }
        return "max position: " + order.instrumentId() + " position after order " + (after < 0 ? "-" : "")
                + new Quantity(Math.abs(after), sp) + " > limit " + max;
    }

    private long unitsRaw(Order order) {
        Quantity q = ((OrderQuantity.Units) order.request().quantity()).quantity();
        int sp = portfolio.position(order.instrumentId()).instrument().sizePrecision();
        return order.side().sign() * FixedPoint.rescale(q.raw(), q.precision(), sp, Rounding.HALF_EVEN);
    }

    /** The limit price, else the trigger price, else the last price; null if none is known. */
    private Price estimatePrice(Order order) {
        if (order.price() != null) {
            return order.price();
        }
        if (order.triggerPrice() != null) {
            return order.triggerPrice();
        }
        return prices.last(order.instrumentId());
    }

    private long markRaw(Position position) {
        Price mark = prices.last(position.instrument().id());
        return FixedPoint.rescale(mark.raw(), mark.precision(), position.instrument().pricePrecision(),
                Rounding.HALF_EVEN);
    }

    private static boolean exceeds(long value, BigDecimal limit, long equity) {
        return limit != null && BigDecimal.valueOf(value).compareTo(limit.multiply(BigDecimal.valueOf(equity))) > 0;
    }

    private static String ratio(long value, long equity) {
        return plain(BigDecimal.valueOf(value).divide(BigDecimal.valueOf(equity), MathContext.DECIMAL64)
                .setScale(4, RoundingMode.HALF_EVEN));
    }

    private static String plain(BigDecimal d) {
        return d.stripTrailingZeros().toPlainString();
    }

    private String describe(Order order, OrderEstimate e, Position position) {
        return order.side() + " " + new Quantity(Math.abs(e.quantityRaw()), position.instrument().sizePrecision()) + " "
                + order.instrumentId() + " at " + new Price(e.priceRaw(), position.instrument().pricePrecision());
    }

    private String money(long raw) {
        return new Money(raw, portfolio.baseCurrency()).toString();
    }
}
