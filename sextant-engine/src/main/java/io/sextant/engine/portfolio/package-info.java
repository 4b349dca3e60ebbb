/**
 * Accounting: cash balances per currency, positions, marks and equity, all in fixed point. The
 * {@link io.sextant.engine.portfolio.Portfolio} applies fills, marks positions to the latest price
 * and answers the {@link io.sextant.engine.portfolio.PortfolioView} strategies and the risk engine read.
 */
package io.sextant.engine.portfolio;
