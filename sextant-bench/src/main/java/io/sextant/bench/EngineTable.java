package io.sextant.bench;

import java.util.List;
import java.util.Locale;

/**
 * The engine benchmarks' table: per workload and implementation, bars, time per run, bars per second,
 * bytes allocated per bar (JMH {@code gc.alloc.rate.norm} / bars, everything the run allocates,
 * including its results) and the engine's speed relative to that implementation (its time / the
 * engine's; above 1 the engine is faster).
 */
final class EngineTable {

    /** One benchmark method's mean time per run (ms, with the half-width of its 99.9 % interval) and bytes per run. */
    record Run(String name, double ms, double errMs, double allocPerOp) {
    }

    /** One workload: its id, bars per run and its benchmark methods (one named "engine"). */
    record Workload(String id, long bars, List<Run> runs) {
    }

    private EngineTable() {
    }

    static String markdown(List<Workload> workloads) {
        StringBuilder md = new StringBuilder("\nEngine benchmarks (ratio = that implementation's time / the engine's"
                + " time on the same bars):\n\n| workload | implementation | bars | time | bars/s | alloc B/bar | ratio |\n"
                + "|---|---|---:|---:|---:|---:|---:|\n");
        for (Workload w : workloads) {
            double engineMs = w.runs.stream().filter(r -> r.name.equals("engine")).mapToDouble(Run::ms).findFirst()
                    .orElse(Double.NaN);
            for (Run r : w.runs) {
                md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.1f ± %.1f ms | %.2fM | %.1f | %s |%n", w.id,
                        r.name, w.bars, r.ms, r.errMs, w.bars / (r.ms / 1000) / 1e6, r.allocPerOp / w.bars,
                        r.name.equals("engine") ? "1" : String.format(Locale.ROOT, "%.2f", r.ms / engineMs)));
            }
        }
        return md.toString();
    }
}
