package org.tpidoc.fhir.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.ImportLimits;

/**
 * Checks JSON text against the {@link ImportLimits} with Jackson's streaming parser before anything builds
 * a tree or HAPI parses it: nesting depth (with the path where it is exceeded), string length, number of
 * bundle entries, one JSON object with a {@code resourceType}, nothing after it. The checks run on each token
 * while the tree for the element check is read, so the text is read once; HAPI then parses that tree, not
 * the text again. Immutable and thread-safe.
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
        this.factory = JsonFactory.builder().streamReadConstraints(constraints).build();
        this.mapper = new ObjectMapper(factory).enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    }

    /**
     * The tree of {@code text}, checked while it is read, in one pass over the text; {@code root} names the
     * document in paths until its type is known.
     */
    ObjectNode read(String text, String root) throws InputRejected {
        Checking parser = null;
        try {
            parser = new Checking(factory.createParser(text), root);
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputRejected(ImportCode.NOT_FHIR, root, "the input is empty");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new InputRejected(ImportCode.NOT_FHIR, root, "not a JSON object, so not a FHIR resource");
            }
            JsonNode tree = mapper.readTree(parser);
            if (parser.nextToken() != null) {
                throw new InputRejected(ImportCode.MALFORMED, root, "content follows the resource");
            }
            if (!tree.path("resourceType").isTextual()) {
                throw new InputRejected(ImportCode.NOT_FHIR, root, "no resourceType, so not a FHIR resource");
            }
            return (ObjectNode) tree;
        } catch (Rejection e) {
            throw e.rejected;
        } catch (StreamConstraintsException e) {
            boolean deep = String.valueOf(e.getMessage()).contains("depth");
            throw new InputRejected(
                    deep ? ImportCode.TOO_DEEP : ImportCode.TOO_LARGE,
                    parser == null ? root : parser.path(),
                    deep ? "nested too deep; nothing was parsed" : "a value or the document is over the size limits");
        } catch (JsonProcessingException e) {
            if (e.getCause() instanceof Rejection rejection) {
                throw rejection.rejected;
            }
            String where = e.getLocation() == null
                    ? ""
                    : " at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr();
            throw new InputRejected(ImportCode.MALFORMED, root, "not well-formed JSON" + where);
        } catch (IOException e) {
            throw new InputRejected(ImportCode.MALFORMED, root, "the JSON could not be read");
        } finally {
            close(parser);
        }
    }

    /** A limit exceeded while the tree is read, carried through Jackson as an I/O failure. */
    private static final class Rejection extends IOException {
        private static final long serialVersionUID = 1L;
        private final transient InputRejected rejected;

        Rejection(InputRejected rejected) {
            super(rejected.getMessage(), null);
            this.rejected = rejected;
        }
    }

    /**
     * Checks every token as the tree is built: nesting depth (with the path where it is exceeded), string
     * length with its path, and the number of bundle entries.
     */
    private final class Checking extends JsonParserDelegate {

        private final String root;
        private @Nullable String type;
        private int depth;
        private int entries;

        Checking(JsonParser parser, String root) {
            super(parser);
            this.root = root;
        }

        String path() {
            return JsonGuard.path(getParsingContext(), type == null ? root : type);
        }

        @Override
        public @Nullable JsonToken nextToken() throws IOException {
            JsonToken token = super.nextToken();
            if (token == null) {
                return null;
            }
            if (token.isStructStart()) {
                if (++depth > limits.maxDepth()) {
                    throw new Rejection(new InputRejected(
                            ImportCode.TOO_DEEP,
                            path(),
                            "nested deeper than " + limits.maxDepth() + " levels; nothing was parsed"));
                }
                JsonStreamContext parent = getParsingContext().getParent();
                if (depth == 3
                        && parent.inArray()
                        && "entry".equals(parent.getParent().getCurrentName())
                        && ++entries > limits.maxResources()) {
                    throw new Rejection(new InputRejected(
                            ImportCode.TOO_LARGE,
                            type == null ? root : type,
                            "more than " + limits.maxResources() + " bundle entries; nothing was parsed"));
                }
            } else if (token.isStructEnd()) {
                depth--;
            } else if (token == JsonToken.VALUE_STRING) {
                if (getTextLength() > limits.maxStringLength()) {
                    JsonStreamContext at = getParsingContext();
                    String element = at.inArray() ? "[" + at.getCurrentIndex() + "]" : "." + at.getCurrentName();
                    throw new Rejection(new InputRejected(
                            ImportCode.TOO_LARGE,
                            path() + element,
                            "a string longer than " + limits.maxStringLength() + " characters; nothing was parsed"));
                }
                if (depth == 1 && type == null && "resourceType".equals(currentName())) {
                    type = getText();
                }
            }
            return token;
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
