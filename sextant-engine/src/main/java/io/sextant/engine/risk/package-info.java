/**
 * Pre-trade risk: every order passes the {@link io.sextant.engine.risk.RiskEngine} before it reaches
 * the venue. A refused order becomes an {@code OrderDenied} event with the reason, never an
 * exception. {@link io.sextant.engine.risk.RiskLimits} holds the optional limits (order notional,
 * position size, leverage, gross and net exposure, concentration, daily loss, order rate); the trading
 * state (ACTIVE, REDUCING, HALTED) is the kill switch, set by hand or by the daily loss limit.
 * Configure a backtest with {@code node.risk(r -> r.setLimits(RiskLimits.NONE.withMaxLeverage(...)))}.
 */
package io.sextant.engine.risk;
