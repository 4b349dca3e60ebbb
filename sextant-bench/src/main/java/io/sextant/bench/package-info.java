/**
 * JMH benchmarks of the performance targets of DESIGN.md section 8, one class per workload, and
 * {@link io.sextant.bench.BenchMain}, which runs them and prints the table of the {@code ./bench} script.
 *
 * <ul>
 *   <li>{@link io.sextant.bench.ImportDailyBenchmark}: import and catalog write of the Kaggle daily
 *       files (46 files, 314,272 rows); target at least 1M rows/s.</li>
 *   <li>{@link io.sextant.bench.ImportTicksBenchmark}: import and catalog write of the LEAN SPY trade
 *       ticks (5 zips, 1,887,460 rows); target at least 2M rows/s.</li>
 *   <li>{@link io.sextant.bench.LoadBarsBenchmark}: catalog load of one synthetic 10M-bar 1-minute
 *       series; target at most 0.5 s and 64 bytes per bar.</li>
 *   <li>{@link io.sextant.bench.ResampleTicksBenchmark}: the 1,887,460 SPY ticks to 1-minute bars;
 *       target at most 0.5 s.</li>
 * </ul>
 *
 * The benchmarks that read market data find it with {@link io.sextant.bench.SharedDataDir} and, where
 * it is absent, are skipped by the runner with a message saying so.
 */
package io.sextant.bench;
