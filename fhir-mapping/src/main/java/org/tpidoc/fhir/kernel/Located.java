package org.tpidoc.fhir.kernel;

import java.util.Objects;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;

/**
 * A resource of the input with where it came from: its path ({@code Bundle.entry[3].resource}, {@code
 * Procedure.ndjson:12/Procedure}, or a contained resource's path), its position in input order, and its
 * bundle entry's {@code fullUrl} when it has one.
 *
 * @param resource the parsed resource
 * @param path where it is in the input
 * @param position its place in input order (contained resources share their container's)
 * @param fullUrl the bundle entry's {@code fullUrl}, or {@code null}
 */
public record Located(
        Resource resource,
        String path,
        int position,
        @Nullable String fullUrl) {

    private static final String URN_UUID = "urn:uuid:";

    /** Checks the parts are present. */
    public Located {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(path, "path");
    }

    /** The resource type, e.g. {@code "Procedure"}. */
    public String type() {
        return resource.fhirType();
    }

    /**
     * The logical id: the id part of the resource's id, without the {@code urn:uuid:} HAPI puts there for an
     * entry with such a {@code fullUrl}; {@code null} when the resource has none.
     */
    public @Nullable String id() {
        if (!resource.hasIdElement() || resource.getIdElement().getIdPart() == null) {
            return null;
        }
        String id = resource.getIdElement().getIdPart();
        if (id.startsWith(URN_UUID)) {
            id = id.substring(URN_UUID.length());
        }
        if (id.startsWith("#")) {
            id = id.substring(1);
        }
        return id.isBlank() ? null : id;
    }

    /** Whether this resource is identified only by a {@code urn:uuid:} or {@code urn:oid:} {@code fullUrl}. */
    public boolean hasOnlyUrnIdentity() {
        return fullUrl != null && fullUrl.startsWith("urn:");
    }

    /** The path of one of the resource's elements: {@code <path>.<element>}. */
    public String at(String element) {
        return path + "." + element;
    }

    /** The path of one repetition of an element: {@code <path>.<element>[index]}. */
    public String at(String element, int index) {
        return path + "." + element + "[" + index + "]";
    }

    @Override
    public String toString() {
        return "Located[" + type() + " at " + path + "]";
    }
}
