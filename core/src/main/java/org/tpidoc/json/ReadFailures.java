package org.tpidoc.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.tpidoc.session.Coded;
import org.tpidoc.session.CodedEnums;

/**
 * The one translation of Jackson's exceptions into {@link SessionReadException}s, in our own words:
 * Jackson's messages quote the input (a token, a value, a property), which may identify a patient, so
 * none of them is passed on, and no exception is kept as a cause.
 *
 * <ul>
 *   <li>Problems of the JSON text (malformed, truncated, a duplicate property, a parser limit) name
 *       the path where the parser stopped and its line.
 *   <li>Problems of content (databind: unknown property, wrong type, unknown code, missing property,
 *       null, a range, a record's invariant) name the path Jackson recorded while binding, and the
 *       line only where the caller knows the session's line (NDJSON).
 * </ul>
 */
final class ReadFailures {

    private static final String MISSING_REQUIRED = "Missing required creator property";

    /** What a value of a type must look like, for the types the form uses. */
    private static final Map<Class<?>, String> EXPECTED = Map.of(
            String.class, "expected a string",
            Boolean.class, "expected true or false",
            boolean.class, "expected true or false",
            Integer.class, "expected a whole number",
            int.class, "expected a whole number",
            BigDecimal.class, "expected a number",
            OffsetDateTime.class, "expected an ISO-8601 date-time with offset, like \"2026-11-20T10:15:00-05:00\"",
            LocalDate.class, "expected an ISO-8601 date, like \"2027-08-31\"",
            UUID.class, "expected a UUID, like \"8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11\"");

    private ReadFailures() {}

    /**
     * The read failure for {@code e}, thrown while {@code parser} read a session.
     *
     * @param sessionPath the path of the session in the input: {@code $}, or {@code $[3]} in an array
     * @param sessionLine the line to name for a problem of content (the NDJSON line), or 0 for none
     */
    static SessionReadException of(
            JacksonException e, JsonParser parser, JsonLimits limits, String sessionPath, long sessionLine) {
        JacksonException textProblem = textProblem(e);
        if (textProblem != null) {
            JsonLocation location =
                    textProblem.getLocation() != null ? textProblem.getLocation() : parser.currentLocation();
            return new SessionReadException(
                    JsonPaths.of(parser.getParsingContext()),
                    Math.max(location.getLineNr(), 0),
                    describeText(textProblem, limits, location));
        }
        JsonMappingException content = (JsonMappingException) e;
        return new SessionReadException(
                JsonPaths.of(sessionPath, content.getPath()), sessionLine, describeContent(content));
    }

    /** The exception about the JSON text itself in {@code e}'s causes (databind wraps it), if any. */
    private static @Nullable JacksonException textProblem(JacksonException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof JacksonException jackson && !(t instanceof JsonMappingException)) {
                return jackson;
            }
        }
        return null;
    }

    private static String describeText(JacksonException e, JsonLimits limits, JsonLocation location) {
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
                return "a property name exceeds the limit of " + JsonLimits.MAX_NAME_LENGTH + " characters";
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
        return location.getColumnNr() > 0 ? "malformed JSON at column " + location.getColumnNr() : "malformed JSON";
    }

    private static String describeContent(JsonMappingException e) {
        if (e instanceof FormViolation) {
            return e.getOriginalMessage();
        }
        if (e instanceof UnrecognizedPropertyException) {
            return "unknown property";
        }
        if (e instanceof InvalidNullException) {
            return "null is not allowed; leave the property out instead";
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            // A record's compact constructor rejected the values; its message names the field, not the value.
            String invariant = e.getCause().getMessage();
            return invariant == null || invariant.isBlank() ? "invalid value" : invariant;
        }
        if (e instanceof MismatchedInputException mismatch) {
            return e.getOriginalMessage().startsWith(MISSING_REQUIRED)
                    ? "required property is missing"
                    : expected(mismatch.getTargetType());
        }
        return "invalid value";
    }

    private static String expected(@Nullable Class<?> type) {
        if (type == null) {
            return "invalid value";
        }
        if (type.isEnum() && Coded.class.isAssignableFrom(type)) {
            return "expected " + codes(type);
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "expected an array";
        }
        return EXPECTED.getOrDefault(type, "expected an object");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String codes(Class<?> codedEnum) {
        return CodedEnums.describeCodes((Class) codedEnum);
    }
}
