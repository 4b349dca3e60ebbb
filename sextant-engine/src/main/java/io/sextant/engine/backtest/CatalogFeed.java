package io.sextant.engine.backtest;

import io.sextant.core.data.BarType;
import io.sextant.core.data.PriceType;
import io.sextant.core.data.Timeframe;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.instrument.AssetClass;
import io.sextant.core.instrument.CryptoSpot;
import io.sextant.core.instrument.Equity;
import io.sextant.core.instrument.FxPair;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.instrument.InstrumentSpec;
import io.sextant.core.money.Currency;
import io.sextant.data.calendar.TradingCalendar;
import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.SeriesEntry;
import io.sextant.data.corporate.CorporateAction;
import io.sextant.data.corporate.FactorTable;
import io.sextant.data.series.BarSeries;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.series.SeriesKind;

import io.sextant.core.time.Nanos;
import io.sextant.engine.portfolio.Portfolio;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Loads bar series for a backtest from the catalog and describes each symbol as an instrument:
 * equities and indices trade in whole shares in USD; crypto pairs split into base and quote
 * ({@code BTCUSDT} is BTC/USDT); FX pairs are six letters. The tick is one unit of the stored price
 * scale and the lot one unit of the stored volume scale, so every stored price is on the grid.
 */
public final class CatalogFeed {
    private static final List<String> QUOTES = List.of("USDT", "USDC", "BUSD", "USD", "EUR", "GBP", "JPY", "BTC", "ETH");

    private CatalogFeed() {
    }

    /**
     * What was loaded: the series, in the order of the symbols asked for, a hash of their rows, the
     * catalog entries, and each series' splits and dividends (from its factor file; empty without one).
     */
    public record Loaded(List<BacktestSeries> series, String dataHash, List<SeriesEntry> entries,
                         List<List<CorporateAction>> corporateActions) {

        /**
         * Books the splits and dividends into the portfolio, so positions are adjusted on each ex-date
         * while the engine trades the raw prices (DESIGN.md section 5).
         */
        public void bookCorporateActions(Portfolio portfolio) {
            for (int i = 0; i < series.size(); i++) {
                if (!corporateActions.get(i).isEmpty()) {
                    portfolio.addCorporateActions(series.get(i).instrument().id(), corporateActions.get(i),
                            ZoneId.of(entries.get(i).zone()));
                }
            }
        }
    }

    /**
     * Loads {@code symbols} at {@code timeframe}, bars closing in [{@code fromNs}, {@code toNs}).
     *
     * @throws IllegalArgumentException if a symbol has no bar series at that timeframe (the message lists
     *                                  what the catalog has), or the range holds no bar
     */
    public static Loaded load(Catalog catalog, List<String> symbols, Timeframe timeframe, long fromNs, long toNs)
            throws IOException {
        return load(catalog, symbols, timeframe, fromNs, toNs, 0);
    }

    /**
     * As {@link #load(Catalog, List, Timeframe, long, long)}, with up to {@code warmupBars} more bars of
     * each series before {@code fromNs} (for a node whose trading starts at {@code fromNs}).
     */
    public static Loaded load(Catalog catalog, List<String> symbols, Timeframe timeframe, long fromNs, long toNs,
                              int warmupBars) throws IOException {
        if (warmupBars < 0) {
            throw new IllegalArgumentException("warm-up bars must not be negative, was " + warmupBars);
        }
        List<BacktestSeries> out = new ArrayList<>();
        List<SeriesEntry> entries = new ArrayList<>();
        List<List<CorporateAction>> actions = new ArrayList<>();
        MessageDigest digest = sha256();
        for (String symbol : symbols) {
            String s = SeriesKey.normalizeSymbol(symbol);
            SeriesKey key = new SeriesKey(s, SeriesKind.BARS, timeframe);
            SeriesEntry entry = catalog.get(key).orElseThrow(() -> missing(catalog, s, timeframe));
            BarSeries all = BarSeries.of(catalog.load(entry));
            SeriesData slice = slice(all, fromNs, toNs, warmupBars);
            if (slice.rows() == 0) {
                throw new IllegalArgumentException(s + " " + timeframe + " has no bars closing between the chosen dates"
                        + " (the catalog has " + entry.rows() + " bars from "
                        + io.sextant.core.time.Nanos.format(entry.firstTs()) + " to "
                        + io.sextant.core.time.Nanos.format(entry.lastCloseTs()) + ")");
            }
            BarSeries bars = BarSeries.of(slice);
            Instrument instrument = instrumentFor(entry, bars);
            TradingCalendar calendar = TradingCalendar.named(entry.calendar());
            BarType type = new BarType(instrument.id(), timeframe, PriceType.LAST);
            out.add(new BacktestSeries(instrument, type, bars,
                    new TradingDays(calendar, timeframe.nominalNanos() < 86_400_000_000_000L)));
            entries.add(entry);
            actions.add(actionsOf(entry, bars));
            hash(digest, s, timeframe, bars);
        }
        return new Loaded(out, HexFormat.of().formatHex(digest.digest()), entries, actions);
    }

