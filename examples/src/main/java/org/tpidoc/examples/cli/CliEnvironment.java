package org.tpidoc.examples.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a command needs from the process beyond its arguments and its out/err writers: standard input
 * (read for the file name {@code -}), the terminal a progress bar may draw on, the directory relative
 * paths are resolved against, and the environment variables an option may name (a secret such as {@code
 * push --bearer-token-env VAR}). Tests pass their own; {@link #system()} is the real process.
 *
 * @param stdin standard input, read when a file argument is {@code -}
 * @param terminal the terminal for a progress bar, or {@code null} when stderr is not a terminal (plain
 *     progress lines are written then)
 * @param workingDirectory the directory relative paths are resolved against
 * @param variables the environment variables, by name (their values may be secrets: {@link #toString()}
 *     names none)
 */
public record CliEnvironment(
        InputStream stdin, @Nullable Terminal terminal, Path workingDirectory, Map<String, String> variables) {

    /** Checks the parts; copies the variables. */
    public CliEnvironment {
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        variables = Map.copyOf(variables);
    }

    /** An environment without variables. */
    public CliEnvironment(InputStream stdin, @Nullable Terminal terminal, Path workingDirectory) {
        this(stdin, terminal, workingDirectory, Map.of());
    }

    /**
     * The real process: {@code System.in}, {@code System.err} as terminal when there is a console, the current
     * directory, the process's environment variables.
     */
    public static CliEnvironment system() {
        Terminal terminal = System.console() == null ? null : new Terminal(System.err, 0);
        return new CliEnvironment(System.in, terminal, Path.of("").toAbsolutePath(), System.getenv());
    }

    /** This environment with {@code variables} instead of its own. */
    public CliEnvironment withVariables(Map<String, String> variables) {
        return new CliEnvironment(stdin, terminal, workingDirectory, variables);
    }

    /** {@code path} resolved against the working directory. */
    public Path resolve(String path) {
        return workingDirectory.resolve(path);
    }

    /** The value of the environment variable {@code name}, if it is set. */
    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** The working directory and whether there is a terminal; never a variable's name or value. */
    @Override
    public String toString() {
        return "CliEnvironment[workingDirectory=" + workingDirectory + ", terminal=" + (terminal != null)
                + ", variables=" + variables.size() + "]";
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
