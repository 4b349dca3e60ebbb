package io.sextant.data.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProblemLogTest {

    private static Problem problem(int line) {
        return new Problem(new Location("bars.csv", line, 3), Rule.OHLC, "bad " + line);
    }

    @Test
    void sortsProblemsByWhatHappenedToTheRow() {
        ProblemLog log = new ProblemLog();
        log.error(problem(1));
        log.dropped(problem(2));
        log.dropped(problem(3));
        log.flagged(problem(4));
        log.rounded();
        log.rounded();
        assertThat(log.errorCount()).isEqualTo(1);
        assertThat(log.droppedCount()).isEqualTo(2);
        assertThat(log.flaggedCount()).isEqualTo(1);
        assertThat(log.roundedValues()).isEqualTo(2);
        assertThat(log.errors()).containsExactly(problem(1));
        assertThat(log.dropped()).containsExactly(problem(2), problem(3));
        assertThat(log.flagged()).containsExactly(problem(4));
        assertThatThrownBy(() -> log.errors().add(problem(9))).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsTheFirstProblemsOfEachCategoryAndCountsTheRest() {
        ProblemLog log = new ProblemLog();
        int n = ProblemLog.KEEP + 5;
        for (int i = 1; i <= n; i++) {
            log.error(problem(i));
            log.dropped(problem(i));
            log.flagged(problem(i));
        }
        assertThat(log.errorCount()).isEqualTo(n);
        assertThat(log.droppedCount()).isEqualTo(n);
        assertThat(log.flaggedCount()).isEqualTo(n);
        assertThat(log.errors()).hasSize(ProblemLog.KEEP);
        assertThat(log.dropped()).hasSize(ProblemLog.KEEP);
        assertThat(log.flagged()).hasSize(ProblemLog.KEEP);
        assertThat(log.errors().getFirst()).isEqualTo(problem(1));
        assertThat(log.errors().getLast()).isEqualTo(problem(ProblemLog.KEEP));
    }

    @Test
    void addAllSumsTheCountsAndKeepsTheCap() {
        ProblemLog a = new ProblemLog();
        ProblemLog b = new ProblemLog();
        for (int i = 0; i < ProblemLog.KEEP - 1; i++) {
            a.dropped(problem(i));
        }
        for (int i = 0; i < 3; i++) {
            b.dropped(problem(100_000 + i));
            b.error(problem(i));
        }
        b.flagged(problem(7));
        b.rounded();
        a.addAll(b);
        assertThat(a.droppedCount()).isEqualTo(ProblemLog.KEEP + 2);
        assertThat(a.dropped()).hasSize(ProblemLog.KEEP);
        assertThat(a.dropped().getLast()).isEqualTo(problem(100_000));
        assertThat(a.errorCount()).isEqualTo(3);
        assertThat(a.errors()).hasSize(3);
        assertThat(a.flagged()).containsExactly(problem(7));
        assertThat(a.roundedValues()).isEqualTo(1);
    }

    @Test
    void locationsAndProblemsReadAsFileLineColumn() {
        assertThat(new Location("a.zip!a.csv", 12, 7)).hasToString("a.zip!a.csv:12:7");
        assertThat(new Location("a.csv", 12, 0)).hasToString("a.csv:12");
        assertThat(Location.ofFile("a.csv")).hasToString("a.csv");
        assertThat(new Problem(new Location("a.csv", 3, 5), Rule.PARSE, "close 'x' is not a number"))
                .hasToString("a.csv:3:5: close 'x' is not a number");
    }
}
