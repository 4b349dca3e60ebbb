/**
 * An example strategy to copy: {@link io.sextant.examples.Breakout} (the strategy, with its configuration
 * record) and {@link io.sextant.examples.BreakoutFactory} (how the CLI finds and configures it by name).
 * See {@code examples/README.md}.
 */
package io.sextant.examples;
