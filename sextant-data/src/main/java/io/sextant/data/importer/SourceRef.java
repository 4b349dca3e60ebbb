package io.sextant.data.importer;

/**
 * Where a series' rows came from.
 *
 * @param file      the file (and zip entry) as named in messages
 * @param layout    the layout that read it
 * @param rows      rows kept from it
 * @param firstLine line of the first row kept
 * @param lastLine  line of the last row kept
 */
public record SourceRef(String file, String layout, int rows, int firstLine, int lastLine) {
}
