package io.sextant.data.catalog;

import io.sextant.core.time.Clock;
import io.sextant.core.time.Nanos;
import io.sextant.data.importer.BadInputException;
import io.sextant.data.importer.ImportedSeries;
import io.sextant.data.series.ColumnNames;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.store.SeriesFile;
import io.sextant.data.validate.Problem;
import io.sextant.data.validate.ProblemLog;
import io.sextant.data.validate.SeriesReview;
import io.sextant.data.validate.SeriesStats;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The market-data catalog of a workspace: one immutable columnar file per series version in
 * {@code catalog/series/}, and {@code catalog/catalog.json}, the index that says which files are
 * current.
 *
 * <p>A write is all-or-nothing. New files are written and forced to disk in a staging folder,
 * moved into {@code series/}, and only then is the index replaced by an atomic rename; files the
 * new index no longer names are deleted last. A crash at any step leaves the old index, which
 * names only old, complete files; leftovers are swept at the next write. Writers take an
 * exclusive lock on {@code catalog/.lock} (and, within one JVM, a lock per catalog folder); readers need none.
 */
public final class Catalog {
    private static final String INDEX = "catalog.json";
    /** File locks exclude other processes only; threads of this JVM also queue on a lock per catalog folder. */
    private static final java.util.concurrent.ConcurrentHashMap<Path, java.util.concurrent.locks.ReentrantLock> LOCKS =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final Path root;

    private Catalog(Path root) {
        this.root = root;
    }

    /** The catalog of a workspace folder (nothing is created until the first write). */
    public static Catalog at(Path workspace) {
        return new Catalog(workspace.resolve("catalog"));
    }

    public Path root() {
        return root;
    }

    private Path seriesDir() {
        return root.resolve("series");
    }

    /** The current index; empty if nothing was ever written. */
    public CatalogIndex index() throws IOException {
        Path index = root.resolve(INDEX);
        try {
            CatalogIndex i = CatalogJson.mapper().readValue(Files.readAllBytes(index), CatalogIndex.class);
            if (i.format() != CatalogIndex.FORMAT) {
                throw new IOException(index + ": catalog format " + i.format() + " is not supported (expected "
                        + CatalogIndex.FORMAT + ")");
            }
            return i;
        } catch (NoSuchFileException e) {
            return CatalogIndex.empty();
        }
    }

    public List<SeriesEntry> list() throws IOException {
        return index().series();
    }

