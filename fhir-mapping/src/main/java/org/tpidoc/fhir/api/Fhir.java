package org.tpidoc.fhir.api;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;

/**
 * The library's own {@link FhirContext} (R4), one for the process. A context is expensive to build and
 * thread-safe, so every mapper, parser and validator of this library shares this one; parsers made from it
 * are cheap and used once. It is not HAPI's process-wide cached context: settings a host application
 * applies to that one (parser error handlers, validation support) never change how tpidoc reads or writes.
 */
public final class Fhir {

    private static final FhirContext CONTEXT = FhirContext.forR4();

    private Fhir() {}

    /** The library's R4 context. Never null; thread-safe; do not reconfigure it. */
    public static FhirContext context() {
        return CONTEXT;
    }

    /**
     * The R4 core StructureDefinitions, ValueSets and CodeSystems over {@link #context()}, loaded once per
     * process on first use (seconds) and shared by every validator and conformance package the library
     * builds; read-only once loaded.
     */
    public static DefaultProfileValidationSupport coreDefinitions() {
        return CoreDefinitions.INSTANCE;
    }

    private static final class CoreDefinitions {
        static final DefaultProfileValidationSupport INSTANCE = new DefaultProfileValidationSupport(CONTEXT);
    }
}
