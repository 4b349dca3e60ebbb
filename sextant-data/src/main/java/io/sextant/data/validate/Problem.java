package io.sextant.data.validate;

/**
 * One bad row or field: where, which rule, and a message that says what was found.
 *
 * @param where   file:line[:column]
 * @param rule    the rule broken
 * @param message what was wrong, with the offending value
 */
public record Problem(Location where, Rule rule, String message) {
    @Override
    public String toString() {
        return where + ": " + message;
    }
}
