package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.InjectionSession;

/**
 * Sessions read one at a time from a UTF-8 input that holds one object, an array of objects, or
 * NDJSON (one object a line), told apart by the input itself:
 *
 * <ul>
 *   <li>the first non-blank line starts with {@code [}: an array;
 *   <li>it starts with <code>{</code> and holds a complete JSON value: NDJSON (a single compact
 *       object on one line is NDJSON of one line);
 *   <li>it starts with <code>{</code> but the object goes on over more lines: one (pretty) object.
 * </ul>
 *
 * <p>Memory stays constant however many sessions follow: NDJSON is read a line at a time, arrays an
 * element at a time. Never closes the input stream it was given.
 */
final class SessionInput implements Closeable {

    private enum Form {
        OBJECT,
        ARRAY,
        NDJSON
    }

    private final SessionJson json;
    private final JsonLimits limits;
    private final LineSource lines;
    private @Nullable Form form;
    private @Nullable JsonParser parser;
    private long lineOffset;
    private boolean pendingLine;
    private boolean finished;
    private long count;

    /** Sessions from {@code in}, read with the mapper and limits of {@code json}. */
    SessionInput(SessionJson json, InputStream in) {
        this.json = json;
        this.limits = json.limits();
        int maxLine = (int) Math.min(limits.maxDocumentBytes(), Integer.MAX_VALUE - 8);
        this.lines = new LineSource(in, maxLine);
    }

    /**
     * The next session, or {@code null} after the last or after a failure.
     *
     * @throws SessionReadException if the input cannot be read as sessions
     * @throws IOException if reading the input fails
     */
    @Nullable
    InjectionSession next() throws IOException {
        if (finished) {
            return null;
        }
        // A failure ends the input: after it, a parser's state is not defined.
        finished = true;
        if (form == null) {
            form = detect();
        }
        InjectionSession session =
                switch (form) {
                    case NDJSON -> nextLine();
                    case ARRAY -> nextElement();
                    case OBJECT -> onlyObject();
                };
        finished = session == null;
        return session;
    }

    @Override
    public void close() throws IOException {
        finished = true;
        if (parser != null) {
            parser.close();
        }
    }

    private Form detect() throws IOException {
        while (lines.next()) {
            int first = lines.firstNonWhitespace();
            if (first < 0) {
                continue;
            }
            byte start = lines.bytes()[first];
            if (start == '{' && holdsCompleteValue()) {
                pendingLine = true;
                return Form.NDJSON;
            }
            if (start == '{' || start == '[') {
                openDocument();
                return start == '[' ? Form.ARRAY : Form.OBJECT;
            }
            throw new SessionReadException(
                    null, lines.number(), "expected a JSON object, an array of objects, or one object a line");
        }
        return Form.NDJSON;
    }

    private boolean holdsCompleteValue() throws IOException {
        try (JsonParser probe = json.factory().createParser(lines.bytes(), 0, lines.length())) {
            probe.nextToken();
            probe.skipChildren();
            return true;
        } catch (JsonEOFException e) {
            return false;
        } catch (JsonProcessingException e) {
            return true; // malformed: reported with its line when read as NDJSON
        }
    }

    /** Parses the document from its first line on; line numbers are kept by the offset. */
    private void openDocument() throws IOException {
        lineOffset = lines.number() - 1;
        byte[] firstLine = Arrays.copyOf(lines.bytes(), lines.length() + 1);
        firstLine[lines.length()] = '\n';
        JsonParser p = json.factory()
                .createParser(new SequenceInputStream(new ByteArrayInputStream(firstLine), lines.remainder()));
        parser = p;
        try {
            p.nextToken(); // the START_ARRAY or START_OBJECT seen above
        } catch (JsonProcessingException e) {
            throw ParseFailures.inDocument(e, p, limits, lineOffset);
        }
    }

    private @Nullable InjectionSession nextLine() throws IOException {
        while (pendingLine || lines.next()) {
            pendingLine = false;
            if (lines.isBlank()) {
                continue;
            }
            long line = lines.number();
            countSession(null, line);
            try (JsonParser p = json.factory().createParser(lines.bytes(), 0, lines.length())) {
                try {
                    if (p.nextToken() != JsonToken.START_OBJECT) {
                        throw new SessionReadException(JsonPaths.ROOT, line, "expected an object");
                    }
                    InjectionSession session = json.readSession(p);
                    if (p.nextToken() != null) {
                        throw new SessionReadException(null, line, "expected one JSON object per line");
                    }
                    return session;
                } catch (SessionReadException e) {
                    throw e.line().isPresent() ? e : e.atLine(line);
                } catch (JsonProcessingException e) {
                    throw ParseFailures.atLine(e, p, limits, line);
                }
            }
        }
        return null;
    }

    private @Nullable InjectionSession nextElement() throws IOException {
        JsonParser p = document();
        try {
            JsonToken token = p.nextToken();
            if (token == JsonToken.END_ARRAY) {
                expectEnd(p, "unexpected content after the array");
                return null;
            }
            long index = count;
            countSession(JsonPaths.element(JsonPaths.ROOT, (int) Math.min(index, Integer.MAX_VALUE)), 0);
            if (token != JsonToken.START_OBJECT) {
                throw new SessionReadException(JsonPaths.element(JsonPaths.ROOT, (int) index), "expected an object");
            }
            try {
                return json.readSession(p);
            } catch (SessionReadException e) {
                throw e.inElement(index);
            }
        } catch (JsonProcessingException e) {
            throw ParseFailures.inDocument(e, p, limits, lineOffset);
        }
    }

    private @Nullable InjectionSession onlyObject() throws IOException {
        JsonParser p = document();
        if (count > 0) {
            return null;
        }
        try {
            countSession(JsonPaths.ROOT, 0);
            InjectionSession session = json.readSession(p);
            expectEnd(p, "unexpected content after the session object");
            return session;
        } catch (JsonProcessingException e) {
            throw ParseFailures.inDocument(e, p, limits, lineOffset);
        }
    }

    private JsonParser document() {
        if (parser == null) {
            throw new IllegalStateException("no document parser");
        }
        return parser;
    }

    private void expectEnd(JsonParser p, String problem) throws IOException {
        if (p.nextToken() != null) {
            throw new SessionReadException(null, p.currentLocation().getLineNr() + lineOffset, problem);
        }
    }

    private void countSession(@Nullable String path, long line) {
        count++;
        if (count > limits.maxSessions()) {
            throw new SessionReadException(
                    path, line, "more than " + limits.maxSessions() + " sessions in one input (the limit)");
        }
    }
}
