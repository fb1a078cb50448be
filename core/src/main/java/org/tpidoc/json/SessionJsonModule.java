package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.tpidoc.session.InjectionSession;

/**
 * The Jackson module that teaches a mapper the session form, so that the domain records need no
 * Jackson annotations. Reading goes through a tree (bounded by the parser's limits) so that every
 * problem can be named by its path.
 */
final class SessionJsonModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** A module with the session serializer and deserializer. */
    SessionJsonModule() {
        super("tpidoc-session-json");
        addSerializer(InjectionSession.class, new Serializer());
        addDeserializer(InjectionSession.class, new Deserializer());
    }

    /** Writes a session with {@link SessionEncoder}. */
    private static final class Serializer extends StdSerializer<InjectionSession> {
        private static final long serialVersionUID = 1L;

        Serializer() {
            super(InjectionSession.class);
        }

        @Override
        public void serialize(InjectionSession value, JsonGenerator g, SerializerProvider provider) throws IOException {
            SessionEncoder.write(g, value);
        }
    }

    /** Reads a session with {@link SessionDecoder}; failures are {@link SessionReadException}s. */
    private static final class Deserializer extends StdDeserializer<InjectionSession> {
        private static final long serialVersionUID = 1L;

        Deserializer() {
            super(InjectionSession.class);
        }

        @Override
        public InjectionSession deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return SessionDecoder.decode(ctxt.readTree(p));
        }
    }
}