    private static List<CorporateAction> actionsOf(SeriesEntry entry, BarSeries bars) {
        FactorTable table = entry.factorTable();
        if (table == null) {
            return List.of();
        }
        ZoneId zone = ZoneId.of(entry.zone());
        List<LocalDate> dates = new ArrayList<>(bars.size());
        for (long open : bars.tsOpen()) {
            LocalDate d = Nanos.toZoned(open, zone).toLocalDate();
            if (dates.isEmpty() || !dates.getLast().equals(d)) {
                dates.add(d);
            }
        }
        return table.actions(dates);
    }

    private static SeriesData slice(BarSeries all, long fromNs, long toNs, int warmupBars) {
        long[] close = all.tsClose();
        int from = 0;
        while (from < close.length && close[from] < fromNs) {
            from++;
        }
        int to = from;
        while (to < close.length && close[to] < toNs) {
            to++;
        }
        if (to == from) {
            return all.data().slice(from, to);
        }
        return all.data().slice(Math.max(0, from - warmupBars), to);
    }

    private static IllegalArgumentException missing(Catalog catalog, String symbol, Timeframe timeframe) {
        try {
            List<SeriesEntry> have = catalog.find(symbol);
            if (have.isEmpty()) {
                List<String> symbols = catalog.list().stream().map(SeriesEntry::symbol).distinct().sorted().toList();
                return new IllegalArgumentException("symbol " + symbol + " is not in the catalog at " + catalog.root()
                        + (symbols.isEmpty() ? " (the catalog is empty; import data with 'sextant data import')"
                        : "; symbols there: " + String.join(", ", symbols.subList(0, Math.min(30, symbols.size())))
                        + (symbols.size() > 30 ? ", ..." : "")));
            }
            return new IllegalArgumentException("symbol " + symbol + " has no " + timeframe + " bars in the catalog; it has: "
                    + have.stream().map(e -> e.kind() + (e.timeframe() == null ? "" : " " + e.timeframe())).toList());
        } catch (IOException e) {
            return new IllegalArgumentException("symbol " + symbol + ": " + e.getMessage(), e);
        }
    }

    /** The instrument a catalog series trades as. */
    static Instrument instrumentFor(SeriesEntry entry, BarSeries bars) {
        String symbol = entry.symbol();
        String tick = BigDecimal.ONE.movePointLeft(bars.priceScale()).toPlainString();
        int sizeScale = bars.hasVolume() ? bars.volumeScale() : 0;
        String lot = BigDecimal.ONE.movePointLeft(sizeScale).toPlainString();
        AssetClass assetClass = AssetClass.valueOf(entry.assetClass());
        return switch (assetClass) {
            case CRYPTO -> {
                String pair = symbol.replace("-PERP", "").replace("-", "").replace("/", "");
                String quote = QUOTES.stream().filter(q -> pair.endsWith(q) && pair.length() > q.length()).findFirst()
                        .orElse("USD");
                Currency quoteCcy = currency(quote);
                Currency base = currency(pair.substring(0, pair.length() - quote.length()));
                yield new CryptoSpot(InstrumentSpec.of(InstrumentId.of(symbol, "SIM"), quoteCcy, tick, lot), base);
            }
            case FX -> {
                Currency base = currency(symbol.substring(0, 3));
                Currency quote = currency(symbol.substring(3, 6));
                yield new FxPair(InstrumentSpec.of(InstrumentId.of(symbol, "SIM"), quote, tick, lot), base);
            }
            default -> new Equity(InstrumentSpec.of(InstrumentId.of(symbol, "SIM"), Currency.USD, tick, lot));
        };
    }

    private static Currency currency(String code) {
        String c = code.toUpperCase(Locale.ROOT);
        return Currency.isKnown(c) ? Currency.of(c) : Currency.crypto(c, 8);
    }

    private static void hash(MessageDigest digest, String symbol, Timeframe timeframe, BarSeries bars) {
        digest.update((symbol + "|" + timeframe + "|" + bars.priceScale() + "|" + bars.volumeScale() + "\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ByteBuffer buf = ByteBuffer.allocate(8 * 7 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < bars.size(); i++) {
            if (buf.remaining() < 56) {
                digest.update(buf.flip());
                buf.clear();
            }
            buf.putLong(bars.tsOpen()[i]).putLong(bars.tsClose()[i]).putLong(bars.open()[i]).putLong(bars.high()[i])
                    .putLong(bars.low()[i]).putLong(bars.close()[i]).putLong(bars.hasVolume() ? bars.volume()[i] : 0);
        }
        digest.update(buf.flip());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
