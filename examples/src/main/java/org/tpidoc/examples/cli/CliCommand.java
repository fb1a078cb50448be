package org.tpidoc.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
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
        err().println(target + ": cannot write: " + reason(e));
        return ExitCodes.UNREADABLE;
    }

    /**
     * Why {@code e} happened, in words: a file-system exception's message is often the path alone ({@code
     * FileAlreadyExistsException} of a file where a directory should be), so its kind is said too.
     */
    private static String reason(IOException e) {
        if (!(e instanceof FileSystemException fileSystem)) {
            return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        String detail;
        if (e instanceof AccessDeniedException) {
            detail = "permission denied";
        } else if (e instanceof FileAlreadyExistsException) {
            detail = "a file is in the way";
        } else if (e instanceof NoSuchFileException) {
            detail = "no such file or directory";
        } else if (e instanceof NotDirectoryException) {
            detail = "not a directory";
        } else {
            detail = Objects.requireNonNullElse(
                    fileSystem.getReason(), e.getClass().getSimpleName());
        }
        return fileSystem.getFile() == null ? detail : detail + ": " + fileSystem.getFile();
    }
}
