package org.tpidoc.fhir;

import java.util.List;
import java.util.Objects;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.assembly.SessionExport;
import org.tpidoc.session.InjectionSession;

/**
 * Exports sessions as FHIR R4: the resources of a session, a bundle of any {@link BundleKind}, or its JSON
 * or XML. Mapping is pure and deterministic: ids are name-based UUIDs of the session id and each
 * resource's role, and every time comes from the session, so the same session always gives byte-identical
 * output. Build one per configuration and share it: it is immutable and thread-safe.
 */
public final class FhirExporter {

    private final MappingOptions options;
    private final Catalog catalog;

    /** An exporter with {@code options} over the built-in catalogue. */
    public FhirExporter(MappingOptions options) {
        this(options, Catalog.builtIn());
    }

    /** An exporter with {@code options} whose sessions' slugs resolve in {@code catalog}. */
    public FhirExporter(MappingOptions options, Catalog catalog) {
        this.options = Objects.requireNonNull(options, "options");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    /** An exporter with {@link MappingOptions#defaults()} over the built-in catalogue. */
    public static FhirExporter standard() {
        return new FhirExporter(MappingOptions.defaults());
    }

    /** The options this exporter maps with. */
    public MappingOptions options() {
        return options;
    }

    /**
     * The session's resources, referring to each other as {@code Type/id} (for storing one by one, or
     * NDJSON): {@code Procedure}, {@code BodyStructure}s, {@code Medication}s, {@code
     * MedicationAdministration}s, {@code Consent}, {@code Observation}s, {@code Provenance} (the optional
     * ones as the options include them). No {@code Composition}: that belongs to a document bundle.
     */
    public List<Resource> toResources(InjectionSession session) {
        return SessionExport.resources(session, options, catalog);
    }

    /** The session as a bundle of {@code kind}; every internal reference resolves inside it. */
    public Bundle toBundle(InjectionSession session, BundleKind kind) {
        return SessionExport.bundle(session, kind, options, catalog);
    }

    /** The bundle of {@link #toBundle} as pretty-printed JSON. */
    public String toJson(InjectionSession session, BundleKind kind) {
        return Fhir.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(toBundle(session, kind));
    }

    /**
     * The bundle of {@link #toBundle} as XML, not indented: HAPI's indenting would also re-indent the XHTML
     * of the narratives, which are meant to carry exactly the note's markup.
     */
    public String toXml(InjectionSession session, BundleKind kind) {
        return Fhir.context().newXmlParser().encodeResourceToString(toBundle(session, kind));
    }
}
