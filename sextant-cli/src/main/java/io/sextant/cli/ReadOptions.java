package io.sextant.cli;

import io.sextant.core.data.Timeframe;
import io.sextant.core.instrument.AssetClass;
import io.sextant.data.importer.ColumnMapping;
import io.sextant.data.importer.ImportOptions;
import io.sextant.data.importer.StampAt;
import io.sextant.data.validate.ErrorPolicy;
import picocli.CommandLine.Option;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;

/** The options that say how to read input files, shared by {@code data import} and {@code data validate}. */
public final class ReadOptions {
    @Option(names = "--format", paramLabel = "LAYOUT", description = "Input layout (default: detected): lean, daily, "
            + "binance-kline, bitstamp-trades, candles-json, ohlc-json, wide-close, csv.")
    String format;

    @Option(names = "--symbol", description = "Symbol for every input (default: from each file's name, e.g. aapl.us.txt is AAPL).")
    String symbol;

    @Option(names = "--timeframe", paramLabel = "TF", description = "Bar timeframe, e.g. 1m, 5m, 1h, 1d, 1w, 1M "
            + "(default: the layout's, else inferred from the bar spacing).")
    String timeframe;

    @Option(names = "--tz", paramLabel = "ZONE", description = "Time zone of local timestamps, e.g. America/New_York, UTC, "
            + "-05:00 (default: the layout's).")
    String zone;

    @Option(names = "--calendar", description = "Trading calendar for the gap report: nyse, fx, 24x7 or none "
            + "(default: the layout's).")
    String calendar;

    @Option(names = "--asset-class", paramLabel = "CLASS", description = "equity, fx, crypto, future or index "
            + "(default: the layout's).")
    String assetClass;

    @Option(names = "--on-error", paramLabel = "POLICY", defaultValue = "reject", description = "reject (default: the "
            + "import fails, nothing is written), drop (bad rows are left out and listed) or flag (rows breaking a value "
            + "rule are kept and marked).")
    String onError;

    @Option(names = "--columns", paramLabel = "MAP", description = "Column mapping for --format csv, by header name or "
            + "0-based index: ts=Date,open=Open,high=High,low=Low,close=Close,volume=Volume.")
    String columns;

    @Option(names = "--timestamp-format", paramLabel = "FMT", description = "epoch-s, epoch-ms, epoch-us, epoch-ns or a "
            + "java.time pattern such as 'dd/MM/yyyy HH:mm' (default: detected).")
    String timestampFormat;

    @Option(names = "--stamp", paramLabel = "open|close", description = "Whether bar timestamps mark the open or the "
            + "close (default: the layout's).")
    String stamp;

    @Option(names = "--separator", paramLabel = "CHAR", description = "Field separator (default: detected among , ; tab |).")
    String separator;

    @Option(names = "--header", negatable = true, description = "Whether the first line is a header (default: detected).")
    Boolean header;

    /** The options as the importer takes them; a malformed value is a usage error. */
    ImportOptions toImportOptions() {
        try {
            return new ImportOptions(format, symbol, timeframe == null ? null : Timeframe.parse(timeframe), zone(),
                    calendar == null ? null : calendar.toLowerCase(Locale.ROOT),
                    assetClass == null ? null : AssetClass.valueOf(assetClass.strip().toUpperCase(Locale.ROOT)),
                    ErrorPolicy.parse(onError), columns == null ? null : ColumnMapping.parse(columns), timestampFormat,
                    stamp == null ? null : StampAt.parse(stamp), separator(), header);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    private ZoneId zone() {
        if (zone == null) {
            return null;
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UsageException("unknown time zone '" + zone + "': use a region such as America/New_York or an "
                    + "offset such as -05:00");
        }
    }

    private Character separator() {
        if (separator == null) {
            return null;
        }
        String s = separator.equals("\\t") || separator.equalsIgnoreCase("tab") ? "\t" : separator;
        if (s.length() != 1) {
            throw new UsageException("--separator takes one character, got '" + separator + "'");
        }
        return s.charAt(0);
    }
}
