package io.sextant.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The bundled sample in the repository, which the tests can always read (it is the same LEAN AAPL file as ../shared). */
final class SharedDataOrSample {
    private SharedDataOrSample() {
    }

    static Path aaplDaily() {
        Path root = Path.of(System.getProperty("sextant.repo.root", "..")).toAbsolutePath().normalize();
        Path p = root.resolve("sample-data/lean/equity/usa/daily/aapl.zip");
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("the bundled sample is missing: " + p);
        }
        return p;
    }
}
