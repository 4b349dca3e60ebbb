package io.sextant.engine.strategy;

/**
 * A timer fired.
 *
 * @param name    the name it was set with
 * @param tsEvent when it was due, epoch ns UTC
 * @param tsInit  when the engine fired it, epoch ns UTC
 */
public record TimerEvent(String name, long tsEvent, long tsInit) {
}
