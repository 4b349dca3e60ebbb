package io.sextant.cli;

import picocli.CommandLine;

/** The version from the jar manifest (or "development" when run from classes). */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[]{"sextant " + (v != null ? v : "development") + " (Java " + Runtime.version() + ")"};
    }
}
