package org.tpidoc.json;

import org.jspecify.annotations.Nullable;

/**
 * Where a value sits in a document, as a chain of property names and array indexes. Cheap to extend;
 * the text form ({@code $.sites[1].laterality}) is only built when a problem is reported.
 */
final class JsonPath {

    /** The document's root value, {@code $}. */
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final @Nullable JsonPath parent;
    private final @Nullable String name;
    private final int index;

    private JsonPath(@Nullable JsonPath parent, @Nullable String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    /** The path of property {@code propertyName} of the object here. */
    JsonPath property(String propertyName) {
        return new JsonPath(this, propertyName, -1);
    }

    /** The path of element {@code elementIndex} of the array here. */
    JsonPath element(int elementIndex) {
        return new JsonPath(this, null, elementIndex);
    }

    @Override
    public String toString() {
        if (parent == null) {
            return JsonPaths.ROOT;
        }
        String base = parent.toString();
        return name != null ? JsonPaths.property(base, name) : JsonPaths.element(base, index);
    }
}
