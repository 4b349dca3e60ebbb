package io.sextant.bench;

import io.sextant.bench.backtest.RebalanceBenchmark;
import io.sextant.bench.backtest.SmaCrossBenchmark;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Runs the benchmarks of the performance targets and prints a Markdown table of target against
 * measurement, with the machine it ran on. Used by the {@code ./bench} script.
 *
 * <pre>
 *   BenchMain [quick] [workload ...] [--out DIR]
 * </pre>
 *
 * {@code quick}: one fork, 3 warm-up and 3 measured iterations of 1 s (a smoke run; its error bars
 * are wide). Without it each benchmark runs as its annotations say. Workloads: {@code import-daily},
 * {@code import-ticks}, {@code load}, {@code resample}, {@code engine}, {@code rebalance} (all by
 * default). The engine workloads also get a second table: workload, bars, time, bars/s, allocated
 * bytes per bar and the engine's speed ratio to each reference. JMH's JSON results and the
 * table go into {@code DIR} (default {@code sextant-bench/target/bench}). Benchmarks that need the
 * shared market data are skipped, saying so, when it is absent. Exit status 0 when every run target
 * is met, 1 when one is missed or a benchmark failed, 2 on bad arguments.
 */
public final class BenchMain {
    private static final double GIB = 1024.0 * 1024 * 1024;

    private BenchMain() {
    }

    /** One performance target and how to judge it. */
    private enum Workload {
        IMPORT_DAILY("import-daily", ImportDailyBenchmark.class, "import daily CSV (46 files) + catalog write",
                ImportDailyBenchmark.ROWS, ImportDailyBenchmark.DATA, "≥ 1,000,000 rows/s"),
        IMPORT_TICKS("import-ticks", ImportTicksBenchmark.class, "import SPY trade ticks (5 zips) + catalog write",
                ImportTicksBenchmark.ROWS, ImportTicksBenchmark.DATA, "≥ 2,000,000 rows/s"),
        LOAD("load", LoadBarsBenchmark.class, "load 10M 1-min bars from the catalog (CRC32C checked)",
                LoadBarsBenchmark.ROWS, null, "≤ 0.5 s, ≤ 64 B/bar"),
        RESAMPLE("resample", ResampleTicksBenchmark.class, "resample SPY ticks to 1-min bars",
                ResampleTicksBenchmark.ROWS, ImportTicksBenchmark.DATA, "≤ 0.5 s"),
        ENGINE("engine", SmaCrossBenchmark.class, "backtest SMA(10/30) cross, 1 instrument, all-in, 0.1 % fee, "
                + "next-open fills (engine vs ta4j 0.22.2 vs primitive loop, same trades)", SmaCrossBenchmark.BARS,
                null, "≥ 25M bars/s; ≥ 10× ta4j"),
        REBALANCE("rebalance", RebalanceBenchmark.class, "backtest equal weight, 100 instruments × 2,520 daily bars, "
                + "monthly rebalance", (long) RebalanceBenchmark.INSTRUMENTS * RebalanceBenchmark.DAYS, null,
                "≤ 0.5 s");

        final String id;
        final Class<?> benchmark;
        final String label;
        final long rows;
        final String data;
        final String target;

        Workload(String id, Class<?> benchmark, String label, long rows, String data, String target) {
            this.id = id;
            this.benchmark = benchmark;
            this.label = label;
            this.rows = rows;
            this.data = data;
            this.target = target;
        }
    }

    /** What one workload's row of the table says; {@code runs} are its benchmarks' scores (engine table). */
    private record Row(Workload workload, String measured, String result, String raw, List<EngineTable.Run> runs) {
        Row(Workload workload, String measured, String result, String raw) {
            this(workload, measured, result, raw, List.of());
        }
    }

