package io.sextant.data.catalog;

/**
 * Named points in a catalog write where a crash test can kill the process
 * ({@code -Dsextant.crashAt=NAME} halts the JVM there with exit code 86), to prove that a write
 * interrupted at any step leaves the catalog exactly as it was.
 */
final class FaultPoints {
    static final String AFTER_STAGING = "after-staging";
    static final String AFTER_MOVE = "after-move";
    static final String BEFORE_INDEX = "before-index";
    static final String AFTER_INDEX = "after-index";
    private static final String PROPERTY = "sextant.crashAt";

    private FaultPoints() {
    }

    static void hit(String point) {
        if (point.equals(System.getProperty(PROPERTY))) {
            Runtime.getRuntime().halt(86);
        }
    }
}
