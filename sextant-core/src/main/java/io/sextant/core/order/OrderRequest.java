package io.sextant.core.order;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Price;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What an order asks for, as the strategy wrote it. Build one with the static factories and the
 * {@code with...} methods; the constructor checks that the fields fit the order type.
 *
 * @param instrumentId       what to trade
 * @param side               buy or sell
 * @param type               how it executes
 * @param quantity           units, a notional amount or a percentage of equity
 * @param price              the limit price, for limit types; otherwise null
 * @param triggerPrice       the trigger price for stop and if-touched types; null for a trailing stop
 *                           whose first trigger comes from its offset
 * @param trailingOffset     the trailing distance (price units, percent, or ATR multiples); null if not trailing
 * @param trailingOffsetType how the trailing offset is measured; null if not trailing
 * @param timeInForce        how long it works
 * @param expireTimeNs       for GTD, when it expires (epoch ns UTC); otherwise 0
 * @param postOnly           a limit that must rest (maker); rejected if it would cross on arrival
 * @param reduceOnly         may only reduce an open position; rejected if it would open or increase one
 * @param tag                free text carried to the fills and trades (null for none)
 */
public record OrderRequest(InstrumentId instrumentId, Side side, OrderType type, OrderQuantity quantity, Price price,
                           Price triggerPrice, BigDecimal trailingOffset, TrailingOffsetType trailingOffsetType,
                           TimeInForce timeInForce, long expireTimeNs, boolean postOnly, boolean reduceOnly,
                           String tag) {

    public OrderRequest {
        Objects.requireNonNull(instrumentId, "instrumentId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(timeInForce, "timeInForce");
        // The message prefix is built only when a check fails: requests are made on every signal.
        if (type.hasLimitPrice() && price == null) {
            throw new IllegalArgumentException(what(type, side, instrumentId) + ": a limit price is required");
        }
        if (!type.hasLimitPrice() && price != null) {
            throw new IllegalArgumentException(what(type, side, instrumentId) + ": takes no limit price, got " + price);
        }
        if (type == OrderType.TRAILING_STOP_MARKET) {
            if (trailingOffset == null || trailingOffsetType == null || trailingOffset.signum() <= 0) {
                throw new IllegalArgumentException(what(type, side, instrumentId) + ": a positive trailing offset and its type are required");
            }
        } else {
            if (type.hasTrigger() && triggerPrice == null) {
                throw new IllegalArgumentException(what(type, side, instrumentId) + ": a trigger price is required");
            }
            if (!type.hasTrigger() && triggerPrice != null) {
                throw new IllegalArgumentException(what(type, side, instrumentId) + ": takes no trigger price, got " + triggerPrice);
            }
            if (trailingOffset != null || trailingOffsetType != null) {
                throw new IllegalArgumentException(what(type, side, instrumentId) + ": only trailing stops take a trailing offset");
            }
        }
        if (price != null && price.signum() <= 0 || triggerPrice != null && triggerPrice.signum() <= 0) {
            throw new IllegalArgumentException(what(type, side, instrumentId) + ": prices must be positive, got price " + price
                    + " trigger " + triggerPrice);
        }
        if (postOnly && type != OrderType.LIMIT) {
            throw new IllegalArgumentException(what(type, side, instrumentId) + ": only plain limit orders can be post-only");
        }
        if (postOnly && (timeInForce == TimeInForce.IOC || timeInForce == TimeInForce.FOK)) {
            throw new IllegalArgumentException(what(type, side, instrumentId) + ": a post-only order cannot be " + timeInForce);
        }
        if (timeInForce == TimeInForce.GTD && expireTimeNs <= 0) {
            throw new IllegalArgumentException(what(type, side, instrumentId) + ": GTD needs an expire time");
        }
        if (timeInForce != TimeInForce.GTD && expireTimeNs != 0) {
            throw new IllegalArgumentException(what(type, side, instrumentId) + ": an expire time needs time in force GTD, not " + timeInForce);
        }
        if ((type == OrderType.MARKET_ON_OPEN || type == OrderType.MARKET_ON_CLOSE)
                && (timeInForce == TimeInForce.IOC || timeInForce == TimeInForce.FOK)) {
            throw new IllegalArgumentException(what(type, side, instrumentId) + ": cannot be " + timeInForce);
        }
        if (reduceOnly && !(quantity instanceof OrderQuantity.Units)) {
            throw new IllegalArgumentException(what(type, side, instrumentId) + ": a reduce-only order needs its quantity in units");
        }
    }

    private static String what(OrderType type, Side side, InstrumentId id) {
        return type + " " + side + " " + id;
    }

    private static OrderRequest of(InstrumentId id, Side side, OrderType type, OrderQuantity qty, Price price,
                                   Price trigger) {
        return new OrderRequest(id, side, type, qty, price, trigger, null, null, TimeInForce.GTC, 0, false, false, null);
    }

    public static OrderRequest market(InstrumentId id, Side side, OrderQuantity qty) {
        return of(id, side, OrderType.MARKET, qty, null, null);
    }

    public static OrderRequest limit(InstrumentId id, Side side, OrderQuantity qty, Price price) {
        return of(id, side, OrderType.LIMIT, qty, price, null);
    }

    public static OrderRequest stopMarket(InstrumentId id, Side side, OrderQuantity qty, Price trigger) {
        return of(id, side, OrderType.STOP_MARKET, qty, null, trigger);
    }

    public static OrderRequest stopLimit(InstrumentId id, Side side, OrderQuantity qty, Price trigger, Price limit) {
        return of(id, side, OrderType.STOP_LIMIT, qty, limit, trigger);
    }

    public static OrderRequest marketIfTouched(InstrumentId id, Side side, OrderQuantity qty, Price trigger) {
        return of(id, side, OrderType.MARKET_IF_TOUCHED, qty, null, trigger);
    }

    public static OrderRequest limitIfTouched(InstrumentId id, Side side, OrderQuantity qty, Price trigger,
                                              Price limit) {
        return of(id, side, OrderType.LIMIT_IF_TOUCHED, qty, limit, trigger);
    }

    public static OrderRequest trailingStop(InstrumentId id, Side side, OrderQuantity qty, BigDecimal offset,
                                            TrailingOffsetType offsetType) {
        return new OrderRequest(id, side, OrderType.TRAILING_STOP_MARKET, qty, null, null, offset, offsetType,
                TimeInForce.GTC, 0, false, false, null);
    }

    public static OrderRequest marketOnOpen(InstrumentId id, Side side, OrderQuantity qty) {
        return of(id, side, OrderType.MARKET_ON_OPEN, qty, null, null);
    }

    public static OrderRequest marketOnClose(InstrumentId id, Side side, OrderQuantity qty) {
        return of(id, side, OrderType.MARKET_ON_CLOSE, qty, null, null);
    }

    public OrderRequest withTimeInForce(TimeInForce tif) {
        return new OrderRequest(instrumentId, side, type, quantity, price, triggerPrice, trailingOffset,
                trailingOffsetType, tif, tif == TimeInForce.GTD ? expireTimeNs : 0, postOnly, reduceOnly, tag);
    }

    /** Good till {@code expireTimeNs}: sets time in force GTD. */
    public OrderRequest withExpireTime(long expireNs) {
        return new OrderRequest(instrumentId, side, type, quantity, price, triggerPrice, trailingOffset,
                trailingOffsetType, TimeInForce.GTD, expireNs, postOnly, reduceOnly, tag);
    }

    public OrderRequest withPostOnly(boolean value) {
        return new OrderRequest(instrumentId, side, type, quantity, price, triggerPrice, trailingOffset,
                trailingOffsetType, timeInForce, expireTimeNs, value, reduceOnly, tag);
    }

    public OrderRequest withReduceOnly(boolean value) {
        return new OrderRequest(instrumentId, side, type, quantity, price, triggerPrice, trailingOffset,
                trailingOffsetType, timeInForce, expireTimeNs, postOnly, value, tag);
    }

    public OrderRequest withTriggerPrice(Price trigger) {
        return new OrderRequest(instrumentId, side, type, quantity, price, trigger, trailingOffset,
                trailingOffsetType, timeInForce, expireTimeNs, postOnly, reduceOnly, tag);
    }

    public OrderRequest withTag(String value) {
        return new OrderRequest(instrumentId, side, type, quantity, price, triggerPrice, trailingOffset,
                trailingOffsetType, timeInForce, expireTimeNs, postOnly, reduceOnly, value);
    }

    /** A short human description, e.g. {@code BUY 100 AAPL.XNAS LIMIT 150.00 GTC}. */
    public String describe() {
        StringBuilder b = new StringBuilder().append(side).append(' ').append(quantity).append(' ')
                .append(instrumentId).append(' ').append(type);
        if (price != null) {
            b.append(' ').append(price);
        }
        if (triggerPrice != null) {
            b.append(" trigger ").append(triggerPrice);
        }
        if (trailingOffset != null) {
            b.append(" trail ").append(trailingOffset.toPlainString()).append(' ').append(trailingOffsetType);
        }
        b.append(' ').append(timeInForce);
        if (postOnly) {
            b.append(" post-only");
        }
        if (reduceOnly) {
            b.append(" reduce-only");
        }
        return b.toString();
    }
}
