package io.sextant.data.validate;

import java.util.Locale;

/**
 * What an import does with a bad row.
 *
 * <ul>
 *   <li>{@link #REJECT} (default): the import fails and nothing is written; the errors name file:line[:column].</li>
 *   <li>{@link #DROP}: the row is left out and reported as file:line with the reason.</li>
 *   <li>{@link #FLAG}: a row that breaks a value rule (e.g. high &lt; low) is kept and flagged; a row that
 *       cannot be stored at all (unparsable, out of time order, duplicate time) is dropped and reported.</li>
 * </ul>
 */
public enum ErrorPolicy {
    REJECT,
    DROP,
    FLAG;

    public static ErrorPolicy parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "reject" -> REJECT;
            case "drop" -> DROP;
            case "flag" -> FLAG;
            default -> throw new IllegalArgumentException("unknown error policy '" + text + "': use reject, drop or flag");
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
