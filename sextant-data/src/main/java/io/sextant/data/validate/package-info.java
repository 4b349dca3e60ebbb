/**
 * Validation at the boundary: the {@link io.sextant.data.validate.Rule rules} a row must keep, the
 * {@link io.sextant.data.validate.ErrorPolicy policy} for rows that break them, and
 * {@link io.sextant.data.validate.Problem problems} that name file:line[:column] and the value found.
 */
package io.sextant.data.validate;
