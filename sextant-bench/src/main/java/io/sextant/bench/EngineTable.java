package io.sextant.bench;

import java.util.List;
import java.util.Locale;

/**
 * The engine benchmarks' table: per workload and implementation, bars, time per run, bars per second,
 * bytes allocated per bar (JMH {@code gc.alloc.rate.norm} / bars, everything the run allocates,
 * including its results) and the engine's speed relative to that implementation (the engine's bars/s
 * over its bars/s; above 1 the engine is faster).
 */
final class EngineTable {

    /**
     * One benchmark method: bars per run, mean time per run (ms, with the half-width of its 99.9 %
     * interval) and bytes allocated per run.
     */
    record Run(String name, long bars, double ms, double errMs, double allocPerOp) {
        double barsPerSecond() {
            return bars / (ms / 1000);
        }
    }

    /** One workload: its id and its benchmark methods (one named "engine"). */
    record Workload(String id, List<Run> runs) {
    }

    private EngineTable() {
    }

    static String markdown(List<Workload> workloads) {
        StringBuilder md = new StringBuilder("\nEngine benchmarks (ratio = the engine's bars/s / that"
                + " implementation's bars/s on the same series):\n\n| workload | implementation | bars | time | bars/s | alloc B/bar | ratio |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (Workload w : workloads) {
            double engineRate = w.runs.stream().filter(r -> r.name.equals("engine")).mapToDouble(Run::barsPerSecond)
                    .findFirst().orElse(Double.NaN);
            for (Run r : w.runs) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.1f ± %.1f ms | %.2fM | %.1f | %s |%n", w.id,
                        r.name, r.bars, r.ms, r.errMs, r.barsPerSecond() / 1e6, r.allocPerOp / r.bars,
                        r.name.equals("engine") ? "1" : String.format(Locale.ROOT, "%.2f", engineRate / r.barsPerSecond())));
            }
        }
        return md.toString();
    }
}
