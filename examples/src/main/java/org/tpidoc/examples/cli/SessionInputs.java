package org.tpidoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;
import org.tpidoc.json.SessionJson;
import org.tpidoc.json.SessionReadException;
import org.tpidoc.json.SessionReader;
import org.tpidoc.session.InjectionSession;

/**
 * Reads the sessions of a file named on the command line, or of standard input for {@code -}: one
 * object, an array or NDJSON, one session at a time (memory stays bounded however long the input).
 * Unreadable input is reported on stderr as one line, {@code <file>: line N: $.path: problem}; the
 * message never quotes the input, so no patient data reaches the terminal.
 */
final class SessionInputs {

    /** The name standard input is given in messages. */
    static final String STDIN_LABEL = "<stdin>";

    private final CliEnvironment environment;
    private final PrintWriter err;
    private final SessionReader reader = SessionJson.standard().reader();

    SessionInputs(CliEnvironment environment, PrintWriter err) {
        this.environment = environment;
        this.err = err;
    }

    /** What a command does with each session read. */
    @FunctionalInterface
    interface SessionAction {
        /**
         * Handles one session.
         *
         * @throws IOException if writing the command's output fails
         */
        void accept(InjectionSession session) throws IOException;
    }

    /** How a file argument is named in messages: the argument as given, or {@value #STDIN_LABEL}. */
    static String label(String file) {
        return isStdin(file) ? STDIN_LABEL : file;
    }

    /**
     * Calls {@code action} on every session of {@code file}, in input order, until the input ends or
     * cannot be read further.
     *
     * @return {@link ExitCodes#OK}, or {@link ExitCodes#UNREADABLE} after reporting why the input (or
     *     its rest) could not be read
     * @throws IOException if {@code action} fails to write its output
     */
    int forEach(String file, SessionAction action) throws IOException {
        String label = label(file);
        InputStream in;
        try {
            in = open(file);
        } catch (IOException e) {
            return unreadable(label, e);
        }
        try (Stream<InjectionSession> sessions = reader.stream(in)) {
            Iterator<InjectionSession> iterator = sessions.iterator();
            while (true) {
                InjectionSession session;
                try {
                    if (!iterator.hasNext()) {
                        return ExitCodes.OK;
                    }
                    session = iterator.next();
                } catch (SessionReadException e) {
                    err.println(label + ": " + e.getMessage());
                    return ExitCodes.UNREADABLE;
                } catch (UncheckedIOException e) {
                    return unreadable(label, e.getCause());
                }
                action.accept(session);
            }
        } finally {
            if (!isStdin(file)) {
                in.close();
            }
        }
    }

    /** Opens a file argument ({@code -} is standard input, which is never closed). */
    InputStream open(String file) throws IOException {
        if (isStdin(file)) {
            return environment.stdin();
        }
        Path path = environment.resolve(file);
        if (Files.isDirectory(path)) {
            throw new IOException("is a directory, not a file");
        }
        return Files.newInputStream(path);
    }

    /** Reports why {@code label} could not be read, in one line; returns {@link ExitCodes#UNREADABLE}. */
    int unreadable(String label, IOException e) {
        err.println(label + ": " + describe(e));
        return ExitCodes.UNREADABLE;
    }

    /** An I/O failure in a few words, e.g. {@code no such file}. */
    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return "cannot read: " + (message == null ? e.getClass().getSimpleName() : message);
    }

    private static boolean isStdin(String file) {
        return file.equals("-");
    }
}
