/**
 * Typed identifiers: a {@code String} that cannot be mixed up with another kind of id.
 */
package io.sextant.core.id;
