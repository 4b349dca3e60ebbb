package io.sextant.data.importer;

import io.sextant.core.data.Timeframe;
import io.sextant.core.time.Nanos;
import io.sextant.data.calendar.TradingCalendar;
import io.sextant.data.corporate.FactorFileException;
import io.sextant.data.series.SeriesData;
import io.sextant.data.series.SeriesKey;
import io.sextant.data.validate.Problem;
import io.sextant.data.validate.ProblemLog;
import io.sextant.data.validate.SeriesReview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads inputs into checked series: resolves the paths, recognises each source's layout, reads the
 * sources in parallel (one per core), fails if any row broke a rule under the reject policy, then
 * merges the parts of each series in time order (refusing overlaps between files), settles the
 * timeframe and bar times, and counts what the user should know. Nothing is written here; the
 * catalog writes the result in one atomic step.
 */
public final class Importer {
    private final int threads;

    public Importer() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public Importer(int threads) {
        this.threads = Math.max(1, threads);
    }

    public ImportResult read(List<String> paths, ImportOptions options, ImportProgress progress) throws IOException {
        if (options.calendar() != null) {
            try {
                TradingCalendar.named(options.calendar());
            } catch (IllegalArgumentException e) {
                throw new BadInputException(e.getMessage());
            }
        }
        SourceResolver.Resolved resolved = SourceResolver.resolve(paths);
        List<Source> sources = resolved.sources();
        long bytes = sources.stream().mapToLong(s -> Math.max(0, s.size())).sum();
        progress.start(bytes, sources.size());
        Layout forced = options.format() != null ? Layouts.named(options.format()) : null;
        List<ParsedPart> parts = readAll(sources, forced, options, progress);
        failOnErrors(parts);
        return new ImportResult(merge(parts), resolved.skipped(), sources.size(), bytes);
    }

