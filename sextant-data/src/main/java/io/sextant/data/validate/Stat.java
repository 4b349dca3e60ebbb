package io.sextant.data.validate;

import java.util.List;

/**
 * A count of rows with some property worth knowing (zero volume, crossed quote), with the first
 * few of them as local times.
 *
 * @param count    how many rows
 * @param examples the first up to {@link #EXAMPLES} of them, as local dates or date-times
 */
public record Stat(long count, List<String> examples) {
    public static final int EXAMPLES = 10;

    public Stat {
        examples = List.copyOf(examples);
    }
}
