/**
 * Order vocabulary shared by the modules; the order model and its state machine arrive with the engine.
 */
package io.sextant.core.order;
