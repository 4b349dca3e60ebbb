/**
 * The execution SPI: what the engine asks of a venue ({@link io.sextant.engine.execution.ExecutionClient})
 * and how a venue answers ({@link io.sextant.engine.execution.ExecutionEvents}). The simulated venue
 * and, later, every live adapter implement it, so the engine does not know which one it talks to.
 */
package io.sextant.engine.execution;
