package io.sextant.engine.risk;

import io.sextant.core.order.Order;
import io.sextant.core.order.Side;
import io.sextant.core.position.Position;
import io.sextant.core.time.Nanos;
import io.sextant.engine.portfolio.Portfolio;
import io.sextant.engine.portfolio.PortfolioView;

import java.util.Objects;

/**
 * Checks each order before it is sent. Returns the reason for a denial (the order manager turns it
 * into an {@code OrderDenied} event), or null to let it pass.
 *
 * <p>The checks run in this fixed order; the first that fails names the limit and the numbers:
 * <ol>
 *   <li>warm-up: orders before the trading start are denied;</li>
 *   <li>HALTED (set by hand, or by the daily loss kill switch): every order is denied;</li>
 *   <li>REDUCING: an order that does not reduce a position is denied;</li>
 *   <li>the {@link RiskLimits} on size and exposure ({@link ExposureLimits}: order notional, position
 *       size, leverage, gross exposure, net exposure, concentration);</li>
 *   <li>the order-rate throttle (last, so only orders that pass everything else count).</li>
 * </ol>
 *
 * <p>Reducing orders. An order that can only shrink a position (opposite side, a known quantity no
 * larger than the position) skips the size and exposure limits in every state: the risk engine never
 * traps a position it would have to let go of. It is still denied while warming up, when HALTED, and
 * by the throttle. (Closing a long can raise the absolute net exposure when the book is net short;
 * the exemption accepts that.)
 *
 * <p>Kill switch. With a {@link DailyLossLimit}, equity is observed at every {@link #onEquity} call and
 * at every check. When the day's loss reaches the limit the state becomes HALTED for the rest of that
 * day; at the first observation in the next day the state in force before the halt (ACTIVE or
 * REDUCING) returns, unless the user set the state by hand in between.
 *
 * <p>Lists. Each order of a contingent list is checked on its own against the current positions;
 * orders that pass count toward the throttle even if a later order of the list is denied.
 */
public final class RiskEngine {
    private final PortfolioView portfolio;
    private final ExposureLimits exposure;
    private RiskLimits limits = RiskLimits.NONE;
    private DailyLossGuard dailyLoss;
    private OrderRateThrottle throttle;
    private TradingState state = TradingState.ACTIVE;
    /** The state to return to when the kill switch resets; null when the kill switch has not halted. */
    private TradingState beforeKill;
    private long tradingStartNs = Long.MIN_VALUE;

    /** A risk engine valuing orders without a price at the portfolio's marks. */
    public RiskEngine(Portfolio portfolio) {
        this(portfolio, LastPrices.of(portfolio));
    }

    public RiskEngine(PortfolioView portfolio, LastPrices prices) {
        this.portfolio = Objects.requireNonNull(portfolio, "portfolio");
        this.exposure = new ExposureLimits(portfolio, Objects.requireNonNull(prices, "prices"));
    }

    public TradingState state() {
        return state;
    }

    /** Sets the trading state by hand; the kill switch will not undo it. */
    public void setState(TradingState newState) {
        this.state = Objects.requireNonNull(newState, "state");
        this.beforeKill = null;
    }

    /** Orders before this time are denied: the bars before it only warm up indicators. */
    public void setTradingStart(long ns) {
        this.tradingStartNs = ns;
    }

    public RiskLimits limits() {
        return limits;
    }

    /**
     * Replaces the limits (before the run: the throttle and the daily loss day start afresh).
     *
     * @throws IllegalArgumentException if a money limit is not in the base currency
     */
    public void setLimits(RiskLimits newLimits) {
        Objects.requireNonNull(newLimits, "limits");
        requireBase("maxOrderNotional", newLimits.maxOrderNotional());
        requireBase("maxGrossExposure", newLimits.maxGrossExposure());
        this.limits = newLimits;
        this.dailyLoss = newLimits.dailyLoss() == null ? null
                : new DailyLossGuard(newLimits.dailyLoss(), portfolio.baseCurrency());
        this.throttle = newLimits.orderRate() == null ? null : new OrderRateThrottle(newLimits.orderRate());
    }

    private void requireBase(String name, io.sextant.core.money.Money limit) {
        if (limit != null && !limit.currency().equals(portfolio.baseCurrency())) {
            throw new IllegalArgumentException("risk limit " + name + " " + limit + " must be in the base currency "
                    + portfolio.baseCurrency());
        }
    }

    /**
     * Tells the risk engine the equity at {@code tsNs} (base currency raw units). The node calls it
     * before the run with the starting equity and after each time step; it drives the kill switch.
     */
    public void onEquity(long tsNs, long equityRaw) {
        if (dailyLoss == null) {
            return;
        }
        boolean breached = dailyLoss.observe(tsNs, equityRaw);
        if (beforeKill != null && dailyLoss.breach() == null) {
            state = beforeKill;
            beforeKill = null;
        }
        if (breached && beforeKill == null && state != TradingState.HALTED) {
            beforeKill = state;
            state = TradingState.HALTED;
        }
    }

    /** The reason to deny {@code order}, or null if it may be sent. */
    public String check(Order order, long nowNs) {
        if (nowNs < tradingStartNs) {
            return "warm-up: trading starts at " + Nanos.format(tradingStartNs);
        }
        if (dailyLoss != null) {
            onEquity(nowNs, portfolio.equity().raw());
        }
        if (state == TradingState.HALTED) {
            return beforeKill != null ? dailyLoss.breach() : "trading is HALTED: no new orders";
        }
        boolean reduces = reduces(order);
        if (state == TradingState.REDUCING && !reduces) {
            return "trading is REDUCING: only orders that reduce a position are allowed";
        }
        if (!reduces) {
            String reason = exposure.check(order, limits);
            if (reason != null) {
                return reason;
            }
        }
        return throttle == null ? null : throttle.tryPass(nowNs);
    }

    /** True if the order can only make the position smaller. */
    boolean reduces(Order order) {
        Position p = portfolio.position(order.instrumentId());
        if (p.isFlat() || order.quantity() == null) {
            return false;
        }
        boolean opposite = order.side() == Side.BUY ? p.isShort() : p.isLong();
        return opposite && order.quantity().compareTo(p.quantity()) <= 0;
    }
}