    private List<ParsedPart> readAll(List<Source> sources, Layout forced, ImportOptions options, ImportProgress progress)
            throws IOException {
        int n = Math.min(threads, sources.size());
        if (n <= 1) {
            List<ParsedPart> out = new ArrayList<>();
            for (Source s : sources) {
                out.addAll(readOne(s, forced, options, progress));
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(n, r -> {
            Thread t = new Thread(r, "sextant-import");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<ParsedPart>>> futures = new ArrayList<>();
            for (Source s : sources) {
                futures.add(pool.submit(() -> readOne(s, forced, options, progress)));
            }
            List<ParsedPart> out = new ArrayList<>();
            for (Future<List<ParsedPart>> f : futures) {
                out.addAll(get(f));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    private static List<ParsedPart> get(Future<List<ParsedPart>> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("import interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof IOException io) {
                throw io;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }

    private static List<ParsedPart> readOne(Source source, Layout forced, ImportOptions options, ImportProgress progress)
            throws IOException {
        try {
            Sample sample = Sample.of(source);
            Layout layout = forced != null ? forced : Layouts.detect(sample);
            if (forced != null && sample.isEmpty()) {
                throw new BadInputException(source.displayName() + ": the file is empty");
            }
            List<ParsedPart> parts = layout.read(source, sample, options);
            progress.sourceDone(Math.max(0, source.size()));
            return parts;
        } catch (FactorFileException e) {
            throw new BadInputException(e.getMessage());
        } catch (java.util.zip.ZipException | java.io.EOFException e) {
            throw new BadInputException(source.displayName() + ": corrupt or truncated zip archive (" + e.getMessage() + ")");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** Under the reject policy any error fails the whole import, listing the errors in input order. */
    private static void failOnErrors(List<ParsedPart> parts) {
        ProblemLog all = new ProblemLog();
        java.util.Set<ProblemLog> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (ParsedPart p : parts) {
            if (seen.add(p.log())) {
                all.addAll(p.log());
            }
        }
        if (all.errorCount() == 0) {
            return;
        }
        List<Problem> errors = all.errors();
        long files = errors.stream().map(e -> e.where().file()).distinct().count();
        StringBuilder sb = new StringBuilder();
        sb.append("import rejected: ").append(all.errorCount()).append(all.errorCount() == 1 ? " bad row" : " bad rows")
                .append(" in ").append(files).append(files == 1 ? " file" : " files").append("; nothing was imported.");
        int shown = 0;
        for (Problem p : errors) {
            if (shown++ == 20) {
                sb.append("\n  ... and ").append(all.errorCount() - 20).append(" more");
                break;
            }
            sb.append("\n  ").append(p);
        }
        sb.append("\nFix the rows, or re-run with --on-error drop (leave bad rows out) or --on-error flag (keep and mark them).");
        throw new BadInputException(sb.toString(), errors, all.errorCount());
    }

    private List<ImportedSeries> merge(List<ParsedPart> parts) {
        Map<String, List<ParsedPart>> groups = new LinkedHashMap<>();
        for (ParsedPart p : parts) {
            groups.computeIfAbsent(p.symbol() + "|" + p.kind() + "|" + p.timeframe(), k -> new ArrayList<>()).add(p);
        }
        Map<SeriesKey, ImportedSeries> out = new LinkedHashMap<>();
        for (List<ParsedPart> group : groups.values()) {
            ImportedSeries s = mergeGroup(group);
            ImportedSeries clash = out.put(s.key(), s);
            if (clash != null) {
                throw new BadInputException("two sets of inputs make the series " + s.key() + ": "
                        + clash.sources().getFirst().file() + " and " + s.sources().getFirst().file()
                        + "; import them separately or give --timeframe");
            }
        }
        List<ImportedSeries> list = new ArrayList<>(out.values());
        list.sort(Comparator.comparing(ImportedSeries::key));
        return list;
    }

    private static ImportedSeries mergeGroup(List<ParsedPart> group) {
        ParsedPart first = group.getFirst();
        String what = first.symbol() + " " + first.kind();
        ProblemLog log = new ProblemLog();
        java.util.Set<ProblemLog> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<ParsedPart> nonEmpty = new ArrayList<>();
        for (ParsedPart p : group) {
            if (seen.add(p.log())) {
                log.addAll(p.log());
            }
            if (!p.data().isEmpty()) {
                nonEmpty.add(p);
            }
        }
        if (nonEmpty.isEmpty()) {
            throw new BadInputException(first.source().displayName() + ": no rows to import" + (log.droppedCount() > 0
                    ? " (all " + log.droppedCount() + " rows were dropped: " + log.dropped().getFirst() + ")"
                    : " (the file holds no data rows)"));
        }
        nonEmpty.sort(Comparator.comparingLong(p -> p.data().firstTime()));
        for (int i = 1; i < nonEmpty.size(); i++) {
            ParsedPart a = nonEmpty.get(i - 1);
            ParsedPart b = nonEmpty.get(i);
            long end = a.data().lastTime();
            long start = b.data().firstTime();
            if (start < end || (start == end && !first.kind().isTick())) {
                throw new BadInputException(what + ": " + a.source().displayName() + " and " + b.source().displayName()
                        + " overlap in time: the first ends at " + Nanos.format(end) + ", the second starts at "
                        + Nanos.format(start) + "; import them separately with --replace or --append");
            }
        }
        SeriesData data = SeriesData.concat(nonEmpty.stream().map(ParsedPart::data).toList());
        Timeframe tf = first.timeframe();
        if (!first.kind().isTick()) {
            if (tf == null) {
                tf = TimeframeInference.infer(data.times());
                if (tf == null) {
                    throw new BadInputException(what + ": cannot tell the bar timeframe from the spacing of the bars in "
                            + first.source().displayName() + "; give it with --timeframe (e.g. 1m, 1h, 1d)");
                }
            }
            data = BarTimes.fill(data, tf, first.stamp(), first.traits().zone(), what);
        }
        List<SourceRef> refs = nonEmpty.stream().map(p -> new SourceRef(p.source().displayName(), p.layout(),
                p.data().rows(), p.firstLine(), p.lastLine())).toList();
        SeriesKey key = new SeriesKey(first.symbol(), first.kind(), first.kind().isTick() ? null : tf);
        SeriesReview review = SeriesReview.of(data, key.timeframe(), first.traits());
        String misaligned = key.timeframe() == null ? null : BarTimes.misalignment(data, key.timeframe(), first.traits().zone());
        if (misaligned != null) {
            List<String> notes = new ArrayList<>(review.notes());
            notes.add(misaligned);
            review = new SeriesReview(review.stats(), review.gaps(), notes);
        }
        return new ImportedSeries(key, first.traits(), data, refs, review, log,
                group.stream().map(ParsedPart::factors).filter(java.util.Objects::nonNull).findFirst().orElse(null));
    }

}
