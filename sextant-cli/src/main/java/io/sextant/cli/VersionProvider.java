package io.sextant.cli;

import picocli.CommandLine;

/** The version from the jar manifest (or "development" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[]{"sextant " + version() + " (Java " + Runtime.version() + ")"};
    }

    /** The version alone, e.g. {@code 0.1.0-SNAPSHOT}. */
    static String version() {
        String v = Main.class.getPackage().getImplementationVersion();
        return v != null ? v : "development";
    }
}
