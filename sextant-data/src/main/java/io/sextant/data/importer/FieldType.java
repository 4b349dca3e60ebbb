package io.sextant.data.importer;

/** How a source field becomes a column value. */
enum FieldType {
    /** A timestamp, read like the row's time (a bar's close time). */
    TIME,
    /** A decimal number, fixed-point, with the target's extra decimals applied. */
    DECIMAL,
    /** A whole number (a count), stored as is. */
    INTEGER,
    /** A hexadecimal bit mask (LEAN sale conditions), stored as a long. */
    HEX,
    /** A one-letter code (an exchange), stored as its byte. */
    LETTER,
    /** 0/1 or true/false, stored as a byte. */
    FLAG
}
