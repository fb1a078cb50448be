package org.tpidoc.json;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.ContainerDeserializerBase;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.util.AccessPattern;
import org.jspecify.annotations.Nullable;

/**
 * JSON {@code null} is never a value of the form: an optional part is left out instead. Jackson's
 * own switches cannot say this, since they treat an absent creator property like a null one
 * ({@code Nulls.FAIL}, {@code FAIL_ON_NULL_CREATOR_PROPERTIES} and {@code FAIL_ON_NULL_FOR_PRIMITIVES}
 * would all reject a missing optional part). So every deserializer is wrapped (by
 * {@link SessionJsonModule}): a null fails with
 * {@link InvalidNullException}, an absent property keeps its absent value (an empty list for a
 * list).
 */
final class NullsRejected extends DelegatingDeserializer {

    private static final long serialVersionUID = 1L;

    private NullsRejected(JsonDeserializer<?> delegate) {
        super(delegate);
    }

    /** {@code deserializer}, failing on JSON null. */
    static JsonDeserializer<?> wrap(JsonDeserializer<?> deserializer) {
        return new NullsRejected(deserializer);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
        return new NullsRejected(delegate);
    }

    @Override
    public @Nullable Object getNullValue(DeserializationContext ctxt) throws JsonMappingException {
        throw InvalidNullException.from(ctxt, null, ctxt.constructType(handledType()));
    }

    @Override
    public @Nullable Object getAbsentValue(DeserializationContext ctxt) throws JsonMappingException {
        // An absent list is an empty one (its record may then say it needs an element).
        return _delegatee instanceof ContainerDeserializerBase<?>
                ? _delegatee.getEmptyValue(ctxt)
                : _delegatee.getAbsentValue(ctxt);
    }

    @Override
    public AccessPattern getNullAccessPattern() {
        return AccessPattern.DYNAMIC;
    }
}
