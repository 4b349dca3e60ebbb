package io.sextant.data.testing;

import io.sextant.data.catalog.Catalog;
import io.sextant.data.catalog.SeriesEntry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file under a catalog folder with its SHA-256, to prove that a failed write changed nothing. Leftovers of an
 * interrupted write (staging folders, unreferenced series files) can be excluded: they are invisible to readers and
 * swept by the next write.
 */
public final class CatalogSnapshot {
    private CatalogSnapshot() {
    }

    /** Every file under {@code catalogRoot} (but the lock file) with its SHA-256. */
    public static Map<String, String> of(Path catalogRoot) {
        Map<String, String> out = new TreeMap<>();
        if (!Files.isDirectory(catalogRoot)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(catalogRoot)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(catalogRoot.relativize(p).toString(), sha256(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.remove(".lock");
        return out;
    }

    /** The snapshot of what a reader can see: the index and the series files it names. */
    public static Map<String, String> visible(Path catalogRoot) {
        Map<String, String> all = of(catalogRoot);
        Map<String, String> out = new TreeMap<>();
        try {
            java.util.Set<String> live = new java.util.HashSet<>();
            for (SeriesEntry e : Catalog.at(catalogRoot.getParent()).list()) {
                live.add("series/" + e.file());
            }
            all.forEach((k, v) -> {
                if (k.equals("catalog.json") || live.contains(k)) {
                    out.put(k, v);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String sha256(Path p) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
