package org.tpidoc.fhir;

import ca.uhn.fhir.context.FhirContext;

/**
 * The one {@link FhirContext} (R4) of the process. A context is expensive to build and thread-safe, so
 * every mapper, parser and validator of this module shares this one; parsers made from it are cheap
 * and used once.
 */
public final class Fhir {

    private Fhir() {}

    /** The shared R4 context (HAPI's cached instance). Never null; thread-safe. */
    public static FhirContext context() {
        return FhirContext.forR4Cached();
    }
}
