package io.sextant.engine.testing;

import io.sextant.core.data.BarType;
import io.sextant.core.data.PriceType;
import io.sextant.core.data.Timeframe;
import io.sextant.core.data.TimeframeUnit;
import io.sextant.core.id.InstrumentId;
import io.sextant.core.instrument.CryptoSpot;
import io.sextant.core.instrument.Equity;
import io.sextant.core.instrument.Instrument;
import io.sextant.core.instrument.InstrumentSpec;
import io.sextant.core.money.Currency;
import io.sextant.core.money.FixedPoint;
import io.sextant.core.time.Nanos;
import io.sextant.data.series.BarSeries;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.LongColumn;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKind;
import io.sextant.core.id.ClientOrderId;
import io.sextant.core.id.StrategyId;
import io.sextant.core.id.TradeId;
import io.sextant.core.instrument.FxPair;
import io.sextant.core.instrument.MarginRates;
import io.sextant.core.instrument.PerpetualSwap;
import io.sextant.core.money.Money;
import io.sextant.core.money.Price;
import io.sextant.core.money.Quantity;
import io.sextant.core.order.LiquiditySide;
import io.sextant.core.order.OrderFilled;
import io.sextant.core.order.OrderQuantity;
import io.sextant.core.order.Side;
import io.sextant.engine.backtest.BacktestNode;
import io.sextant.engine.backtest.BacktestResult;
import io.sextant.engine.backtest.BacktestSeries;
import io.sextant.engine.data.BarEvent;
import io.sextant.engine.portfolio.AccountConfig;
import io.sextant.engine.strategy.Strategy;
import io.sextant.engine.venue.FeeModel;
import io.sextant.engine.venue.VenueConfig;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Small in-memory market data for engine tests: instruments and daily bar series written as text.
 * Daily bars here open at 00:00 UTC and close 24 h later, one per calendar day from {@link #DAY0};
 * the trading day ends at the bar's close.
 */
public final class Fixtures {
    /** The open of the first bar: 2024-01-01T00:00Z. */
    public static final LocalDate DAY0 = LocalDate.of(2024, 1, 1);

    private Fixtures() {
    }

    /** A USD equity on venue SIM with the given tick and lot, e.g. {@code equity("AAPL", "0.01", "1")}. */
    public static Equity equity(String symbol, String tick, String lot) {
        return new Equity(InstrumentSpec.of(InstrumentId.of(symbol, "SIM"), Currency.USD, tick, lot));
    }

    /** A crypto pair, e.g. {@code crypto("BTCUSDT", Currency.BTC, Currency.USDT, "0.01", "0.00001")}. */
    public static CryptoSpot crypto(String symbol, Currency base, Currency quote, String tick, String lot) {
        return new CryptoSpot(InstrumentSpec.of(InstrumentId.of(symbol, "SIM"), quote, tick, lot), base);
    }

    /**
     * A linear perpetual on venue SIM settled in {@code quote}, funding every 8 h, e.g.
     * {@code perp("BTCUSDT-PERP", BTC, USDT, "0.01", "0.001", MarginRates.of("0.01", "0.005"))}.
     */
    public static PerpetualSwap perp(String symbol, Currency base, Currency quote, String tick, String lot,
                                     MarginRates margin) {
        InstrumentSpec spec = InstrumentSpec.of(InstrumentId.of(symbol, "SIM"), quote, tick, lot).withMargin(margin);
        return new PerpetualSwap(spec, base, false, PerpetualSwap.EIGHT_HOURS_NANOS);
    }

    /** An FX pair on venue SIM, e.g. {@code fx("EURUSD", EUR, USD, "0.00001", "1")}. */
    public static FxPair fx(String symbol, Currency base, Currency quote, String tick, String lot) {
        return new FxPair(InstrumentSpec.of(InstrumentId.of(symbol, "SIM"), quote, tick, lot), base);
    }

    /** A fill of {@code qty} at {@code price} (decimals on the instrument's grid) with fee {@code fee} at {@code tsNs}. */
    public static OrderFilled fill(Instrument instrument, Side side, String qty, String price, Money fee, long tsNs) {
        return new OrderFilled(ClientOrderId.of("O-test"), instrument.id(), TradeId.of("T-" + tsNs), side,
                new Quantity(raw(qty, instrument.sizePrecision()), instrument.sizePrecision()),
                new Price(raw(price, instrument.pricePrecision()), instrument.pricePrecision()), fee,
                LiquiditySide.TAKER, tsNs, tsNs);
    }

    /** A bar event of {@code instrument} from {@code tsOpen} to {@code tsClose}, {@code "open high low close"}. */
    public static BarEvent bar(Instrument instrument, long tsOpen, long tsClose, String ohlc) {
        int pp = instrument.pricePrecision();
        String[] f = ohlc.trim().split("\\s+");
        BarEvent e = new BarEvent(instrument, new BarType(instrument.id(), Timeframe.DAY_1, PriceType.LAST), pp,
                instrument.sizePrecision());
        e.set(tsOpen, tsClose, raw(f[0], pp), raw(f[1], pp), raw(f[2], pp), raw(f[3], pp), 0);
        return e;
    }

    /** Epoch ns of 00:00 UTC on day {@code i} after {@link #DAY0}. */
    public static long day(int i) {
        return Nanos.ofInstant(DAY0.plusDays(i).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

    /**
     * Daily bars for {@code instrument}, one per row {@code "open high low close volume"} (volume may be
     * omitted: 0), prices as decimals on the instrument's tick grid.
     */
    public static BacktestSeries dailyBars(Instrument instrument, String... rows) {
        return bars(instrument, Nanos.PER_DAY, rows);
    }

    /**
     * Bars of {@code stepNs} each from {@link #DAY0} 00:00 UTC (bar i opens at {@code i * stepNs}), rows
     * as in {@link #dailyBars}; the trading day ends at the next 00:00 UTC.
     */
    public static BacktestSeries bars(Instrument instrument, long stepNs, String... rows) {
        int n = rows.length;
        int pp = instrument.pricePrecision();
        int sp = instrument.sizePrecision();
        long[] tsOpen = new long[n];
        long[] tsClose = new long[n];
        long[] open = new long[n];
        long[] high = new long[n];
        long[] low = new long[n];
        long[] close = new long[n];
        long[] volume = new long[n];
        for (int i = 0; i < n; i++) {
            String[] f = rows[i].trim().split("\\s+");
            tsOpen[i] = day(0) + i * stepNs;
            tsClose[i] = tsOpen[i] + stepNs;
            open[i] = raw(f[0], pp);
            high[i] = raw(f[1], pp);
            low[i] = raw(f[2], pp);
            close[i] = raw(f[3], pp);
            volume[i] = f.length > 4 ? raw(f[4], sp) : 0;
        }
        SeriesData data = new SeriesData(SeriesKind.BARS, List.of(
                new LongColumn(ColumnNames.TS_OPEN, tsOpen, 0), new LongColumn(ColumnNames.TS_CLOSE, tsClose, 0),
                new LongColumn(ColumnNames.OPEN, open, pp), new LongColumn(ColumnNames.HIGH, high, pp),
                new LongColumn(ColumnNames.LOW, low, pp), new LongColumn(ColumnNames.CLOSE, close, pp),
                new LongColumn(ColumnNames.VOLUME, volume, sp)));
        Timeframe timeframe = stepNs == Nanos.PER_DAY ? Timeframe.DAY_1
                : new Timeframe(Math.toIntExact(stepNs / Nanos.PER_SECOND), TimeframeUnit.SECOND);
        BarType type = new BarType(instrument.id(), timeframe, PriceType.LAST);
        // The trading day of a time ends at the next 00:00 UTC (so each daily bar is its own day).
        return new BacktestSeries(instrument, type, BarSeries.of(data),
                ts -> Math.floorDiv(ts, Nanos.PER_DAY) * Nanos.PER_DAY + Nanos.PER_DAY);
    }

    /**
     * Runs one strategy (id "s") over {@code bars} with {@code venue} in a margin account holding 100,000
     * USD at leverage 1, so that scenarios about matching may sell short without a position; logs are
     * dropped.
     */
    public static BacktestResult run(BacktestSeries bars, VenueConfig venue, Strategy strategy) {
        return new BacktestNode(List.of(bars), AccountConfig.margin(Money.of("100000", Currency.USD), 1), venue,
                line -> { })
                .run(Map.of(StrategyId.of("s"), strategy));
    }

    /** The default venue without fees: next-open fills, through-fills, no cap, slippage or latency. */
    public static VenueConfig freeVenue() {
        return VenueConfig.defaults(FeeModel.NONE);
    }

    /** Units of an instrument, e.g. {@code units("10")}. */
    public static OrderQuantity units(String quantity) {
        return OrderQuantity.units(Quantity.of(quantity));
    }

    private static long raw(String decimal, int precision) {
        return FixedPoint.fromBigDecimal(new BigDecimal(decimal), precision, io.sextant.core.money.Rounding.EXACT);
    }
}
