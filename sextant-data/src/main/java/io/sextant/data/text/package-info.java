/**
 * Reading text fast and exactly: {@link io.sextant.data.text.CsvLines} splits lines into byte ranges without
 * allocating, {@link io.sextant.data.text.DecimalParser} turns decimal text into fixed-point values (never rounding
 * silently), and the {@link io.sextant.data.text.TimestampParser} implementations read calendar and epoch times into
 * epoch nanoseconds UTC.
 */
package io.sextant.data.text;
