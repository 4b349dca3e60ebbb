/** Test fixtures for engine tests: instruments and small in-memory bar series. */
package io.sextant.engine.testing;
