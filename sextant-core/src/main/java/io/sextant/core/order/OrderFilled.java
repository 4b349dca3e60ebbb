package io.sextant.core.order;

import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.id.TradeId;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;

/**
 * The order traded, fully or in part.
 *
 * @param clientOrderId the order
 * @param instrumentId  its instrument
 * @param tradeId       the venue's id of this execution
 * @param side          buy or sell
 * @param lastQuantity  the quantity of this fill
 * @param lastPrice     the price of this fill, on the tick grid
 * @param commission    the fee, positive when paid; in the quote currency or, for some crypto venues,
 *                      in the base currency
 * @param liquiditySide maker or taker
 * @param tsEvent       when it traded, epoch ns UTC
 * @param tsInit        when this event was created, epoch ns UTC
 */
public record OrderFilled(ClientOrderId clientOrderId, InstrumentId instrumentId, TradeId tradeId, Side side,
                          Quantity lastQuantity, Price lastPrice, Money commission, LiquiditySide liquiditySide,
                          long tsEvent, long tsInit) implements OrderEvent {

    @Override
    public OrderStatus targetStatus(Order order) {
        Quantity after = order.filledQuantity().plus(lastQuantity);
        Quantity total = order.quantity();
        return total != null && after.compareTo(total) >= 0 ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
    }
}
