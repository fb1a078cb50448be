package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedClass;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.ser.VirtualBeanPropertyWriter;
import com.fasterxml.jackson.databind.util.Annotations;
import java.io.IOException;
import org.tpidoc.session.InjectionSession;

/**
 * The {@code schemaVersion} of the session object, which is no part of {@link InjectionSession}: it
 * is written first, and on reading it is checked before anything else in the object (by {@link
 * ObjectChecks}, while {@link SessionJsonModule} has databind skip it).
 */
final class SchemaVersion {

    /** The property's name. */
    static final String PROPERTY = "schemaVersion";

    private SchemaVersion() {}

    /**
     * Checks the {@code schemaVersion} the parser is at.
     *
     * @throws FormViolation if it is not the whole number {@value SessionJson#SCHEMA_VERSION}
     */
    static void check(JsonParser p) throws IOException {
        boolean supported = p.hasToken(JsonToken.VALUE_NUMBER_INT)
                && p.getNumberType() == JsonParser.NumberType.INT
                && p.getIntValue() == SessionJson.SCHEMA_VERSION;
        if (!supported) {
            throw violation(p, "unsupported schema version");
        }
    }

    /** The failure for a session object without {@code schemaVersion}. */
    static FormViolation missing(JsonParser p) {
        return violation(p, "required property is missing");
    }

    private static FormViolation violation(JsonParser p, String problem) {
        return new FormViolation(p, problem + "; expected " + SessionJson.SCHEMA_VERSION)
                .atProperty(InjectionSession.class, PROPERTY);
    }

    /** Writes {@code schemaVersion} (a virtual property, prepended by the session's mix-in). */
    static final class Writer extends VirtualBeanPropertyWriter {
        private static final long serialVersionUID = 1L;

        /** For Jackson, which calls {@link #withConfig} on it. */
        Writer() {}

        private Writer(BeanPropertyDefinition definition, Annotations annotations, JavaType type) {
            super(definition, annotations, type);
        }

        @Override
        protected Object value(Object bean, JsonGenerator g, SerializerProvider provider) {
            return SessionJson.SCHEMA_VERSION;
        }

        @Override
        public VirtualBeanPropertyWriter withConfig(
                MapperConfig<?> config,
                AnnotatedClass declaringClass,
                BeanPropertyDefinition definition,
                JavaType type) {
            return new Writer(definition, declaringClass.getAnnotations(), type);
        }
    }
}
