package io.sextant.data.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The shared market-data folder: {@code ../shared/data} beside the repository (system property
 * {@code sextant.repo.root}, set by Surefire), else the folder named by the environment variable
 * {@code SEXTANT_SHARED_DATA}. Tests that need it are skipped, with a message that says so, where it is absent.
 */
public final class SharedData {
    private SharedData() {
    }

    /** The file at {@code relative} in the shared data folder; skips the test if the folder or file is absent. */
    public static Path file(String relative) {
        Path root = root();
        Path file = root.resolve(relative);
        assumeTrue(Files.isRegularFile(file), () -> "shared data file " + file + " was not found; test skipped");
        return file;
    }

    /**
     * The lines of the single CSV inside a LEAN zip file. Read from the local header with {@link ZipInputStream}, which
     * also reads the recent LEAN zips whose central directory {@link java.util.zip.ZipFile} refuses (a zip64 extra
     * field no size needs) and checks the entry's CRC-32.
     */
    public static List<String> zippedLines(Path zip) {
        try (ZipInputStream in = new ZipInputStream(new BufferedInputStream(Files.newInputStream(zip)))) {
            ZipEntry entry = in.getNextEntry();
            if (entry == null) {
                throw new IOException(zip + " holds no entry");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder in the shared data folder; skips the test if absent. */
    public static Path dir(String relative) {
        Path dir = root().resolve(relative);
        assumeTrue(Files.isDirectory(dir), () -> "shared data folder " + dir + " was not found; test skipped");
        return dir;
    }

    /** The shared data folder; skips the test if it is absent. */
    public static Path root() {
        String repoRoot = System.getProperty("sextant.repo.root");
        if (repoRoot != null) {
            Path candidate = Path.of(repoRoot).resolve("../shared/data").normalize();
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        String env = System.getenv("SEXTANT_SHARED_DATA");
        if (env != null && Files.isDirectory(Path.of(env))) {
            return Path.of(env);
        }
        assumeTrue(false, "shared data folder not found (looked for ../shared/data beside the repository root "
                + repoRoot + " and at $SEXTANT_SHARED_DATA=" + env + "); test skipped");
        throw new AssertionError("unreachable");
    }
}
