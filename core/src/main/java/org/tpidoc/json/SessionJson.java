package org.tpidoc.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import org.tpidoc.session.InjectionSession;

/**
 * The JSON form of sessions (DESIGN §4): one configured, thread-safe Jackson {@code JsonMapper} with
 * its input limits, and the entry points to read and write sessions.
 *
 * <p>The mapper keeps ISO-8601 offsets as given ({@code -05:00} stays {@code -05:00}), writes codes in
 * their kebab-case form, decimals plainly, {@code schemaVersion} first, and leaves absent optional
 * parts out. Reading is strict; see {@link SessionReadException}. Instances are immutable and safe to
 * share; {@link #standard()} is the one to use unless other {@link JsonLimits} are needed.
 *
 * <pre>{@code
 * InjectionSession session = SessionJson.standard().read(json);
 * String pretty = SessionJson.standard().writePretty(session);
 * }</pre>
 */
public final class SessionJson {

    /** The schema version this library reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private static final SessionJson STANDARD = new SessionJson(JsonLimits.DEFAULT);

    private final JsonLimits limits;
    private final JsonMapper mapper;
    private final ObjectReader sessionReader;
    private final ObjectWriter compactWriter;
    private final ObjectWriter prettyWriter;

    private SessionJson(JsonLimits limits) {
        this.limits = limits;
        this.mapper = createMapper(limits);
        // Readers check for content after a session themselves: it may be the next array element.
        this.sessionReader =
                mapper.readerFor(InjectionSession.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.compactWriter = mapper.writerFor(InjectionSession.class);
        this.prettyWriter = compactWriter.with(prettyPrinter());
    }

    /** The shared instance with {@link JsonLimits#DEFAULT}. */
    public static SessionJson standard() {
        return STANDARD;
    }

    /** An instance with other input limits (it builds its own mapper: create it once and keep it). */
    public static SessionJson withLimits(JsonLimits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(JsonLimits.DEFAULT) ? STANDARD : new SessionJson(limits);
    }

    /** The input limits this instance enforces. */
    public JsonLimits limits() {
        return limits;
    }

    /**
     * Reads exactly one session from one JSON object (surrounding whitespace allowed).
     *
     * @throws SessionReadException if the text is not one valid session object; the message names the
     *     path and the problem
     */
    public InjectionSession read(String json) {
        Objects.requireNonNull(json, "json");
        if (json.length() > limits.maxDocumentBytes()) {
            throw new SessionReadException(
                    null, 0, "the document exceeds the limit of " + limits.maxDocumentBytes() + " bytes");
        }
        try (JsonParser parser = mapper.createParser(json)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new SessionReadException(JsonPaths.ROOT, "expected an object");
                }
                InjectionSession session = readSession(parser);
                if (parser.nextToken() != null) {
                    throw new SessionReadException(
                            null, parser.currentLocation().getLineNr(), "unexpected content after the session");
                }
                return session;
            } catch (JsonProcessingException e) {
                throw ParseFailures.inDocument(e, parser, limits, 0);
            }
        } catch (IOException e) {
            // Reading a String does no I/O; only parse failures (handled above) can occur.
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one session as compact JSON on one line (no trailing newline). */
    public String write(InjectionSession session) {
        return writeString(compactWriter, session);
    }

    /**
     * Writes one session as indented JSON, two spaces a level, {@code "name": value}, one array element
     * a line (no trailing newline).
     */
    public String writePretty(InjectionSession session) {
        return writeString(prettyWriter, session);
    }

    /** A reader of single objects, arrays and NDJSON with these limits. */
    public SessionReader reader() {
        return new SessionReader(this);
    }

    /** A writer of sessions, arrays and NDJSON (compact; see {@link SessionWriter#pretty()}). */
    public SessionWriter writer() {
        return new SessionWriter(this, false);
    }

    JsonFactory factory() {
        return mapper.getFactory();
    }

    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("")
                .withRootSeparator("\n");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /**
     * Reads the session object the parser is at (its current token is {@code START_OBJECT}).
     *
     * @throws SessionReadException for content that does not fit the form (paths from {@code $})
     * @throws JsonProcessingException for malformed JSON or an exceeded parser limit
     */
    InjectionSession readSession(JsonParser parser) throws IOException {
        return sessionReader.readValue(parser);
    }

    private static String writeString(ObjectWriter writer, InjectionSession session) {
        Objects.requireNonNull(session, "session");
        try {
            return writer.writeValueAsString(session);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write session " + session.id(), e);
        }
    }

    private static JsonMapper createMapper(JsonLimits limits) {
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxDocumentLength(limits.maxDocumentBytes())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(JsonLimits.MAX_NAME_LENGTH)
                .build();
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        return JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(new SessionJsonModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
    }
}
