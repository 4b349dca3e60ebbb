package io.sextant.data.importer;

import io.sextant.core.data.Timeframe;
import io.sextant.core.instrument.AssetClass;
import io.sextant.data.validate.ErrorPolicy;

import java.time.ZoneId;

/**
 * How to read the inputs of one import. Null fields mean "detect" or "the layout's default".
 *
 * @param format          layout name ({@code daily}, {@code csv}, {@code lean}, ...), or null to detect
 * @param symbol          the symbol for every input, or null to take it from each file's name
 * @param timeframe       bar timeframe, or null for the layout's own or one inferred from the data
 * @param zone            time zone of local timestamps, or null for the layout's default
 * @param calendar        trading calendar ({@code nyse}, {@code fx}, {@code 24x7}, {@code none}), or null
 * @param assetClass      asset class, or null for the layout's default
 * @param onError         what to do with bad rows
 * @param columns         column mapping for the generic CSV layout, or null to map by header names
 * @param timestampFormat {@code epoch-s|epoch-ms|epoch-us|epoch-ns}, a {@code java.time} pattern, or null to detect
 * @param stamp           whether bar timestamps mark the open or the close, or null for the layout's default
 * @param separator       field separator, or null to detect
 * @param header          whether the first line is a header, or null to detect
 */
public record ImportOptions(String format, String symbol, Timeframe timeframe, ZoneId zone, String calendar,
                            AssetClass assetClass, ErrorPolicy onError, ColumnMapping columns, String timestampFormat,
                            StampAt stamp, Character separator, Boolean header) {

    public ImportOptions {
        if (onError == null) {
            onError = ErrorPolicy.REJECT;
        }
    }

    /** Detect everything; reject bad rows. */
    public static ImportOptions defaults() {
        return new ImportOptions(null, null, null, null, null, null, ErrorPolicy.REJECT, null, null, null, null, null);
    }

    public ImportOptions withFormat(String f) {
        return new ImportOptions(f, symbol, timeframe, zone, calendar, assetClass, onError, columns, timestampFormat, stamp,
                separator, header);
    }

    public ImportOptions withSymbol(String s) {
        return new ImportOptions(format, s, timeframe, zone, calendar, assetClass, onError, columns, timestampFormat, stamp,
                separator, header);
    }

    public ImportOptions withTimeframe(Timeframe t) {
        return new ImportOptions(format, symbol, t, zone, calendar, assetClass, onError, columns, timestampFormat, stamp,
                separator, header);
    }

    public ImportOptions withZone(ZoneId z) {
        return new ImportOptions(format, symbol, timeframe, z, calendar, assetClass, onError, columns, timestampFormat, stamp,
                separator, header);
    }

    public ImportOptions withCalendar(String c) {
        return new ImportOptions(format, symbol, timeframe, zone, c, assetClass, onError, columns, timestampFormat, stamp,
                separator, header);
    }

    public ImportOptions withAssetClass(AssetClass a) {
        return new ImportOptions(format, symbol, timeframe, zone, calendar, a, onError, columns, timestampFormat, stamp,
                separator, header);
    }

    public ImportOptions withOnError(ErrorPolicy p) {
        return new ImportOptions(format, symbol, timeframe, zone, calendar, assetClass, p, columns, timestampFormat, stamp,
                separator, header);
    }

    public ImportOptions withColumns(ColumnMapping c) {
        return new ImportOptions(format, symbol, timeframe, zone, calendar, assetClass, onError, c, timestampFormat, stamp,
                separator, header);
    }

    public ImportOptions withTimestampFormat(String t) {
        return new ImportOptions(format, symbol, timeframe, zone, calendar, assetClass, onError, columns, t, stamp,
                separator, header);
    }

    public ImportOptions withStamp(StampAt s) {
        return new ImportOptions(format, symbol, timeframe, zone, calendar, assetClass, onError, columns, timestampFormat, s,
                separator, header);
    }

    public ImportOptions withSeparator(Character s) {
        return new ImportOptions(format, symbol, timeframe, zone, calendar, assetClass, onError, columns, timestampFormat, stamp,
                s, header);
    }

    public ImportOptions withHeader(Boolean h) {
        return new ImportOptions(format, symbol, timeframe, zone, calendar, assetClass, onError, columns, timestampFormat, stamp,
                separator, h);
    }
}
