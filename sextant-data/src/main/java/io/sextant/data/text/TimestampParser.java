package io.sextant.data.text;

/**
 * Reads a timestamp field as epoch nanoseconds UTC. Implementations keep no per-call state that
 * escapes, but may cache (one instance per reading thread).
 */
public interface TimestampParser {

    /** Returned by {@link #parse} when the text is not a timestamp of this format. */
    long INVALID = Long.MIN_VALUE;

    /** Epoch nanoseconds UTC of {@code b[start, end)}, or {@link #INVALID}. */
    long parse(byte[] b, int start, int end);

    /** The format in words, for error messages, e.g. {@code yyyy-MM-dd[ HH:mm[:ss[.f]]]}. */
    String describe();
}
