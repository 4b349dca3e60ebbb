package io.sextant.data.importer;

/**
 * One series column and the source field that feeds it.
 *
 * @param column series column name
 * @param field  0-based source field index
 * @param type   how the field is read
 * @param shift  extra decimals (4 when a source writes prices as integers in ten-thousandths)
 */
record Target(String column, int field, FieldType type, int shift) {
    static Target decimal(String column, int field) {
        return new Target(column, field, FieldType.DECIMAL, 0);
    }

    static Target decimal(String column, int field, int shift) {
        return new Target(column, field, FieldType.DECIMAL, shift);
    }
}
