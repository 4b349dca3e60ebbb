/**
 * Exports of stored series: CSV with exact decimals and a choice of time formats, and Parquet with exact
 * {@code DECIMAL} and nanosecond {@code TIMESTAMP} types (written by embedded DuckDB). Files appear only when complete.
 */
package io.sextant.data.export;
