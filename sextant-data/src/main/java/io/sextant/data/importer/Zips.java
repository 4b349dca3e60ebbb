package io.sextant.data.importer;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * Reading zip archives, with an error that says the archive is damaged, not just "zip END header not found".
 *
 * <p>Archives written by DotNetZip with zip64 forced on (recent QuantConnect LEAN data, e.g. SPY minute files of
 * 2023) carry a zip64 extra field in the central directory although no size needs it. {@link ZipFile} refuses
 * them ("invalid zip64 extra data field size") while {@code unzip} and LEAN read them; for those archives only,
 * entries are read from the local headers with {@link ZipInputStream}, which checks each entry's CRC-32 and size
 * at its end just as {@link VerifiedEntryStream} does.
 */
final class Zips {
    private Zips() {
    }

    /** An entry of an archive: its name and uncompressed size (-1 if unknown). */
    record Entry(String name, long size) {
    }

    static boolean looksLikeZip(Path path) {
        String n = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".zip");
    }

    /** The file entries of an archive (directories and {@code __MACOSX} left out), in archive order. */
    static List<Entry> entries(Path path, String displayName) throws IOException {
        List<Entry> out = new ArrayList<>();
        ZipFile zip = openOrNull(path, displayName);
        if (zip == null) {
            // Reaching the next local header inflates the entry before it, so damage shows here already.
            try (ZipInputStream in = streaming(path)) {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    add(out, e);
                }
            } catch (ZipException e) {
                throw damaged(displayName, e);
            } catch (java.io.EOFException e) {
                throw damaged(displayName, new ZipException(e.getMessage()));
            }
            return out;
        }
        try (zip) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                add(out, e.nextElement());
            }
        }
        return out;
    }

    private static void add(List<Entry> out, ZipEntry e) {
        if (!e.isDirectory() && !e.getName().startsWith("__MACOSX")) {
            out.add(new Entry(e.getName(), e.getSize()));
        }
    }

    /** Opens one entry; the stream fails at the end if the bytes do not match the archive's CRC-32 and size. */
    static InputStream openEntry(Path path, String entry, String displayName) throws IOException {
        ZipFile zip = openOrNull(path, displayName);
        if (zip == null) {
            ZipInputStream in = streaming(path);
            try {
                for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                    if (e.getName().equals(entry)) {
                        return in;
                    }
                }
            } catch (IOException | RuntimeException ex) {
                in.close();
                throw ex;
            }
            in.close();
            throw new BadInputException(displayName + ": the zip archive has no entry '" + entry + "'");
        }
        ZipEntry e = zip.getEntry(entry);
        if (e == null) {
            zip.close();
            throw new BadInputException(displayName + ": the zip archive has no entry '" + entry + "'");
        }
        InputStream in = new VerifiedEntryStream(zip.getInputStream(e), displayName, e.getCrc(), e.getSize());
        return new FilterInputStream(in) {
            @Override
            public void close() throws IOException {
                try {
                    super.close();
                } finally {
                    zip.close();
                }
            }
        };
    }

    /** The archive, or null if {@link ZipFile} refuses it only for a zip64 extra field it does not need. */
    private static ZipFile openOrNull(Path path, String displayName) throws IOException {
        try {
            return new ZipFile(path.toFile());
        } catch (ZipException e) {
            if (e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("zip64 extra")) {
                return null;
            }
            throw damaged(displayName, e);
        }
    }

    private static ZipInputStream streaming(Path path) throws IOException {
        return new ZipInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
    }

    private static BadInputException damaged(String displayName, ZipException e) {
        return new BadInputException(displayName + ": not a readable zip archive (" + e.getMessage()
                + "); the file is corrupt or truncated");
    }
}
