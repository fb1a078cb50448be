package org.tpidoc.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.InjectionSession;

/**
 * Reads sessions from UTF-8 input holding one JSON object, a JSON array of objects, or NDJSON (one
 * object a line; blank lines are skipped). The form is detected from the input: an array starts with
 * {@code [}; NDJSON's first session ends on the line it began on; otherwise it is one object over
 * many lines.
 *
 * <p>The {@link JsonLimits} of the {@link SessionJson} that made this reader apply: a document (or
 * NDJSON line) size, nesting depth, string length and number of sessions. Failures are {@link
 * SessionReadException}s naming the path, and for NDJSON the line. Immutable and thread-safe; it never
 * closes a stream it is given.
 */
public final class SessionReader {

    private final SessionJson json;

    SessionReader(SessionJson json) {
        this.json = json;
    }

    /**
     * Reads every session of {@code in} into a list, in input order.
     *
     * @throws SessionReadException if the input cannot be read as sessions
     * @throws IOException if reading {@code in} fails
     */
    public List<InjectionSession> readAll(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        List<InjectionSession> sessions = new ArrayList<>();
        try (SessionInput input = new SessionInput(json, in)) {
            for (InjectionSession s = input.next(); s != null; s = input.next()) {
                sessions.add(s);
            }
        }
        return sessions;
    }

    /**
     * Reads every session of a file into a list, in file order.
     *
     * @throws SessionReadException if the file cannot be read as sessions
     * @throws IOException if the file cannot be opened or read
     */
    public List<InjectionSession> readAll(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readAll(in);
        }
    }

    /**
     * The sessions of {@code in} as a lazy, sequential stream that reads one session at a time, in
     * constant memory however long the input. Close the stream when done (it does not close {@code
     * in}). Read failures surface while the stream is consumed, as {@link SessionReadException}, or
     * {@link UncheckedIOException} when the input fails.
     */
    public Stream<InjectionSession> stream(InputStream in) {
        Objects.requireNonNull(in, "in");
        SessionInput input = new SessionInput(json, in);
        Spliterator<InjectionSession> spliterator = Spliterators.spliteratorUnknownSize(
                new SessionIterator(input), Spliterator.ORDERED | Spliterator.NONNULL);
        return StreamSupport.stream(spliterator, false).onClose(() -> closeQuietly(input));
    }

    /**
     * The sessions of a file as a lazy stream (see {@link #stream(InputStream)}); closing the stream
     * closes the file.
     *
     * @throws IOException if the file cannot be opened
     */
    public Stream<InjectionSession> stream(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return stream(in).onClose(() -> closeQuietly(in));
        } catch (RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        try {
            closeable.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adapts {@link SessionInput} to an iterator; I/O failures become unchecked. */
    private static final class SessionIterator implements Iterator<InjectionSession> {
        private final SessionInput input;
        private @Nullable InjectionSession next;
        private boolean ended;

        SessionIterator(SessionInput input) {
            this.input = input;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !ended) {
                try {
                    next = input.next();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                ended = next == null;
            }
            return next != null;
        }

        @Override
        public InjectionSession next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            InjectionSession session = Objects.requireNonNull(next);
            next = null;
            return session;
        }
    }
}
