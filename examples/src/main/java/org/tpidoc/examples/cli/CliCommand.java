package org.tpidoc.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every {@code tpidoc} subcommand shares: its out and err writers (from picocli, so tests capture
 * them), the {@link CliEnvironment} of the {@link TpidocCommand} it runs under, and output-file
 * helpers. A subcommand returns an exit code of {@link ExitCodes} from {@link #call()}.
 */
abstract class CliCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @ParentCommand
    TpidocCommand parent;

    /** Where results go (picocli's out writer: stdout, or a test's buffer). */
    final PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Where problems go (picocli's err writer: stderr, or a test's buffer). */
    final PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /** The process this command runs in. */
    final CliEnvironment environment() {
        return parent.environment();
    }

    /** A reader of the sessions of file arguments that reports unreadable input on {@link #err()}. */
    final SessionInputs inputs() {
        return new SessionInputs(environment(), err());
    }

    /**
     * The constant of {@code type} a lower-case option value names ({@code "document"} is {@code
     * DOCUMENT}).
     *
     * @throws ParameterException (exit 2, with the usage) when the value names none
     */
    final <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).replace('_', '-').equals(value)) {
                return constant;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants())
                .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", "));
        throw new ParameterException(
                spec.commandLine(),
                "Invalid value for option '" + option + "': '" + value + "' (expected one of " + allowed + ")");
    }

    /** Opens an output file for writing, creating its parent directories, replacing it if it exists. */
    final OutputStream create(Path file) throws IOException {
        Path parentDirectory = file.toAbsolutePath().getParent();
        if (parentDirectory != null) {
            Files.createDirectories(parentDirectory);
        }
        return Files.newOutputStream(file);
    }

    /** Reports that {@code target} could not be written, in one line; returns {@link ExitCodes#UNREADABLE}. */
    final int cannotWrite(Object target, IOException e) {
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        err().println(target + ": cannot write: " + reason);
        return ExitCodes.UNREADABLE;
    }
}
