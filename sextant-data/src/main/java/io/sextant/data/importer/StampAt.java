package io.sextant.data.importer;

import java.util.Locale;

/** Whether a bar's timestamp in the source marks its open (most layouts) or its close (ta4j JSON {@code endTime}). */
public enum StampAt {
    OPEN,
    CLOSE;

    public static StampAt parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "open" -> OPEN;
            case "close" -> CLOSE;
            default -> throw new IllegalArgumentException("unknown stamp '" + text + "': use open or close");
        };
    }
}
