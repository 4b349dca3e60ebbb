package io.sextant.data.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writing an export file so that it is either complete or absent. */
final class Exports {
    private Exports() {
    }

    /** A step that writes the whole file to a temporary path. */
    @FunctionalInterface
    interface Writing {
        void to(Path tmp) throws IOException;
    }

    static void atomically(Path out, Writing writing) throws IOException {
        Path dir = out.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        Path tmp = out.resolveSibling("." + out.getFileName() + ".partial");
        try {
            writing.to(tmp);
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
