package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import org.tpidoc.session.InjectionSession;

/**
 * Writes sessions in the JSON form: one object, an array, or NDJSON (one compact object a line,
 * each line ending in {@code \n}). Everything is streamed: an {@link Iterable} is consumed one session
 * at a time, so a lazy one (e.g. {@code stream::iterator}) is written in constant memory. Output is
 * UTF-8 for byte streams, and every written document ends with a newline. The streams given are
 * flushed, never closed. Immutable and thread-safe.
 */
public final class SessionWriter {

    private final SessionJson json;
    private final boolean pretty;

    SessionWriter(SessionJson json, boolean pretty) {
        this.json = json;
        this.pretty = pretty;
    }

    /** A writer like this one that indents single objects and arrays (NDJSON stays one line each). */
    public SessionWriter pretty() {
        return new SessionWriter(json, true);
    }

    /** Whether single objects and arrays are indented. */
    public boolean isPretty() {
        return pretty;
    }

    /** Writes one session as a JSON object followed by a newline. */
    public void write(InjectionSession session, OutputStream out) throws IOException {
        Objects.requireNonNull(session, "session");
        try (JsonGenerator g = generator(out, pretty)) {
            writeOne(session, g);
            g.writeRaw('\n');
        }
    }

    /** Writes the sessions as one JSON array followed by a newline. */
    public void writeArray(Iterable<InjectionSession> sessions, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out, pretty)) {
            writeArray(sessions, g);
        }
    }

    /** Writes the sessions as one JSON array followed by a newline. */
    public void writeArray(Iterable<InjectionSession> sessions, Writer out) throws IOException {
        try (JsonGenerator g = generator(out, pretty)) {
            writeArray(sessions, g);
        }
    }

    /**
     * Writes the sessions as NDJSON, one compact object a line.
     *
     * @return how many sessions were written
     */
    public long writeNdjson(Iterable<InjectionSession> sessions, OutputStream out) throws IOException {
        try (JsonGenerator g = generator(out, false)) {
            return writeNdjson(sessions, g);
        }
    }

    /**
     * Writes the sessions as NDJSON, one compact object a line.
     *
     * @return how many sessions were written
     */
    public long writeNdjson(Iterable<InjectionSession> sessions, Writer out) throws IOException {
        try (JsonGenerator g = generator(out, false)) {
            return writeNdjson(sessions, g);
        }
    }

    private void writeArray(Iterable<InjectionSession> sessions, JsonGenerator g) throws IOException {
        g.writeStartArray();
        for (InjectionSession session : sessions) {
            writeOne(Objects.requireNonNull(session, "sessions must not contain null"), g);
        }
        g.writeEndArray();
        g.writeRaw('\n');
    }

    private long writeNdjson(Iterable<InjectionSession> sessions, JsonGenerator g) throws IOException {
        long count = 0;
        for (InjectionSession session : sessions) {
            writeOne(Objects.requireNonNull(session, "sessions must not contain null"), g);
            g.writeRaw('\n');
            count++;
        }
        return count;
    }

    /** Writes one session object through the mapper, keeping the generator's pretty printer. */
    private void writeOne(InjectionSession session, JsonGenerator g) throws IOException {
        json.sessionWriter().writeValue(g, session);
    }

    private JsonGenerator generator(OutputStream out, boolean indent) throws IOException {
        return configure(json.factory().createGenerator(Objects.requireNonNull(out, "out"), JsonEncoding.UTF8), indent);
    }

    private JsonGenerator generator(Writer out, boolean indent) throws IOException {
        return configure(json.factory().createGenerator(Objects.requireNonNull(out, "out")), indent);
    }

    private static JsonGenerator configure(JsonGenerator g, boolean indent) {
        // Documents are separated by our own newlines, not by Jackson's root value separator.
        g.setRootValueSeparator(null);
        if (indent) {
            g.setPrettyPrinter(SessionJson.prettyPrinter());
        }
        return g;
    }
}
