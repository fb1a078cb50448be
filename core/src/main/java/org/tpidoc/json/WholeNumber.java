package org.tpidoc.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.jspecify.annotations.Nullable;

/**
 * The range of a whole-number property of the form, e.g. {@code @WholeNumber(min = 0, max = 10)} on
 * a pain score (put on the parameters of the mix-in constructors in {@link SessionMixIns}). A value
 * outside it fails with the property's path and the range in words.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@interface WholeNumber {

    /** The smallest value allowed. */
    int min();

    /** The largest value allowed. */
    int max() default Integer.MAX_VALUE;

    /**
     * Reads {@code int} and {@code Integer}: a JSON integer only (no {@code "2"}, no {@code 2.0}),
     * within the range of the property's {@link WholeNumber}, if it has one.
     */
    final class Deserializer extends StdScalarDeserializer<Integer> implements ContextualDeserializer {

        private static final long serialVersionUID = 1L;

        private final @Nullable WholeNumber range;

        Deserializer(Class<Integer> type) {
            this(type, null);
        }

        private Deserializer(Class<?> type, @Nullable WholeNumber range) {
            super(type);
            this.range = range;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, @Nullable BeanProperty property) {
            @Nullable WholeNumber declared = property == null ? null : property.getAnnotation(WholeNumber.class);
            return declared == null ? this : new Deserializer(handledType(), declared);
        }

        @Override
        public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_NUMBER_INT)) {
                return (Integer) ctxt.handleUnexpectedToken(handledType(), p);
            }
            boolean isInt = p.getNumberType() == JsonParser.NumberType.INT;
            if (range != null && (!isInt || p.getIntValue() < range.min() || p.getIntValue() > range.max())) {
                throw new FormViolation(p, describe(range));
            }
            if (!isInt) {
                throw new FormViolation(p, "expected a whole number within the range of a 32-bit integer");
            }
            return p.getIntValue();
        }

        private static String describe(WholeNumber range) {
            return range.max() == Integer.MAX_VALUE
                    ? "expected a whole number of at least " + range.min()
                    : "expected a whole number from " + range.min() + " to " + range.max();
        }
    }
}
