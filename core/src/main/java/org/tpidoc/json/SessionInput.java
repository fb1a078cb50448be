package org.tpidoc.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.MappingIterator;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.InjectionSession;

/**
 * Sessions read one at a time, by one parser and a Jackson {@link MappingIterator}, from a UTF-8
 * input that holds one object, an array of objects, or NDJSON (one object a line), told apart by
 * the input itself:
 *
 * <ul>
 *   <li>the first token is {@code [}: an array, read an element at a time;
 *   <li>it is <code>{</code> and the first session ends on the line it began on: NDJSON (a single
 *       compact object is NDJSON of one line), where every further session must hold one line;
 *   <li>the first session goes on over more lines: one (pretty) object, and nothing may follow it.
 * </ul>
 *
 * <p>Memory stays constant however many sessions follow. Lines are the parser's ({@code JsonLocation}),
 * so they count every line of the input, blank ones included. Never closes the input stream.
 */
final class SessionInput implements Closeable {

    private enum Form {
        ARRAY,
        OBJECT,
        NDJSON
    }

    private final SessionJson json;
    private final JsonLimits limits;
    private final InputStream in;
    private @Nullable BoundedParser parser;
    private @Nullable MappingIterator<InjectionSession> sessions;
    private @Nullable Form form;
    private boolean finished;
    private long count;
    private long lastLine;

    /** Sessions from {@code in}, read with the mapper and limits of {@code json}. Reads nothing yet. */
    SessionInput(SessionJson json, InputStream in) {
        this.json = json;
        this.limits = json.limits();
        this.in = in;
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
        // A failure ends the input: after it, the parser's state is not defined.
        finished = true;
        if (parser == null) {
            parser = new BoundedParser(json.factory().createParser(in), limits.maxDocumentBytes());
        }
        BoundedParser p = parser;
        long line = 0;
        try {
            MappingIterator<InjectionSession> iterator = sessions != null ? sessions : begin(p);
            if (iterator == null || !iterator.hasNextValue()) {
                if (form == Form.ARRAY && p.nextToken() != null) {
                    throw new SessionReadException(
                            null, p.currentTokenLocation().getLineNr(), "unexpected content after the array");
                }
                return null;
            }
            line = p.currentTokenLocation().getLineNr();
            checkPlace(line);
            if (form != Form.ARRAY) {
                p.boundLine();
            }
            InjectionSession session = iterator.nextValue();
            long endLine = p.currentLocation().getLineNr();
            if (form == null) {
                form = endLine == line ? Form.NDJSON : Form.OBJECT;
            } else if (form == Form.NDJSON && endLine != line) {
                throw notOneLine(line);
            }
            lastLine = endLine;
            finished = false;
            return session;
        } catch (JacksonException e) {
            throw failure(e, p, line);
        }
    }

    @Override
    public void close() throws IOException {
        finished = true;
        if (parser != null) {
            parser.close();
        }
    }

    /** Reads the first token, tells an array from the other forms, and starts iterating; null for empty input. */
    private @Nullable MappingIterator<InjectionSession> begin(BoundedParser p) throws IOException {
        JsonToken first = p.nextToken();
        if (first == null) {
            return null;
        }
        if (first == JsonToken.START_ARRAY) {
            form = Form.ARRAY;
            p.boundDocument();
            p.clearCurrentToken(); // the iterator reads the elements, up to the END_ARRAY
        } else if (first != JsonToken.START_OBJECT) {
            throw new SessionReadException(
                    null,
                    p.currentTokenLocation().getLineNr(),
                    "expected a JSON object, an array of objects, or one object a line");
        }
        sessions = json.sessionReader().readValues(p);
        return sessions;
    }

    /** Checks that a session may begin on {@code line}, and that it is within the limit of sessions. */
    private void checkPlace(long line) {
        if (form == Form.OBJECT) {
            throw new SessionReadException(null, line, "unexpected content after the session object");
        }
        if (form == Form.NDJSON && line == lastLine) {
            throw notOneLine(line);
        }
        count++;
        if (count > limits.maxSessions()) {
            String problem = "more than " + limits.maxSessions() + " sessions in one input (the limit)";
            throw form == Form.ARRAY
                    ? new SessionReadException(element(count - 1), problem)
                    : new SessionReadException(null, line, problem);
        }
    }

    /** The failure for {@code e}, thrown while reading the session that began on {@code line}. */
    private SessionReadException failure(JacksonException e, BoundedParser p, long line) {
        boolean oneLine = p.currentLocation().getLineNr() == line;
        if (form == Form.NDJSON && line > 0 && !oneLine) {
            return notOneLine(line);
        }
        String sessionPath = form == Form.ARRAY ? element(count - 1) : JsonPaths.ROOT;
        long sessionLine = form != Form.ARRAY && oneLine ? line : 0;
        return ReadFailures.of(e, p, limits, sessionPath, sessionLine);
    }

    private static SessionReadException notOneLine(long line) {
        return new SessionReadException(null, line, "expected one JSON object per line");
    }

    private static String element(long index) {
        return JsonPaths.element(JsonPaths.ROOT, (int) Math.min(index, Integer.MAX_VALUE));
    }
}