    public Optional<SeriesEntry> get(SeriesKey key) throws IOException {
        return list().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    /** Every series of {@code symbol} (any kind and timeframe). */
    public List<SeriesEntry> find(String symbol) throws IOException {
        String s = SeriesKey.normalizeSymbol(symbol);
        return list().stream().filter(e -> e.symbol().equals(s)).toList();
    }

    /**
     * Loads a series' rows, checking every column's checksum. If a writer replaced the series since {@code entry} was
     * read (and swept its old file), the current version is loaded instead; a series that no longer exists is an error.
     */
    public SeriesData load(SeriesEntry entry) throws IOException {
        try {
            return SeriesFile.read(seriesDir().resolve(entry.file()));
        } catch (NoSuchFileException gone) {
            SeriesEntry now = get(entry.key()).orElseThrow(() -> gone);
            if (now.file().equals(entry.file())) {
                throw gone;
            }
            return SeriesFile.read(seriesDir().resolve(now.file()));
        }
    }

    /**
     * Writes imported series in one atomic step. Every conflict with stored series is checked
     * before anything is written; the error lists them all.
     */
    public List<Written> write(List<ImportedSeries> incoming, WriteMode mode, String policy, Clock clock)
            throws IOException {
        Files.createDirectories(seriesDir());
        java.util.concurrent.locks.ReentrantLock local = LOCKS.computeIfAbsent(root.toRealPath(),
                p -> new java.util.concurrent.locks.ReentrantLock());
        local.lock();
        try (FileChannel lockChannel = FileChannel.open(root.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
             FileLock ignored = lockChannel.lock()) {
            sweepLeftovers();
            CatalogIndex index = index();
            Map<SeriesKey, SeriesEntry> current = new LinkedHashMap<>();
            for (SeriesEntry e : index.series()) {
                current.put(e.key(), e);
            }
            List<String> conflicts = new ArrayList<>();
            List<Planned> plan = new ArrayList<>();
            for (ImportedSeries s : incoming) {
                SeriesEntry existing = current.get(s.key());
                if (existing == null || mode == WriteMode.REPLACE) {
                    plan.add(new Planned(s, s.data(), existing == null ? "created" : "replaced", 0, existing));
                } else if (mode == WriteMode.CREATE) {
                    conflicts.add(s.key() + " is already in the catalog (" + describe(existing) + ")");
                } else {
                    Appender.Result r = Appender.append(load(existing), s.data(), s.key());
                    if (r.problem() != null) {
                        conflicts.add(r.problem());
                    } else {
                        plan.add(new Planned(s, r.data(), "appended", r.identicalSkipped(), existing));
                    }
                }
            }
            if (!conflicts.isEmpty()) {
                throw new BadInputException(String.join("\n", conflicts)
                        + (mode == WriteMode.CREATE ? "\nUse --replace to overwrite the stored series, or --append to add "
                        + "newer rows to it." : "") + "\nNothing was imported.");
            }
            return commit(plan, current, policy, clock);
        } finally {
            local.unlock();
        }
    }

    private record Planned(ImportedSeries series, SeriesData data, String action, long identicalSkipped,
                           SeriesEntry previous) {
    }

    private List<Written> commit(List<Planned> plan, Map<SeriesKey, SeriesEntry> current, String policy, Clock clock)
            throws IOException {
        String tx = UUID.randomUUID().toString().substring(0, 8);
        Path staging = root.resolve("staging").resolve(tx);
        Files.createDirectories(staging);
        String now = Nanos.format(clock.timestampNs());
        List<Written> written = new ArrayList<>();
        List<Path> staged = new ArrayList<>();
        int n = 0;
        for (Planned p : plan) {
            String file = fileName(p.series().key(), tx, n++);
            Path tmp = staging.resolve(file);
            SeriesFile.write(tmp, p.data());
            staged.add(tmp);
            SeriesEntry entry = entry(p, file, Files.size(tmp), policy, now);
            current.put(entry.key(), entry);
            written.add(new Written(entry, p.action(), p.series().data().rows() - p.identicalSkipped(),
                    p.identicalSkipped()));
        }
        FaultPoints.hit(FaultPoints.AFTER_STAGING);
        for (Path tmp : staged) {
            move(tmp, seriesDir().resolve(tmp.getFileName()));
        }
        fsyncDir(seriesDir());
        FaultPoints.hit(FaultPoints.AFTER_MOVE);
        List<SeriesEntry> entries = new ArrayList<>(current.values());
        entries.sort((a, b) -> a.key().compareTo(b.key()));
        writeIndex(new CatalogIndex(CatalogIndex.FORMAT, entries));
        FaultPoints.hit(FaultPoints.AFTER_INDEX);
        sweepLeftovers();
        return written;
    }

    private void writeIndex(CatalogIndex index) throws IOException {
        Path tmp = root.resolve(INDEX + ".tmp");
        byte[] json = CatalogJson.mapper().writeValueAsBytes(index);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE)) {
            ch.write(java.nio.ByteBuffer.wrap(json));
            ch.force(true);
        }
        FaultPoints.hit(FaultPoints.BEFORE_INDEX);
        move(tmp, root.resolve(INDEX));
        fsyncDir(root);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system of " + to.getParent() + " cannot rename atomically, so the catalog "
                    + "cannot guarantee all-or-nothing writes there", e);
        }
    }

    private static void fsyncDir(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // Some platforms cannot open a directory for sync; the renames are still atomic.
        }
    }

    /** Deletes staging folders and series files the index does not name: what an interrupted write left. */
    private void sweepLeftovers() throws IOException {
        Path staging = root.resolve("staging");
        if (Files.isDirectory(staging)) {
            try (Stream<Path> walk = Files.walk(staging)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
        Set<String> live = new HashSet<>();
        for (SeriesEntry e : index().series()) {
            live.add(e.file());
        }
        if (Files.isDirectory(seriesDir())) {
            try (Stream<Path> files = Files.list(seriesDir())) {
                for (Path f : files.toList()) {
                    if (!live.contains(f.getFileName().toString())) {
                        Files.deleteIfExists(f);
                    }
                }
            }
        }
        Files.deleteIfExists(root.resolve(INDEX + ".tmp"));
    }

    private static String fileName(SeriesKey key, String tx, int n) {
        String symbol = key.symbol().replaceAll("[^A-Za-z0-9._-]", "_").toLowerCase(Locale.ROOT);
        String tf = key.timeframe() == null ? "" : "-" + key.timeframe().fileName();
        return symbol + "-" + key.kind().label() + tf + "-" + tx + "-" + n + ".sxc";
    }

    private static SeriesEntry entry(Planned p, String file, long bytes, String policy, String now) {
        ImportedSeries s = p.series();
        SeriesData data = p.data();
        boolean appended = p.previous() != null && p.action().equals("appended");
        SeriesReview review = appended ? SeriesReview.of(data, s.key().timeframe(), s.traits()) : s.review();
        ValidationSummary previous = appended ? p.previous().validation() : null;
        ValidationSummary v = summary(policy, s.log(), review, previous);
        List<io.sextant.data.importer.SourceRef> sources = new ArrayList<>();
        if (appended) {
            sources.addAll(p.previous().sources());
        }
        sources.addAll(s.sources());
        var factors = s.factors() != null ? s.factors().rows() : appended ? p.previous().factors() : null;
        long lastClose = data.kind().isTick() ? data.lastTime()
                : data.longs(ColumnNames.TS_CLOSE).values()[data.rows() - 1];
        return new SeriesEntry(s.key().symbol(), s.key().kind().label(),
                s.key().timeframe() == null ? null : s.key().timeframe().toString(), file, data.rows(), data.firstTime(),
                data.lastTime(), lastClose, s.traits().assetClass().name(), s.traits().zone().getId(), s.traits().calendar(),
                data.longs(data.kind().priceColumns().getFirst()).scale(), sizeScale(data), bytes, sources, now, v, factors,
                review.notes());
    }

    private static int sizeScale(SeriesData data) {
        for (String c : data.kind().sizeColumns()) {
            if (data.has(c)) {
                return data.longs(c).scale();
            }
        }
        return 0;
    }

    static ValidationSummary summary(String policy, ProblemLog log, SeriesReview review, ValidationSummary previous) {
        List<String> dropped = new ArrayList<>(previous == null ? List.of() : previous.dropped());
        List<String> flagged = new ArrayList<>(previous == null ? List.of() : previous.flagged());
        addCapped(dropped, log.dropped());
        addCapped(flagged, log.flagged());
        return new ValidationSummary(policy, log.droppedCount() + (previous == null ? 0 : previous.droppedRows()), dropped,
                log.flaggedCount() + (previous == null ? 0 : previous.flaggedRows()), flagged,
                log.roundedValues() + (previous == null ? 0 : previous.roundedValues()), review.stats(), review.gaps());
    }

    private static void addCapped(List<String> into, List<Problem> problems) {
        for (Problem p : problems) {
            if (into.size() >= ValidationSummary.KEEP) {
                return;
            }
            into.add(p.toString());
        }
    }

    private static String describe(SeriesEntry e) {
        var zone = java.time.ZoneId.of(e.zone());
        boolean dates = e.timeframe() != null && !e.key().timeframe().unit().isFixedLength();
        return String.format(Locale.ROOT, "%,d rows %s..%s", e.rows(), SeriesStats.local(e.firstTs(), zone, dates),
                SeriesStats.local(e.lastTs(), zone, dates));
    }
}
