package org.tpidoc.fhir.assembly;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.ReferenceStyle;
import org.tpidoc.fhir.resource.administration.AdministrationTranslator;
import org.tpidoc.fhir.resource.bodystructure.BodyStructureTranslator;
import org.tpidoc.fhir.resource.consent.ConsentTranslator;
import org.tpidoc.fhir.resource.document.CompositionTranslator;
import org.tpidoc.fhir.resource.medication.MedicationTranslator;
import org.tpidoc.fhir.resource.observation.ObservationTranslator;
import org.tpidoc.fhir.resource.procedure.ProcedureTranslator;
import org.tpidoc.fhir.resource.provenance.ProvenanceTranslator;
import org.tpidoc.session.InjectionSession;

/**
 * The export of one session, the table of contents of the export side: one line per resource mapper, in
 * bundle order. The inverse is {@link SessionAssembler}.
 */
public final class SessionExport {

    private SessionExport() {}

    /** The session's resources referring to each other as {@code Type/id}; no {@code Composition}. */
    public static List<Resource> resources(InjectionSession session, MappingOptions options, Catalog catalog) {
        return resources(new MappingContext(session, options, catalog, ReferenceStyle.RELATIVE), false);
    }

    /** The session as a bundle of {@code kind}, its resources referring to each other as {@code urn:uuid}. */
    public static Bundle bundle(InjectionSession session, BundleKind kind, MappingOptions options, Catalog catalog) {
        MappingContext context = new MappingContext(session, options, catalog, ReferenceStyle.URN_UUID);
        return BundleAssembler.assemble(context, kind, resources(context, kind == BundleKind.DOCUMENT));
    }

    private static List<Resource> resources(MappingContext context, boolean document) {
        List<Resource> resources = new ArrayList<>();
        resources.add(ProcedureTranslator.toFhir(context));
        resources.addAll(BodyStructureTranslator.toFhir(context));
        resources.addAll(MedicationTranslator.toFhir(context));
        resources.addAll(AdministrationTranslator.toFhir(context));
        ConsentTranslator.toFhir(context).ifPresent(resources::add);
        resources.addAll(ObservationTranslator.toFhir(context));
        if (document) {
            CompositionTranslator.Document parts = CompositionTranslator.toFhir(context, List.copyOf(resources));
            resources.add(0, parts.composition());
            resources.addAll(parts.standIns());
        }
        ProvenanceTranslator.toFhir(context, List.copyOf(resources)).ifPresent(resources::add);
        return resources;
    }
}
