package io.sextant.engine.risk;

import io.sextant.core.order.Order;
import io.sextant.core.order.Side;
import io.sextant.core.position.Position;
import io.sextant.engine.portfolio.PortfolioView;

/**
 * Checks each order before it is sent. Returns the reason for a denial, or null to let it pass.
 * The checks run in a fixed order, and the first that fails names the limit and the numbers.
 */
public final class RiskEngine {
    private final PortfolioView portfolio;
    private TradingState state = TradingState.ACTIVE;
    private long tradingStartNs = Long.MIN_VALUE;

    public RiskEngine(PortfolioView portfolio) {
        this.portfolio = portfolio;
    }

    public TradingState state() {
        return state;
    }

    /** Sets the trading state (the kill switch). */
    public void setState(TradingState newState) {
        this.state = newState;
    }

    /** Orders before this time are denied: the bars before it only warm up indicators. */
    public void setTradingStart(long ns) {
        this.tradingStartNs = ns;
    }

    /** The reason to deny {@code order}, or null if it may be sent. */
    public String check(Order order, long nowNs) {
        if (nowNs < tradingStartNs) {
            return "warm-up: trading starts at " + io.sextant.core.time.Nanos.format(tradingStartNs);
        }
        if (state == TradingState.HALTED) {
            return "trading is HALTED: no new orders";
        }
        if (state == TradingState.REDUCING && !reduces(order)) {
            return "trading is REDUCING: only orders that reduce a position are allowed";
        }
        return null;
    }

    /** True if the order can only make the position smaller. */
    boolean reduces(Order order) {
        Position p = portfolio.position(order.instrumentId());
        if (p.isFlat() || order.quantity() == null) {
            return false;
        }
        boolean opposite = order.side() == Side.BUY ? p.isShort() : p.isLong();
        return opposite && order.quantity().raw() <= Math.abs(p.quantityRaw());
    }
}
