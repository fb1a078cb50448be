package org.tpidoc.fhir.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCodes;
import org.tpidoc.fhir.api.ImportLimits;

/**
 * Checks JSON text against the {@link ImportLimits} with Jackson's streaming parser before anything builds
 * a tree or HAPI parses it: nesting depth (with the path where it is exceeded), string length, number of
 * bundle entries, one JSON object with a {@code resourceType}, nothing after it. Then reads it into a tree
 * for the element check. Immutable and thread-safe.
 */
final class JsonGuard {

    private final ImportLimits limits;
    private final JsonFactory factory;
    private final ObjectMapper mapper;

    JsonGuard(ImportLimits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxDepth() + 1)
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(1000)
                .maxNameLength(10_000)
                .maxDocumentLength(limits.maxBytes())
                .build();
        this.factory = JsonFactory.builder()
                .streamReadConstraints(constraints)
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /** The tree as JSON text again (after the element check has removed the narratives). */
    String write(JsonNode tree) throws InputRejected {
        try {
            return mapper.writeValueAsString(tree);
        } catch (IOException e) {
            throw new InputRejected(ImportCodes.MALFORMED, "input", "the JSON could not be written again");
        }
    }

    /** The tree of {@code text}, checked; {@code root} names the document in paths until its type is known. */
    JsonNode read(String text, String root) throws InputRejected {
        scan(text, root);
        try {
            return mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            throw new InputRejected(ImportCodes.TOO_LARGE, root, "a value is over the size limits");
        } catch (IOException e) {
            throw new InputRejected(ImportCodes.MALFORMED, root, "not well-formed JSON");
        }
    }

    private void scan(String text, String root) throws InputRejected {
        JsonParser parser = null;
        String type = null;
        try {
            parser = factory.createParser(text);
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new InputRejected(ImportCodes.NOT_FHIR, root, "the input is empty");
            }
            if (token != JsonToken.START_OBJECT) {
                throw new InputRejected(ImportCodes.NOT_FHIR, root, "not a JSON object, so not a FHIR resource");
            }
            int depth = 1;
            int entries = 0;
            while (depth > 0) {
                token = parser.nextToken();
                if (token == null) {
                    throw new InputRejected(ImportCodes.MALFORMED, root, "the JSON ends before the resource does");
                }
                if (token.isStructStart()) {
                    if (++depth > limits.maxDepth()) {
                        throw new InputRejected(
                                ImportCodes.TOO_DEEP,
                                path(parser.getParsingContext(), type == null ? root : type),
                                "nested deeper than " + limits.maxDepth() + " levels; nothing was parsed");
                    }
                    JsonStreamContext parent = parser.getParsingContext().getParent();
                    if (depth == 3
                            && parent.inArray()
                            && "entry".equals(parent.getParent().getCurrentName())
                            && ++entries > limits.maxResources()) {
                        throw new InputRejected(
                                ImportCodes.TOO_LARGE,
                                type == null ? root : type,
                                "more than " + limits.maxResources() + " bundle entries; nothing was parsed");
                    }
                } else if (token.isStructEnd()) {
                    depth--;
                } else if (token == JsonToken.VALUE_STRING && parser.getTextLength() > limits.maxStringLength()) {
                    JsonStreamContext at = parser.getParsingContext();
                    String element = at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.getCurrentName();
                    throw new InputRejected(
                            ImportCodes.TOO_LARGE,
                            path(at, type == null ? root : type) + element,
                            "a string longer than " + limits.maxStringLength() + " characters; nothing was parsed");
                } else if (depth == 1 && token == JsonToken.FIELD_NAME && "resourceType".equals(parser.currentName())) {
                    type = parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
                }
            }
            if (parser.nextToken() != null) {
                throw new InputRejected(ImportCodes.MALFORMED, root, "content follows the resource");
            }
            if (type == null) {
                throw new InputRejected(ImportCodes.NOT_FHIR, root, "no resourceType, so not a FHIR resource");
            }
        } catch (StreamConstraintsException e) {
            boolean deep = String.valueOf(e.getMessage()).contains("depth");
            throw new InputRejected(
                    deep ? ImportCodes.TOO_DEEP : ImportCodes.TOO_LARGE,
                    parser == null ? root : path(parser.getParsingContext(), type == null ? root : type),
                    deep ? "nested too deep; nothing was parsed" : "a value or the document is over the size limits");
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new InputRejected(ImportCodes.MALFORMED, root, "not well-formed JSON" + where);
        } catch (IOException e) {
            throw new InputRejected(ImportCodes.MALFORMED, root, "the JSON could not be read");
        } finally {
            close(parser);
        }
    }

    /** {@code Bundle.entry[0].resource.extension[2]} for a parsing context. */
    static String path(JsonStreamContext context, String root) {
        StringBuilder path = new StringBuilder();
        JsonStreamContext at = context;
        while (at != null && at.getParent() != null && !at.getParent().inRoot()) {
            JsonStreamContext parent = at.getParent();
            if (parent.inArray()) {
                path.insert(0, "[" + Math.max(parent.getCurrentIndex(), 0) + "]");
            } else if (parent.getCurrentName() != null) {
                path.insert(0, "." + parent.getCurrentName());
            }
            at = parent;
        }
        return root + path;
    }

    private static void close(@Nullable JsonParser parser) {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                // nothing to release: the text is in memory
            }
        }
    }
}
