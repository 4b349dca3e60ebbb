package io.sextant.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample in the repository, which the tests can always read (it is the same LEAN AAPL file as ../shared). */
final class SharedDataOrSample {
    private SharedDataOrSample() {
    }

    static Path aaplDaily() {
        return sample("lean/equity/usa/daily/aapl.zip");
    }

    /** SPY daily bars 1998-01-02 .. 2021-03-31 (LEAN, raw prices; SPY has no splits in that span). */
    static Path spyDaily() {
        return sample("lean/equity/usa/daily/spy.zip");
    }

    private static Path sample(String file) {
        Path root = Path.of(System.getProperty("sextant.repo.root", "..")).toAbsolutePath().normalize();
        Path p = root.resolve("sample-data").resolve(file);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("the bundled sample is missing: " + p);
        }
        return p;
    }
}
