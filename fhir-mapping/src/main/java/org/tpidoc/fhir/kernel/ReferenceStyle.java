package org.tpidoc.fhir.kernel;

/** How resources of one export refer to each other. */
public enum ReferenceStyle {
    /** {@code urn:uuid:<id>}, resolved through each entry's {@code fullUrl}: for bundles. */
    URN_UUID,
    /** {@code <Type>/<id>}: for resources stored or written on their own (NDJSON, a server). */
    RELATIVE
}
