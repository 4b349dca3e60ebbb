package io.sextant.engine.risk;

import io.sextant.core.instrument.Instrument;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.money.Price;
import io.sextant.core.money.Rounding;
import io.sextant.core.order.Order;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.position.Position;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * What an order would do if it filled at the estimated price: its signed quantity and its value.
 *
 * <p>A units order's value is {@code |quantity &times; price &times; multiplier|} rounded half-even to
 * the cent ({@link Position#valueRaw}). A notional order's value is its amount; a percent-of-equity
 * order's is {@code percent / 100 &times; equity} rounded half-even. Their quantity is the value over
 * {@code price &times; multiplier}, floored to the size precision (fees are ignored, so the estimate is
 * at least what will fill).
 *
 * @param priceRaw    the estimated price at the instrument's price precision
 * @param quantityRaw the order's quantity at the size precision, positive for a buy, negative for a sell
 * @param valueRaw    the order's value in quote-currency raw units, positive
 */
record OrderEstimate(long priceRaw, long quantityRaw, long valueRaw) {

    static OrderEstimate of(Order order, Position position, Price price, long equityRaw) {
        Instrument inst = position.instrument();
        long priceRaw = FixedPoint.rescale(price.raw(), price.precision(), inst.pricePrecision(), Rounding.HALF_EVEN);
        int sign = order.side().sign();
        long valueRaw;
        long qtyRaw;
        switch (order.request().quantity()) {
            case OrderQuantity.Units u -> {
                qtyRaw = FixedPoint.rescale(u.quantity().raw(), u.quantity().precision(), inst.sizePrecision(),
                        Rounding.HALF_EVEN);
                return new OrderEstimate(priceRaw, sign * qtyRaw, Math.abs(position.valueRaw(qtyRaw, priceRaw)));
            }
            case OrderQuantity.Notional n -> valueRaw = n.amount().raw();
            case OrderQuantity.PercentOfEquity p -> valueRaw = BigDecimal.valueOf(equityRaw).multiply(p.percent())
                    .movePointLeft(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
        }
        BigDecimal unitValue = BigDecimal.valueOf(priceRaw, inst.pricePrecision())
                .multiply(inst.spec().multiplier().toBigDecimal());
        qtyRaw = BigDecimal.valueOf(valueRaw, position.currency().precision())
                .divide(unitValue, MathContext.DECIMAL128).setScale(inst.sizePrecision(), RoundingMode.FLOOR)
                .unscaledValue().longValueExact();
        return new OrderEstimate(priceRaw, sign * qtyRaw, valueRaw);
    }
}
