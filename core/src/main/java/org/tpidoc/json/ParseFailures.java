package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns Jackson's parse failures into {@link SessionReadException}s with our own words: Jackson's
 * messages quote the input (a token, a property), which may identify a patient.
 */
final class ParseFailures {

    private ParseFailures() {}

    /**
     * The read failure for {@code e}, thrown while {@code parser} read one NDJSON line.
     *
     * @param line the 1-based line the parser read
     */
    static SessionReadException atLine(JsonProcessingException e, JsonParser parser, JsonLimits limits, long line) {
        JsonLocation location = location(e, parser);
        return new SessionReadException(JsonPaths.of(parser.getParsingContext()), line, problem(e, limits, location));
    }

    /**
     * The read failure for {@code e}, thrown while {@code parser} read a document.
     *
     * @param lineOffset how many lines of the input came before the parser's first line
     */
    static SessionReadException inDocument(
            JsonProcessingException e, JsonParser parser, JsonLimits limits, long lineOffset) {
        JsonLocation location = location(e, parser);
        long line = location.getLineNr() > 0 ? location.getLineNr() + lineOffset : 0;
        return new SessionReadException(JsonPaths.of(parser.getParsingContext()), line, problem(e, limits, location));
    }

    private static JsonLocation location(JsonProcessingException e, JsonParser parser) {
        return e.getLocation() != null ? e.getLocation() : parser.currentLocation();
    }

    private static String problem(JsonProcessingException e, JsonLimits limits, @Nullable JsonLocation location) {
        String original =
                e.getOriginalMessage() == null ? "" : e.getOriginalMessage().toLowerCase(Locale.ROOT);
        if (e instanceof StreamConstraintsException) {
            if (original.contains("nesting depth")) {
                return "nesting depth exceeds the limit of " + limits.maxNestingDepth();
            }
            if (original.contains("string value length")) {
                return "a string exceeds the limit of " + limits.maxStringLength() + " characters";
            }
            if (original.contains("name length")) {
                return "a property name exceeds the limit of " + limits.maxStringLength() + " characters";
            }
            if (original.contains("document length")) {
                return "the document exceeds the limit of " + limits.maxDocumentBytes() + " bytes";
            }
            if (original.contains("number value length")) {
                return "a number has too many digits";
            }
            return "the input exceeds a parser limit";
        }
        if (e instanceof JsonEOFException || original.contains("end-of-input")) {
            return "unexpected end of input";
        }
        if (original.startsWith("duplicate field")) {
            return "duplicate property";
        }
        int column = location == null ? -1 : location.getColumnNr();
        return column > 0 ? "malformed JSON at column " + column : "malformed JSON";
    }
}
