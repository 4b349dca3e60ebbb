package io.sextant.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The shared market-data folder: {@code ../shared/data} beside the repository root, else the folder
 * named by the environment variable {@code SEXTANT_SHARED_DATA}. The repository root is the system
 * property {@code sextant.repo.root} (the {@code bench} script sets it), else the first folder at or
 * above the working directory that holds {@code mvnw} and {@code sextant-bench}.
 */
public final class SharedDataDir {
    /** The environment variable that names the shared data folder when it is not beside the repository. */
    public static final String ENV = "SEXTANT_SHARED_DATA";

    private SharedDataDir() {
    }

    /** The shared data folder, if found. */
    public static Optional<Path> find() {
        Path repo = repositoryRoot();
        if (repo != null) {
            Path candidate = repo.resolve("../shared/data").normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank() && Files.isDirectory(Path.of(env))) {
            return Optional.of(Path.of(env).toAbsolutePath().normalize());
        }
        return Optional.empty();
    }

    /** The folder {@code relative} inside the shared data folder, if both exist. */
    public static Optional<Path> find(String relative) {
        return find().map(root -> root.resolve(relative)).filter(Files::isDirectory);
    }

    /**
     * The folder {@code relative} inside the shared data folder; throws, saying where it looked, if
     * it is absent (for benchmarks run directly with JMH rather than through the runner, which skips them).
     */
    public static Path require(String relative) {
        return find(relative).orElseThrow(() -> new IllegalStateException(missing(relative)));
    }

    /** Why a benchmark that needs {@code relative} cannot run. */
    public static String missing(String relative) {
        Path repo = repositoryRoot();
        String env = System.getenv(ENV);
        return "shared data folder '" + relative + "' not found (looked in "
                + (repo == null ? "../shared/data beside the repository root (root not found)"
                : repo.resolve("../shared/data").normalize())
                + " and in $" + ENV + "=" + (env == null ? "(unset)" : env) + ")";
    }

    /** The repository root, or null if it cannot be found. */
    public static Path repositoryRoot() {
        String property = System.getProperty("sextant.repo.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("sextant-bench"))) {
                return dir;
            }
        }
        return null;
    }
}
