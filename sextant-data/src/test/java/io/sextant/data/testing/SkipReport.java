package io.sextant.data.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.Map;
import java.util.TreeMap;

/**
 * Prints, at the end of a test run, why tests were skipped (e.g. "shared data folder not found"), with a count per
 * reason: Surefire's console shows only how many were skipped, and a skip must say so clearly. Registered through
 * {@code META-INF/services}, so every module whose tests use this test-jar reports its skips too.
 */
public final class SkipReport implements TestExecutionListener {
    private final Map<String, Integer> reasons = new TreeMap<>();

    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        count(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            count(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private synchronized void count(TestIdentifier test, String reason) {
        if (test.isTest()) {
            reasons.merge(reason == null ? "no reason given" : reason.lines().findFirst().orElse(reason), 1, Integer::sum);
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan plan) {
        if (reasons.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder("\nSkipped tests, by reason:\n");
        reasons.forEach((reason, n) -> sb.append(String.format("  %4d  %s%n", n, reason)));
        System.out.print(sb);
        System.out.flush();
    }
}
