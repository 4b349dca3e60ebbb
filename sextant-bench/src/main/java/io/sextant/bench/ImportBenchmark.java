package io.sextant.bench;

import io.sextant.data.catalog.Written;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The lifecycle both import workloads share: find the input once, give every operation a fresh workspace, and run
 * {@link ImportPipeline} (read, check, one atomic catalog write). Subclasses name the data and its row count.
 */
public abstract class ImportBenchmark {
    private Path input;
    private Path workspace;

    /** The folder inside the shared data folder. */
    protected abstract String data();

    /** The rows the import must write. */
    protected abstract long rows();

    @Setup(Level.Trial)
    public void locate() {
        input = SharedDataDir.require(data());
    }

    @Setup(Level.Invocation)
    public void freshWorkspace() throws IOException {
        workspace = Workspaces.create();
    }

    @TearDown(Level.Invocation)
    public void deleteWorkspace() throws IOException {
        Workspaces.delete(workspace);
    }

    @Benchmark
    public List<Written> importAndWrite() throws IOException {
        return ImportPipeline.run(input, workspace, rows());
    }
}
