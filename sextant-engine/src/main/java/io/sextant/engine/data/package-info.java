/**
 * Market data as strategies see it: the bar being delivered ({@link io.sextant.engine.data.BarEvent},
 * a view valid during the callback), history windows and indicators registered on an instrument.
 */
package io.sextant.engine.data;
