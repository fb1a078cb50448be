package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;

/**
 * A parser that enforces the limits Jackson's {@code StreamReadConstraints} do not quite say:
 *
 * <ul>
 *   <li>once bounded, it fails as soon as the stretch being read grows beyond {@link
 *       JsonLimits#maxDocumentBytes()}: the whole document for an array or one object, each line for
 *       NDJSON ({@code maxDocumentLength} would count the whole input, and NDJSON may be of any
 *       length);
 *   <li>every string is checked against {@code maxStringLength} as it is read (Jackson checks a
 *       string only when it becomes a {@code String}, which copying into a token buffer avoids).
 * </ul>
 *
 * Databind reads through {@link #nextToken()} (the other {@code next...} methods of {@link
 * JsonParser} call it), so no token escapes the checks.
 */
final class BoundedParser extends JsonParserDelegate {

    private final long limit;
    private long start = -1;
    private long startLine;
    private boolean document;

    /** {@code parser}, checking strings; not yet bounded in size. */
    BoundedParser(JsonParser parser, long limit) {
        super(parser);
        this.limit = limit;
    }

    /** Bounds the document whose first token the parser is at. */
    void boundDocument() {
        bound(true);
    }

    /** Bounds the line whose session begins at the current token (a longer session is a document). */
    void boundLine() {
        bound(false);
    }

    @Override
    public JsonToken nextToken() throws IOException {
        JsonToken token = delegate.nextToken();
        if (token == JsonToken.VALUE_STRING) {
            delegate.getText(); // checks the string's length against the parser's constraints
        }
        if (start >= 0) {
            JsonLocation here = delegate.currentLocation();
            if (offset(here) - start > limit) {
                throw exceeded(here);
            }
        }
        return token;
    }

    @Override
    public JsonToken nextValue() throws IOException {
        JsonToken token = nextToken();
        return token == JsonToken.FIELD_NAME ? nextToken() : token;
    }

    private void bound(boolean wholeDocument) {
        JsonLocation here = delegate.currentTokenLocation();
        start = offset(here);
        startLine = here.getLineNr();
        document = wholeDocument;
    }

    private SessionReadException exceeded(JsonLocation here) {
        if (!document && here.getLineNr() == startLine) {
            return new SessionReadException(null, startLine, "the line exceeds the limit of " + limit + " bytes");
        }
        return new SessionReadException(
                JsonPaths.of(delegate.getParsingContext()),
                here.getLineNr(),
                "the document exceeds the limit of " + limit + " bytes");
    }

    private static long offset(JsonLocation location) {
        return location.getByteOffset() >= 0 ? location.getByteOffset() : location.getCharOffset();
    }
}
