package io.sextant.cli;

import io.sextant.data.importer.ImportProgress;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for long work, shown only when stderr is a terminal (the launcher sets
 * {@code -Dsextant.stderr.tty=true} after testing it), so pipes and logs stay clean.
 */
final class Progress implements ImportProgress, AutoCloseable {
    private final String task;
    private ProgressBar bar;

    Progress(String task) {
        this.task = task;
    }

    static boolean enabled() {
        return Boolean.getBoolean("sextant.stderr.tty");
    }

    @Override
    public void start(long totalBytes, int sources) {
        if (enabled() && totalBytes > 0) {
            bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totalBytes).setUnit(" MB", 1_000_000)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err))
                    .setUpdateIntervalMillis(200).build();
        }
    }

    @Override
    public void sourceDone(long bytes) {
        if (bar != null) {
            bar.stepBy(bytes);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
