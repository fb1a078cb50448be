package org.tpidoc.catalog;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON of a catalogue file into its {@link CatalogFile} form, strictly: unknown keys,
 * missing required keys, {@code null} values, duplicate keys, values of another type (no coercion of
 * {@code "true"} to a boolean or of {@code 5} to text) and content after the object all fail with a {@link
 * CatalogReadException} naming the JSON path. One configured, thread-safe reader.
 */
final class CatalogFileReader {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .withCoercionConfig(
                    LogicalType.Textual, text -> text.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
            .withCoercionConfig(
                    LogicalType.Boolean, bool -> bool.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
            .withCoercionConfigDefaults(all -> all.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
            // no null inside a list; a null value only where CatalogFile.Required does not forbid it
            .defaultSetterInfo(JsonSetter.Value.construct(Nulls.DEFAULT, Nulls.FAIL))
            .build();

    private static final ObjectReader READER = MAPPER.readerFor(CatalogFile.class);

    private static final String MISSING_REQUIRED = "Missing required creator property";

    private CatalogFileReader() {}

    /** Reads one catalogue file from {@code json} (to its end; the stream is not closed). */
    static CatalogFile read(InputStream json) {
        try (JsonParser parser = MAPPER.createParser(json)) {
            CatalogFile file = READER.readValue(parser);
            if (file == null) {
                throw new CatalogReadException("$", "expected an object");
            }
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                throw new CatalogReadException(
                        "$",
                        "content after the catalogue object at line " + at.getLineNr() + ", column "
                                + at.getColumnNr());
            }
            return file;
        } catch (JsonProcessingException e) {
            throw translate(e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the catalogue file", e);
        }
    }

    /** Jackson's exception as a {@link CatalogReadException} with a JSON path and a plain problem. */
    private static CatalogReadException translate(JsonProcessingException e) {
        String path = e instanceof JsonMappingException mapping ? path(mapping.getPath()) : "$";
        if (e.getCause() instanceof StreamReadException malformed) {
            return new CatalogReadException(path, notWellFormed(malformed));
        }
        if (e instanceof StreamReadException malformed) {
            return new CatalogReadException(null, notWellFormed(malformed));
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return new CatalogReadException(path, "unknown key (expected one of " + keys(unknown) + ")");
        }
        if (e instanceof InvalidNullException) {
            return new CatalogReadException(path, "must not be null");
        }
        if (e instanceof MismatchedInputException mismatch) {
            String message = mismatch.getOriginalMessage();
            if (message != null && message.startsWith(MISSING_REQUIRED)) {
                return new CatalogReadException(path, "missing required key");
            }
            return new CatalogReadException(path, "expected " + kind(mismatch.getTargetType()));
        }
        return new CatalogReadException(path, "cannot be read: " + e.getOriginalMessage());
    }

    private static String notWellFormed(StreamReadException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return "not well-formed JSON" + where + ": " + e.getOriginalMessage();
    }

    /** {@code $.muscles[3].partOf} from Jackson's path references. */
    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder("$");
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append('.').append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String keys(UnrecognizedPropertyException unknown) {
        Collection<Object> known = unknown.getKnownPropertyIds();
        return known == null
                ? "the documented keys"
                : String.join(
                        ", ", new TreeSet<>(known.stream().map(String::valueOf).toList()));
    }

    private static String kind(@Nullable Class<?> type) {
        if (type == null) {
            return "another kind of value";
        } else if (type == String.class) {
            return "text";
        } else if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        } else if (type == BigDecimal.class) {
            return "a number";
        } else if (Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
