package io.sextant.data.importer;

import io.sextant.data.series.LongColumnBuilder;
import io.sextant.data.series.SeriesBuilder;
import io.sextant.data.series.SeriesKind;
import io.sextant.data.text.DecimalParser;
import io.sextant.data.validate.ErrorPolicy;
import io.sextant.data.validate.Location;
import io.sextant.data.validate.Problem;
import io.sextant.data.validate.ProblemLog;
import io.sextant.data.validate.RowChecker;
import io.sextant.data.validate.Rule;

import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Where a layout reader puts rows: it appends one value per column to {@link #builder()}, then
 * calls {@link #endRow} to check the row against the kind's rules and keep, drop or flag it under
 * the import's {@link ErrorPolicy}; or calls {@link #reject} when a field cannot be read. Readers
 * stay small because parsing numbers, the rules and the policy live here, once.
 */
public final class SeriesAssembler {
    /** Under {@link ErrorPolicy#REJECT}, reading a source stops after this many errors. */
    public static final int MAX_ERRORS_PER_SOURCE = 20;

    private final Source source;
    private final ErrorPolicy policy;
    private final ProblemLog log;
    private final SeriesBuilder builder;
    private final RowChecker checker;
    private final DecimalParser decimal = new DecimalParser();
    private long errors;
    private int firstLine;
    private int lastLine;

    public SeriesAssembler(Source source, SeriesKind kind, Set<String> optional, ErrorPolicy policy, ProblemLog log,
                           int capacity) {
        this.source = source;
        this.policy = policy;
        this.log = log;
        this.builder = new SeriesBuilder(kind, optional, capacity);
        // Only the flag policy keeps a row that breaks a value rule; otherwise it must not set the time order.
        this.checker = new RowChecker(builder, policy == ErrorPolicy.FLAG);
    }

    public SeriesBuilder builder() {
        return builder;
    }

    public Source source() {
        return source;
    }

    /** True once reading should stop: the reject policy has seen enough errors to report. */
    public boolean stopped() {
        return policy == ErrorPolicy.REJECT && errors >= MAX_ERRORS_PER_SOURCE;
    }

    /**
     * Parses a decimal field and appends it to {@code column}, {@code shift} extra decimals applied
     * (4 for LEAN deci-cents). Returns false after rejecting the row if the text is not a usable number.
     */
    public boolean decimal(LongColumnBuilder column, byte[] b, int start, int end, int shift, int line, int col) {
        int status = decimal.parse(b, start, end);
        if (status > DecimalParser.ROUNDED) {
            reject(line, col, Rule.PARSE, column.name() + " '" + new String(b, start, end - start,
                    java.nio.charset.StandardCharsets.UTF_8) + "' " + DecimalParser.describe(status));
            return false;
        }
        if (status == DecimalParser.ROUNDED) {
            log.rounded();
        }
        int scale = decimal.scale() + shift;
        if (scale > io.sextant.core.money.FixedPoint.MAX_PRECISION) {
            reject(line, col, Rule.PARSE, column.name() + " has more than " + io.sextant.core.money.FixedPoint.MAX_PRECISION
                    + " decimals after scaling");
            return false;
        }
        try {
            column.addDecimal(decimal.unscaled(), scale);
            return true;
        } catch (ArithmeticException e) {
            reject(line, col, Rule.PARSE, column.name() + " " + DecimalParser.describe(DecimalParser.TOO_LARGE)
                    + " at " + column.scale() + " decimals");
            return false;
        }
    }

    /**
     * The row's values are all appended: check it and keep, drop or flag it.
     *
     * @param line     the row's line
     * @param columnOf the 1-based column a series column was read from in this line (0 if unknown)
     */
    public void endRow(int line, ToIntFunction<String> columnOf) {
        int row = builder.rows();
        RowChecker.Violation v = checker.check(row, line);
        if (v == null) {
            builder.commitRow();
            kept(line);
            return;
        }
        Problem p = new Problem(new Location(source.displayName(), line,
                v.field() == null ? 0 : columnOf.applyAsInt(v.field())), v.rule(), v.message());
        switch (policy) {
            case REJECT -> {
                builder.abortRow();
                errors++;
                log.error(p);
            }
            case DROP -> {
                builder.abortRow();
                log.dropped(p);
            }
            case FLAG -> {
                if (v.rule().storable()) {
                    builder.commitRow();
                    kept(line);
                    log.flagged(p);
                } else {
                    builder.abortRow();
                    log.dropped(p);
                }
            }
        }
    }

    /** A field could not be read: the row is rejected, or dropped under drop and flag. */
    public void reject(int line, int column, Rule rule, String message) {
        builder.abortRow();
        Problem p = new Problem(new Location(source.displayName(), line, column), rule, message);
        if (policy == ErrorPolicy.REJECT) {
            errors++;
            log.error(p);
        } else {
            log.dropped(p);
        }
    }

    private void kept(int line) {
        if (firstLine == 0) {
            firstLine = line;
        }
        lastLine = line;
    }

    public int firstLine() {
        return firstLine;
    }

    public int lastLine() {
        return lastLine;
    }
}
