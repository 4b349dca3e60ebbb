package io.sextant.engine.backtest;

import java.math.BigDecimal;

/**
 * One line of a bundle CSV file: fields separated by commas, quoted (RFC 4180) only when they hold a
 * comma, a quote or a line break; null is an empty field; decimals as plain text; lines end in {@code \n}.
 */
final class CsvRow {
    private final StringBuilder line = new StringBuilder(128);
    private boolean first = true;

    CsvRow add(Object value) {
        if (!first) {
            line.append(',');
        }
        first = false;
        String text = switch (value) {
            case null -> "";
            case BigDecimal d -> d.toPlainString();
            default -> value.toString();
        };
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            line.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else {
            line.append(text);
        }
        return this;
    }

    /** A header line of the given column names. */
    static String header(String... columns) {
        return String.join(",", columns) + "\n";
    }

    @Override
    public String toString() {
        return line + "\n";
    }
}
