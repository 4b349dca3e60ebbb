package io.sextant.data.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The problems one source produced, sorted by what happened to the row: an error (the import
 * fails), a dropped row, or a flagged row that was kept. Keeps at most {@link #KEEP} of each, and
 * counts the rest, so a file with a million bad rows cannot exhaust memory.
 */
public final class ProblemLog {
    /** Problems kept per category; beyond this only the count grows. */
    public static final int KEEP = 10_000;

    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> dropped = new ArrayList<>();
    private final List<Problem> flagged = new ArrayList<>();
    private long errorCount;
    private long droppedCount;
    private long flaggedCount;
    private long roundedValues;

    public void error(Problem p) {
        errorCount++;
        keep(errors, p);
    }

    public void dropped(Problem p) {
        droppedCount++;
        keep(dropped, p);
    }

    public void flagged(Problem p) {
        flaggedCount++;
        keep(flagged, p);
    }

    /** A value had more than 9 decimals and was rounded half-even to 9. */
    public void rounded() {
        roundedValues++;
    }

    private static void keep(List<Problem> list, Problem p) {
        if (list.size() < KEEP) {
            list.add(p);
        }
    }

    public long errorCount() {
        return errorCount;
    }

    public long droppedCount() {
        return droppedCount;
    }

    public long flaggedCount() {
        return flaggedCount;
    }

    public long roundedValues() {
        return roundedValues;
    }

    public List<Problem> errors() {
        return Collections.unmodifiableList(errors);
    }

    public List<Problem> dropped() {
        return Collections.unmodifiableList(dropped);
    }

    public List<Problem> flagged() {
        return Collections.unmodifiableList(flagged);
    }

    /** Adds another log's problems to this one. */
    public void addAll(ProblemLog other) {
        errorCount += other.errorCount;
        droppedCount += other.droppedCount;
        flaggedCount += other.flaggedCount;
        roundedValues += other.roundedValues;
        other.errors.forEach(p -> keep(errors, p));
        other.dropped.forEach(p -> keep(dropped, p));
        other.flagged.forEach(p -> keep(flagged, p));
    }
}
