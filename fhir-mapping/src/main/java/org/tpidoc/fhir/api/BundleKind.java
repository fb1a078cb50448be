package org.tpidoc.fhir.api;

import org.hl7.fhir.r4.model.Bundle.BundleType;

/** The kinds of bundle {@link org.tpidoc.fhir.FhirExporter} assembles, each with its FHIR {@code Bundle.type}. */
public enum BundleKind {
    /**
     * A {@code transaction}: every entry is a {@code PUT Type/id} with the deterministic id, so posting the
     * same session again updates the same resources and creates no duplicates.
     */
    TRANSACTION(BundleType.TRANSACTION),
    /** A {@code collection} of the session's resources. */
    COLLECTION(BundleType.COLLECTION),
    /** A {@code document}: a {@code Composition} (LOINC 28570-0 Procedure note) first, then its resources. */
    DOCUMENT(BundleType.DOCUMENT);

    private final BundleType type;

    BundleKind(BundleType type) {
        this.type = type;
    }

    /** The {@code Bundle.type} this kind sets. */
    public BundleType bundleType() {
        return type;
    }
}
