package io.sextant.engine.portfolio;

import io.sextant.core.id.InstrumentId;
import io.sextant.core.money.Currency;
import io.sextant.core.money.Money;
import io.sextant.core.position.Position;

import java.math.BigDecimal;
import java.util.Optional;

/** The account as a strategy or the risk engine reads it ({@code ctx.portfolio()}). Read-only. */
public interface PortfolioView {

    Currency baseCurrency();

    /** Cash or margin: what the venue checks an order's buying power against. */
    AccountType accountType();

    /** Cash in {@code currency} (may be negative in a margin account). */
    Money balance(Currency currency);

    /** Cash in the base currency. */
    default Money cash() {
        return balance(baseCurrency());
    }

    /**
     * Equity in the base currency: cash plus the market value of spot positions plus the unrealized
     * PnL of derivative positions, at the latest marks.
     */
    Money equity();

    /** The position in the instrument; a flat position if it was never traded. Do not change it. */
    Position position(InstrumentId id);

    /** The signed quantity: positive long, negative short, zero flat. */
    default double netQuantity(InstrumentId id) {
        return position(id).quantity().toDouble() * Long.signum(position(id).quantityRaw());
    }

    default boolean isFlat(InstrumentId id) {
        return position(id).isFlat();
    }

    /**
     * Initial margin the open positions tie up at their marks, base currency:
     * {@code |notional| &times; max(1 / leverage, instrument initial rate)}, over derivatives (and spot
     * positions in a margin account).
     */
    Money marginUsed();

    /**
     * The initial margin rate an increase of the instrument's position needs: the larger of 1 / the
     * account's leverage and the instrument's own rate; 1 for spot instruments in a cash account.
     */
    BigDecimal initialMarginRate(InstrumentId id);

    /** Maintenance margin of the open positions at their marks ({@code |notional| &times; maintenance rate}), base currency. */
    Money maintenanceMargin();

    /** Equity less margin used: what new positions can still tie up (negative when over-extended). */
    default Money freeMargin() {
        return equity().minus(marginUsed());
    }

    /** In hedging mode the long position; when netting, the one position. */
    Position longPosition(InstrumentId id);

    /** In hedging mode the short position; when netting, the one position. */
    Position shortPosition(InstrumentId id);

    /**
     * The price at which the venue liquidates the derivative position (see {@code LiquidationPrice}),
     * on the tick grid; empty for spot, flat, or positions that cannot be liquidated.
     */
    Optional<BigDecimal> liquidationPrice(InstrumentId id);

    /** Unrealized PnL at the latest mark, in the instrument's quote currency. */
    Money unrealizedPnl(InstrumentId id);

    /** Sum of absolute position values over equity (0 when flat). */
    double grossExposure();

    /** Sum of signed position values over equity. */
    double netExposure();
}
