package io.sextant.data.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One input to read: a file, or one entry of a zip archive (LEAN files are zips holding one CSV).
 *
 * @param path        the file on disk
 * @param entry       the zip entry name, or null for a plain file
 * @param displayName how messages name it: the path as the user gave it, plus {@code !entry} for zips
 * @param size        uncompressed size in bytes if known, else -1
 */
public record Source(Path path, String entry, String displayName, long size) {

    /** The name of the data itself: the entry's file name for zips, else the file name. */
    public String fileName() {
        String name = entry != null ? entry : path.getFileName().toString();
        int slash = name.lastIndexOf('/');
        return slash >= 0 ? name.substring(slash + 1) : name;
    }

    public boolean isZipEntry() {
        return entry != null;
    }

    /** Opens the bytes; the caller closes the stream. */
    public InputStream open() throws IOException {
        if (entry == null) {
            return new BufferedInputStream(Files.newInputStream(path), 1 << 16);
        }
        return Zips.openEntry(path, entry, displayName);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
