package io.sextant.data.importer;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns what the user typed (files, folders, globs) into sources. Folders are walked recursively
 * in name order; each entry of a zip archive is a source; documentation, checksums and hidden
 * files are skipped and listed; LEAN factor and map files are set aside (factor files are read
 * beside the series they belong to).
 */
public final class SourceResolver {

    /**
     * The outcome.
     *
     * @param sources sources to read, in a stable order
     * @param skipped files not read, each with the reason
     */
    public record Resolved(List<Source> sources, List<String> skipped) {
    }

    private SourceResolver() {
    }

    public static Resolved resolve(List<String> arguments) throws IOException {
        if (arguments.isEmpty()) {
            throw new BadInputException("no input given: name files, folders or globs to import");
        }
        Set<Path> files = new LinkedHashSet<>();
        List<String> skipped = new ArrayList<>();
        for (String arg : arguments) {
            for (Path p : expand(arg)) {
                if (Files.isDirectory(p)) {
                    try (Stream<Path> walk = Files.walk(p)) {
                        walk.filter(Files::isRegularFile).sorted().forEach(f -> {
                            String why = skipReason(f);
                            if (why == null) {
                                files.add(f);
                            } else if (!why.isEmpty()) {
                                skipped.add(f + " (" + why + ")");
                            }
                        });
                    }
                } else {
                    files.add(p);
                }
            }
        }
        List<Source> sources = new ArrayList<>();
        for (Path f : files) {
            sources.addAll(sourcesOf(f));
        }
        if (sources.isEmpty()) {
            throw new BadInputException("no data files found in " + String.join(", ", arguments)
                    + (skipped.isEmpty() ? "" : "; skipped: " + String.join(", ", skipped)));
        }
        return new Resolved(List.copyOf(sources), List.copyOf(skipped));
    }

    /** The paths an argument names: itself if it exists, the matches of a glob, or an error. */
    private static List<Path> expand(String arg) throws IOException {
        if (!arg.contains("*") && !arg.contains("?") && !arg.contains("[")) {
            Path p = Path.of(arg);
            if (!Files.exists(p)) {
                throw new BadInputException(arg + ": no such file or folder");
            }
            if (!Files.isReadable(p)) {
                throw new BadInputException(arg + ": not readable (permission denied)");
            }
            return List.of(p);
        }
        int firstGlob = firstGlobChar(arg);
        int slash = arg.lastIndexOf('/', firstGlob);
        Path base = slash < 0 ? Path.of(".") : Path.of(slash == 0 ? "/" : arg.substring(0, slash));
        String pattern = slash < 0 ? arg : arg.substring(slash + 1);
        if (!Files.isDirectory(base)) {
            throw new BadInputException(arg + ": the folder " + base + " does not exist");
        }
        PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(base)) {
            walk.filter(p -> !p.equals(base) && m.matches(base.relativize(p))).sorted().forEach(out::add);
        }
        if (out.isEmpty()) {
            throw new BadInputException(arg + ": matches no files");
        }
        return out;
    }

    private static int firstGlobChar(String s) {
        int i = s.length();
        for (char c : new char[]{'*', '?', '['}) {
            int at = s.indexOf(c);
            if (at >= 0) {
                i = Math.min(i, at);
            }
        }
        return i;
    }

    /** Why a file inside a folder is not read: a reason to list, "" to skip silently, or null to read it. */
    private static String skipReason(Path f) {
        String name = f.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String path = f.toString().replace('\\', '/').toLowerCase(Locale.ROOT);
        if (name.startsWith(".")) {
            return "";
        }
        if (path.contains("/factor_files/")) {
            return "";
        }
        if (path.contains("/map_files/")) {
            return "LEAN map file: ticker history, not market data";
        }
        if (lower.endsWith(".md") || lower.startsWith("readme") || lower.startsWith("license") || lower.startsWith("notice")
                || lower.startsWith("sha256sums") || lower.endsWith(".sha256")) {
            return "documentation";
        }
        return null;
    }

    private static List<Source> sourcesOf(Path f) throws IOException {
        if (!Zips.looksLikeZip(f)) {
            return List.of(new Source(f, null, f.toString(), Files.size(f)));
        }
        List<Source> out = new ArrayList<>();
        for (Zips.Entry entry : Zips.entries(f, f.toString())) {
            out.add(new Source(f, entry.name(), f + "!" + entry.name(), entry.size()));
        }
        if (out.isEmpty()) {
            throw new BadInputException(f + ": the zip archive is empty");
        }
        Collections.sort(out, java.util.Comparator.comparing(Source::entry));
        return out;
    }
}
