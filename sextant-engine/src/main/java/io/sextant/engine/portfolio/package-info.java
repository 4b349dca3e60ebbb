/**
 * Accounting: cash balances per currency, positions (netting or hedging), marks and equity, all in
 * fixed point. The {@link io.sextant.engine.portfolio.Portfolio} books fills, converts to the base
 * currency through {@link io.sextant.engine.portfolio.FxRates}, computes margin and
 * {@link io.sextant.engine.portfolio.LiquidationPrice liquidation prices}, settles
 * {@link io.sextant.engine.portfolio.FundingRates funding}, corporate actions and borrow cost, and
 * answers the {@link io.sextant.engine.portfolio.PortfolioView} strategies and the risk engine read.
 */
package io.sextant.engine.portfolio;
