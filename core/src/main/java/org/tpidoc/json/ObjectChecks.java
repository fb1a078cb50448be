package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Reads the JSON object of a record whole into a token buffer before Jackson binds it, so that
 * problems are reported in the order a reader fixes them: malformed JSON and exceeded limits first,
 * then (for the session) its {@link SchemaVersion}, then an unknown property (a misspelt name is
 * named, not the required property it misses), and only then the values. Databind alone would report
 * an unknown property of a record only after building it. The text is parsed once; the buffer is
 * replayed.
 */
final class ObjectChecks extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    private final boolean versioned;

    /**
     * Checks before {@code record} binds.
     *
     * @param versioned whether the object carries a {@link SchemaVersion} (the session)
     */
    ObjectChecks(BeanDeserializerBase record, boolean versioned) {
        super(record);
        this.versioned = versioned;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> record) {
        return new ObjectChecks((BeanDeserializerBase) record, versioned);
    }

    @Override
    public @Nullable Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.START_OBJECT)) {
            return ctxt.handleUnexpectedToken(handledType(), p);
        }
        TokenBuffer object = ctxt.bufferAsCopyOfValue(p);
        try (JsonParser names = object.asParserOnFirstToken()) {
            check(names, p);
        }
        try (JsonParser content = object.asParserOnFirstToken()) {
            return super.deserialize(content, ctxt);
        }
    }

    private void check(JsonParser names, JsonParser p) throws IOException {
        BeanDeserializerBase record = (BeanDeserializerBase) getDelegatee();
        boolean versionSeen = false;
        @Nullable String unknown = null;
        for (JsonToken t = names.nextToken(); t == JsonToken.FIELD_NAME; t = names.nextToken()) {
            String name = names.currentName();
            names.nextToken();
            if (versioned && name.equals(SchemaVersion.PROPERTY)) {
                SchemaVersion.check(names);
                versionSeen = true;
            } else if (unknown == null && record.findProperty(name) == null) {
                unknown = name;
            }
            names.skipChildren();
        }
        if (versioned && !versionSeen) {
            throw SchemaVersion.missing(p);
        }
        if (unknown != null) {
            throw UnrecognizedPropertyException.from(p, handledType(), unknown, record.getKnownPropertyNames());
        }
    }
}
