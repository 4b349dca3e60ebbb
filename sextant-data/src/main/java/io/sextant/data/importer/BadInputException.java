package io.sextant.data.importer;

import io.sextant.data.validate.Problem;

import java.util.List;

/**
 * Input that cannot be imported as given: a missing file, an unknown layout, bad rows under the
 * reject policy, a re-import without {@code --replace}/{@code --append}. The message says what and
 * where; {@link #problems()} lists the row problems, if any. The command line maps it to exit code 2.
 */
public class BadInputException extends RuntimeException {
    private final transient List<Problem> problems;
    private final long problemCount;

    public BadInputException(String message) {
        this(message, List.of(), 0);
    }

    public BadInputException(String message, List<Problem> problems, long problemCount) {
        super(message);
        this.problems = List.copyOf(problems);
        this.problemCount = problemCount;
    }

    /** The row problems (at most {@link io.sextant.data.validate.ProblemLog#KEEP}), in input order. */
    public List<Problem> problems() {
        return problems;
    }

    /** How many row problems there were in all. */
    public long problemCount() {
        return problemCount;
    }
}
