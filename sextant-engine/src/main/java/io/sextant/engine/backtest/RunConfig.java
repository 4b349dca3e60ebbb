package io.sextant.engine.backtest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything needed to run a backtest again, as written to a result bundle's {@code config.json}.
 * Money, rates and shares are decimals so they are recorded exactly as given.
 *
 * @param strategy       the strategy's name, e.g. {@code sma-cross}
 * @param parameters     every parameter of the strategy, defaults filled in (sorted by name when written)
 * @param symbols        the symbols, in the order given
 * @param timeframe      the bar timeframe, e.g. {@code 1d}
 * @param from           the {@code --from} text as given, or null for the first bar
 * @param to             the {@code --to} text as given, or null for the last bar
 * @param warmupBars     bars before {@code from} that only warmed up indicators
 * @param firstBarClose  close time of the first bar fed, ISO-8601 UTC
 * @param lastBarClose   close time of the last bar fed, ISO-8601 UTC
 * @param account        the account
 * @param venue          how the simulated venue fills
 * @param seed           the seed of seeded models (uniform latency); models that draw no random numbers ignore it
 * @param dataHash       SHA-256 of the bars fed ({@link CatalogFeed.Loaded#dataHash()})
 * @param sextantVersion the version of Sextant that ran it
 */
public record RunConfig(String strategy, Map<String, Object> parameters, List<String> symbols, String timeframe,
                        String from, String to, int warmupBars, String firstBarClose, String lastBarClose, Account account,
                        Venue venue, long seed, String dataHash, String sextantVersion) {

    public RunConfig {
        Objects.requireNonNull(strategy, "strategy");
        parameters = new TreeMap<>(parameters);
        symbols = List.copyOf(symbols);
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(venue, "venue");
    }

    /** The SHA-256 of this config as written to {@code config.json}, in hex: equal configs, equal fingerprints. */
    public String fingerprint() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(BundleJson.write(this).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The account a run trades in.
     *
     * @param type     CASH or MARGIN
     * @param currency the base currency, in which cash, equity and statistics are reported
     * @param cash     the starting cash
     * @param leverage the maximum leverage (1 for a cash account)
     */
    public record Account(String type, String currency, BigDecimal cash, int leverage) {
    }

    /**
     * The simulated venue's settings.
     *
     * @param fillAt          {@code next-open} (market orders fill at the next bar's open) or {@code close}
     *                        (at the signal bar's close; optimistic)
     * @param feeRate         fee as a fraction of the notional, maker and taker alike (0.001 = 0.1 %)
     * @param slippageBps     adverse slippage of taker fills in basis points, rounded up to whole ticks
     * @param volumeCap       the largest share of a bar's volume one bar's fills may take; 0 = no cap
     * @param limitTouchFills whether a limit fills when the bar only touches its price
     * @param latency         order latency ({@code none} in bar backtests from the CLI)
     */
    public record Venue(String fillAt, BigDecimal feeRate, BigDecimal slippageBps, BigDecimal volumeCap,
                        boolean limitTouchFills, String latency) {
    }
}
