/**
 * Pre-trade risk: every order passes the {@link io.sextant.engine.risk.RiskEngine} before it reaches
 * the venue. A refused order becomes an {@code OrderDenied} event with the reason, never an
 * exception. The trading state (ACTIVE, REDUCING, HALTED) is the kill switch.
 */
package io.sextant.engine.risk;
