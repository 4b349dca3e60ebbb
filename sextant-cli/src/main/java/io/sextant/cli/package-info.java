/**
 * The {@code sextant} command line (picocli): {@code demo} and the {@code data} commands (import, list, show, validate,
 * resample, export). The composition root of the runnable distribution: it wires the data module to the terminal, maps
 * outcomes to exit codes (0 ok, 1 usage, 2 bad data, 3 internal) and prints tables or {@code --json}.
 */
package io.sextant.cli;
