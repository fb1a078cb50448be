package org.tpidoc.fhir.kernel;

import org.jspecify.annotations.Nullable;

/**
 * Where a {@code Reference.reference} leads within one input.
 *
 * @param kind what was found
 * @param target the resource referred to, for {@link Kind#INTERNAL}
 */
public record Resolution(Kind kind, @Nullable Located target) {

    /** What a reference resolved to. */
    public enum Kind {
        /** A resource of the input (a bundle entry, an NDJSON line, a contained resource). */
        INTERNAL,
        /** A literal reference to a resource outside the input (e.g. {@code Patient/123} on a server). */
        EXTERNAL,
        /** A reference in a form that must resolve inside the input ({@code urn:uuid:}, {@code #id}) and does not. */
        DANGLING,
        /** No literal reference (an identifier or display only). */
        NONE
    }

    static final Resolution EXTERNAL = new Resolution(Kind.EXTERNAL, null);
    static final Resolution DANGLING = new Resolution(Kind.DANGLING, null);
    static final Resolution NONE = new Resolution(Kind.NONE, null);

    static Resolution internal(Located target) {
        return new Resolution(Kind.INTERNAL, target);
    }
}
