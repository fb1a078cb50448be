package org.tpidoc.json;

import java.util.Set;
import java.util.function.Function;

/**
 * How one JSON object of the session form is read: the properties it may have, and how its fields
 * become a value.
 *
 * @param properties every property name the object may carry; any other is an error
 * @param build makes the value from the object's fields
 * @param <T> the value type
 */
record ObjectShape<T>(Set<String> properties, Function<JsonFields, T> build) {

    /** A shape with the given properties. */
    static <T> ObjectShape<T> of(Function<JsonFields, T> build, String... properties) {
        return new ObjectShape<>(Set.of(properties), build);
    }
}