    public static void main(String[] args) throws IOException {
        boolean quick = false;
        Path out = null;
        List<Workload> chosen = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("quick")) {
                quick = true;
            } else if (a.equals("full")) {
                quick = false;
            } else if (a.equals("--out") && i + 1 < args.length) {
                out = Path.of(args[++i]);
            } else {
                Optional<Workload> w = java.util.Arrays.stream(Workload.values()).filter(x -> x.id.equals(a))
                        .findFirst();
                if (w.isEmpty()) {
                    System.err.println("bench: unknown argument '" + a + "'; use [quick] [import-daily] [import-ticks] "
                            + "[load] [resample] [engine] [rebalance] [--out DIR]");
                    System.exit(2);
                }
                chosen.add(w.get());
            }
        }
        if (chosen.isEmpty()) {
            chosen.addAll(List.of(Workload.values()));
        }
        if (out == null) {
            Path repo = SharedDataDir.repositoryRoot();
            out = (repo != null ? repo.resolve("sextant-bench") : Path.of("")).resolve("target/bench");
        }
        Files.createDirectories(out);
        String machine = machine();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        System.out.println("bench: " + (quick ? "quick run (1 fork, 3+3 iterations of 1 s)" : "full run") + " on "
                + machine);
        System.out.println("bench: shared data: " + SharedDataDir.find().map(Path::toString).orElse("not found"));

        List<Row> rows = new ArrayList<>();
        for (Workload w : chosen) {
            if (w.data != null && SharedDataDir.find(w.data).isEmpty()) {
                String why = SharedDataDir.missing(w.data);
                System.out.println("bench: " + w.id + " skipped: " + why);
                rows.add(new Row(w, "skipped: shared data not found", "SKIP", null));
                continue;
            }
            rows.add(run(w, quick, out));
        }
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "%nMachine: %s%n", machine));
        md.append(String.format(Locale.ROOT, "Run: %s; forks run with -XX:+UseParallelGC (as ./sextant) and -Xmx2g "
                + "(6g for the load; for the SMA cross 1g with G1 for the engine's summary run, 3g for its full-detail run and ta4j; 1g for the rebalance); load average %.2f before, %.2f after (1-minute; above the core count means other "
                + "work competed)%n%n",
                quick ? "quick (1 fork, 3 warm-up + 3 measured iterations of 1 s)"
                        : "full (2 forks, 6 warm-up + 5 measured iterations of 2 s)", loadBefore, loadAfter));
        md.append("| workload | rows | target | measured | result |\n");
        md.append("|---|---:|---|---|---|\n");
        for (Row r : rows) {
            md.append(String.format(Locale.ROOT, "| %s | %,d | %s | %s | %s |%n", r.workload.label, r.workload.rows,
                    r.workload.target, r.measured, r.result));
        }
        md.append("\nRaw JMH scores (mean ± half-width of the 99.9 % confidence interval; n = measured iterations "
                + "over all forks):\n\n");
        md.append("| benchmark | score | n | gc.alloc.rate.norm |\n|---|---|---:|---|\n");
        boolean anyRaw = false;
        for (Row r : rows) {
            if (r.raw != null) {
                md.append(r.raw).append('\n');
                anyRaw = true;
            }
        }
        if (!anyRaw) {
            md.append("| (no benchmark ran) | | | |\n");
        }
        if (rows.stream().anyMatch(r -> !r.runs.isEmpty())) {
            md.append(EngineTable.markdown(rows.stream().filter(r -> !r.runs.isEmpty())
                    .map(r -> new EngineTable.Workload(r.workload.id, r.runs)).toList()));
        }
        System.out.print(md);
        Files.writeString(out.resolve("results.md"), md.toString(), StandardCharsets.UTF_8);
        System.out.println("\nbench: JMH JSON results and this table are in " + out.toAbsolutePath().normalize());
        boolean failed = rows.stream().anyMatch(r -> r.result.startsWith("FAIL") || r.result.equals("ERROR"));
        System.exit(failed ? 1 : 0);
    }

    private static Row run(Workload w, boolean quick, Path out) throws IOException {
        Path json = out.resolve(w.id + ".json");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include("^" + java.util.regex.Pattern.quote(w.benchmark.getName()) + "\\.")
                .addProfiler(GCProfiler.class)
                .jvmArgsPrepend("-Dsextant.bench.report=" + out.toAbsolutePath())
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .shouldFailOnError(true);
        if (quick) {
            options.forks(1).warmupIterations(3).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(3).measurementTime(TimeValue.seconds(1));
        }
        Path memory = out.resolve("load-memory.properties");
        Files.deleteIfExists(memory);
        Collection<RunResult> results;
        try {
            results = new Runner(options.build()).run();
        } catch (RunnerException e) {
            System.out.println("bench: " + w.id + " failed: " + e.getMessage());
            return new Row(w, "benchmark failed: " + firstLine(e), "ERROR", null);
        }
        if (results.isEmpty()) {
            return new Row(w, "no result", "ERROR", null);
        }
        if (w == Workload.ENGINE || w == Workload.REBALANCE) {
            return engineRow(w, results);
        }
        RunResult rr = results.iterator().next();
        Result<?> primary = rr.getPrimaryResult();
        double ms = toMillis(primary.getScore(), primary.getScoreUnit());
        double errMs = toMillis(primary.getScoreError(), primary.getScoreUnit());
        Result<?> alloc = rr.getSecondaryResults().get("gc.alloc.rate.norm");
        double allocPerOp = alloc == null ? Double.NaN : alloc.getScore();
        String raw = String.format(Locale.ROOT, "| %s | %.1f ± %s %s | %d | %s |",
                rr.getParams().getBenchmark().replace("io.sextant.bench.", ""), primary.getScore(),
                Double.isNaN(primary.getScoreError()) ? "n/a"
                        : String.format(Locale.ROOT, "%.1f", primary.getScoreError()),
                primary.getScoreUnit(), primary.getStatistics().getN(),
                Double.isNaN(allocPerOp) ? "n/a" : String.format(Locale.ROOT, "%,.0f B/op (%.1f B/row)", allocPerOp,
                        allocPerOp / w.rows));
        return switch (w) {
            case IMPORT_DAILY -> throughput(w, ms, errMs, 1_000_000, raw);
            case IMPORT_TICKS -> throughput(w, ms, errMs, 2_000_000, raw);
            case RESAMPLE -> latency(w, ms, errMs, 500, "", true, raw);
            case ENGINE, REBALANCE -> throw new IllegalStateException("engine workloads have their own row");
            case LOAD -> {
                Properties p = new Properties();
                double exact = Double.NaN;
                double retained = Double.NaN;
                if (Files.isRegularFile(memory)) {
                    try (var in = Files.newBufferedReader(memory)) {
                        p.load(in);
                    }
                    exact = Double.parseDouble(p.getProperty("exact.bytesPerBar", "NaN"));
                    retained = Double.parseDouble(p.getProperty("retained.bytesPerBar", "NaN"));
                }
                boolean memoryOk = exact <= 64;
                String bytes = String.format(Locale.ROOT, "; %.1f B/bar (arrays + holders; retained heap %.1f, "
                        + "allocated %.1f)", exact, retained, allocPerOp / w.rows);
                yield latency(w, ms, errMs, 500, bytes, memoryOk, raw);
            }
        };
    }

    /**
     * The row of an engine workload: its benchmarks (the engine and any references) with their times and
     * allocation, judged on the engine's bars/s (and ratio to ta4j) or time per run.
     */
    private static Row engineRow(Workload w, Collection<RunResult> results) {
        List<EngineTable.Run> runs = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        for (RunResult rr : results) {
            Result<?> primary = rr.getPrimaryResult();
            Result<?> alloc = rr.getSecondaryResults().get("gc.alloc.rate.norm");
            String name = rr.getParams().getBenchmark();
            name = name.substring(name.lastIndexOf('.') + 1);
            long bars = name.equals("ta4j") ? SmaCrossBenchmark.TA4J_BARS : w.rows;
            EngineTable.Run run = new EngineTable.Run(name, bars, toMillis(primary.getScore(), primary.getScoreUnit()),
                    toMillis(primary.getScoreError(), primary.getScoreUnit()),
                    alloc == null ? Double.NaN : alloc.getScore());
            runs.add(run);
            if (!raw.isEmpty()) {
                raw.append('\n');
            }
            raw.append(String.format(Locale.ROOT, "| %s | %.1f ± %.1f ms/op | %d | %,.0f B/op (%.1f B/bar) |",
                    rr.getParams().getBenchmark().replace("io.sextant.bench.", ""), run.ms(), run.errMs(),
                    primary.getStatistics().getN(), run.allocPerOp(), run.allocPerOp() / bars));
        }
        EngineTable.Run engine = runs.stream().filter(r -> r.name().equals("engine")).findFirst().orElse(null);
        if (engine == null) {
            return new Row(w, "no engine result", "ERROR", raw.toString(), runs);
        }
        double rate = engine.barsPerSecond();
        if (w == Workload.REBALANCE) {
            Row r = latency(w, engine.ms(), engine.errMs(), 500, String.format(Locale.ROOT, "; %s bars/s",
                    millions(rate)), true, raw.toString());
            return new Row(w, r.measured, r.result, r.raw, runs);
        }
        double ratioTa4j = runs.stream().filter(r -> r.name().equals("ta4j"))
                .mapToDouble(r -> rate / r.barsPerSecond()).findFirst().orElse(Double.NaN);
        double ratioPrimitive = runs.stream().filter(r -> r.name().equals("primitive"))
                .mapToDouble(r -> rate / r.barsPerSecond()).findFirst().orElse(Double.NaN);
        String measured = String.format(Locale.ROOT, "%s bars/s (%.0f ± %.0f ms); %.1f× ta4j, %.2f× primitive loop",
                millions(rate), engine.ms(), engine.errMs(), ratioTa4j, ratioPrimitive);
        boolean pass = rate >= 25e6 && ratioTa4j >= 10;
        return new Row(w, measured, pass ? "PASS" : "FAIL", raw.toString(), runs);
    }

    /** Rows per second from ms per operation; the interval is the rows over the time's interval. */
    private static Row throughput(Workload w, double ms, double errMs, double target, String raw) {
        double rate = w.rows / (ms / 1000);
        String interval = "";
        String result = rate >= target ? "PASS" : "FAIL";
        if (!Double.isNaN(errMs)) {
            double slow = w.rows / ((ms + errMs) / 1000);
            double fast = errMs < ms ? w.rows / ((ms - errMs) / 1000) : Double.POSITIVE_INFINITY;
            interval = String.format(Locale.ROOT, " (%s..%s)", millions(slow), Double.isInfinite(fast) ? "∞"
                    : millions(fast));
            if ((slow < target) != (fast < target)) {
                result += " (target within error)";
            }
        }
        String measured = String.format(Locale.ROOT, "%s rows/s%s; %.0f ± %s ms/op", millions(rate), interval, ms,
                Double.isNaN(errMs) ? "n/a" : String.format(Locale.ROOT, "%.0f", errMs));
        return new Row(w, measured, result, raw);
    }

    private static Row latency(Workload w, double ms, double errMs, double targetMs, String extra, boolean otherOk,
                               String raw) {
        String result = ms <= targetMs && otherOk ? "PASS" : "FAIL";
        if (!Double.isNaN(errMs) && otherOk && (ms + errMs > targetMs) != (ms - errMs > targetMs)) {
            result += " (target within error)";
        }
        String measured = String.format(Locale.ROOT, "%.3f s ± %s%s", ms / 1000,
                Double.isNaN(errMs) ? "n/a" : String.format(Locale.ROOT, "%.3f", errMs / 1000), extra);
        return new Row(w, measured, result, raw);
    }

    private static String millions(double rate) {
        return String.format(Locale.ROOT, "%.2fM", rate / 1e6);
    }

    private static double toMillis(double value, String unit) {
        return switch (unit) {
            case "ns/op" -> value / 1e6;
            case "us/op" -> value / 1e3;
            case "ms/op" -> value;
            case "s/op" -> value * 1e3;
            default -> throw new IllegalStateException("unexpected score unit " + unit);
        };
    }

    private static String firstLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).replace('|', '/');
    }

    /** CPU model, cores, memory, OS and JDK. */
    static String machine() {
        String cpu = System.getProperty("os.arch");
        try {
            Path info = Path.of("/proc/cpuinfo");
            if (Files.isReadable(info)) {
                cpu = Files.readAllLines(info).stream().filter(l -> l.startsWith("model name"))
                        .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse(cpu);
            }
        } catch (IOException e) {
            // keep the architecture
        }
        long memory = ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os ? os.getTotalMemorySize() : -1;
        return String.format(Locale.ROOT, "%s, %d cores, %.1f GiB; %s %s; JDK %s (%s)", cpu,
                Runtime.getRuntime().availableProcessors(), memory / GIB, System.getProperty("os.name"),
                System.getProperty("os.version"), Runtime.version(), System.getProperty("java.vm.vendor"));
    }
}
