package io.sextant.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Conventions of the repository that a build would not notice on its own. */
class RepositoryConventionsTest {
    private static final Path ROOT = Path.of(System.getProperty("sextant.repo.root", "..")).toAbsolutePath().normalize();

    @Test
    void theSampleIndexListsExactlyTheSampleFiles() throws IOException {
        Path sample = ROOT.resolve("sample-data");
        List<String> listed = Files.readAllLines(sample.resolve("files.txt")).stream().filter(l -> !l.isBlank()).sorted()
                .toList();
        try (Stream<Path> walk = Files.walk(sample)) {
            List<String> present = walk.filter(Files::isRegularFile).map(p -> sample.relativize(p).toString())
                    .filter(p -> !p.equals("files.txt")).sorted().toList();
            assertThat(listed).isEqualTo(present);
        }
    }

    @Test
    void everyMainPackageHasAPackageInfo() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT, 12)) {
            List<Path> missing = walk.filter(Files::isDirectory)
                    .filter(d -> d.toString().contains("/src/main/java/"))
                    .filter(d -> !d.toString().contains("/target/"))
                    .filter(RepositoryConventionsTest::hasJava)
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .toList();
            assertThat(missing).as("packages without package-info.java").isEmpty();
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            return false;
        }
    }
}
