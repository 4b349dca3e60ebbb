package io.sextant.data.importer;

import io.sextant.data.validate.ProblemLog;

import java.io.IOException;
import java.util.List;

/**
 * A file layout Sextant can read (LEAN zips, Kaggle daily CSV, Binance klines, ...). A layout
 * recognises its sources from a sample and reads them into one or more series parts; the rules
 * and the error policy are applied by {@link SeriesAssembler}, not by the layout.
 */
public interface Layout {

    /** The name {@code --format} takes, e.g. {@code lean}. */
    String name();

    /** One line for the list of known layouts: what it reads and its columns. */
    String description();

    /** How sure this layout is that it reads the sample: 0 = not this layout, 100 = certain. */
    int detect(Sample sample);

    /** Reads a source; each part carries its own problem log, filled under {@code options.onError()}. */
    List<ParsedPart> read(Source source, Sample sample, ImportOptions options) throws IOException;
}
