package io.sextant.data.importer;

/** Told how far reading has got, in bytes of input (for a progress bar). Called from reader threads. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
        @Override
        public void start(long totalBytes, int sources) {
        }

        @Override
        public void sourceDone(long bytes) {
        }
    };

    void start(long totalBytes, int sources);

    void sourceDone(long bytes);
}
