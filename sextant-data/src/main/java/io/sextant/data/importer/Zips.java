package io.sextant.data.importer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Opening zip archives with an error that says the archive is damaged, not just "zip END header not found". */
final class Zips {
    private Zips() {
    }

    static ZipFile open(Path path, String displayName) throws IOException {
        try {
            return new ZipFile(path.toFile());
        } catch (ZipException e) {
            throw new BadInputException(displayName + ": not a readable zip archive (" + e.getMessage()
                    + "); the file is corrupt or truncated");
        }
    }

    static boolean looksLikeZip(Path path) {
        String n = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".zip");
    }
}
