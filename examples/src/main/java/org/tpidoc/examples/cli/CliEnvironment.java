package org.tpidoc.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What a command needs from the process beyond its arguments and its out/err writers: standard input
 * (read for the file name {@code -}), the terminal a progress bar may draw on, and the directory
 * relative paths are resolved against. Tests pass their own; {@link #system()} is the real process.
 *
 * @param stdin standard input, read when a file argument is {@code -}
 * @param terminal the terminal for a progress bar, or {@code null} when stderr is not a terminal (plain
 *     progress lines are written then)
 * @param workingDirectory the directory relative paths are resolved against
 */
public record CliEnvironment(InputStream stdin, @Nullable Terminal terminal, Path workingDirectory) {

    /** Checks the parts. */
    public CliEnvironment {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** The real process: {@code System.in}, {@code System.err} as terminal when there is a console, the current directory. */
    public static CliEnvironment system() {
        Terminal terminal = System.console() == null ? null : new Terminal(System.err, 0);
        return new CliEnvironment(System.in, terminal, Path.of("").toAbsolutePath());
    }

    /** {@code path} resolved against the working directory. */
    public Path resolve(String path) {
        return workingDirectory.resolve(path);
    }

    /**
     * A terminal a progress bar may draw on.
     *
     * @param stream where the bar is drawn (stderr of the process)
     * @param columns the width to draw in, or 0 to ask the terminal
     */
    public record Terminal(PrintStream stream, int columns) {

        /** Checks the parts. */
        public Terminal {
            Objects.requireNonNull(stream, "stream");
        }
    }
}
