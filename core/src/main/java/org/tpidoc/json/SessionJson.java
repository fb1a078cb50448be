package org.tpidoc.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JacksonException;
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
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
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
        try (JsonParser parser = new BoundedParser(mapper.createParser(json), limits.maxDocumentBytes())) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw new SessionReadException(JsonPaths.ROOT, "expected an object");
                }
                InjectionSession session = sessionReader.readValue(parser);
                if (parser.nextToken() != null) {
                    throw new SessionReadException(
                            null, parser.currentTokenLocation().getLineNr(), "unexpected content after the session");
                }
                return session;
            } catch (JacksonException e) {
                throw ReadFailures.of(e, parser, limits, JsonPaths.ROOT, 0);
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

    /** The reader of one session (content after it is left to the caller: it may be the next session). */
    ObjectReader sessionReader() {
        return sessionReader;
    }

    /** The writer of one session, compact; it keeps a pretty printer the generator already has. */
    ObjectWriter sessionWriter() {
        return compactWriter;
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

    private static String writeString(ObjectWriter writer, InjectionSession session) {
        Objects.requireNonNull(session, "session");
        try {
            return writer.writeValueAsString(session);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write session " + session.id(), e);
        }
    }

    private static JsonMapper createMapper(JsonLimits limits) {
        // No maxDocumentLength: it would count a whole NDJSON input; SessionInput bounds each document or line.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
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
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule()) // writes date-times; StrictScalars reads them
                .addModule(new SessionJsonModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .withCoercionConfigDefaults(SessionJson::noCoercion)
                .visibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.FLUSH_AFTER_WRITE_VALUE)
                .serializationInclusion(JsonInclude.Include.NON_ABSENT)
                .build();
        // Empty lists are left out (complications, where empty means "none", says otherwise).
        mapper.configOverride(List.class).setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null));
        return mapper;
    }

    /** No value is read from another JSON type: no "3" for 3, no 2.0 for 2, no "" for absent. */
    private static void noCoercion(MutableCoercionConfig config) {
        for (CoercionInputShape shape : CoercionInputShape.values()) {
            config.setCoercion(shape, CoercionAction.Fail);
        }
        config.setAcceptBlankAsEmpty(false);
    }
}
