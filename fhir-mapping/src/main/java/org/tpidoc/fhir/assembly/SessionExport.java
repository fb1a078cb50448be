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
import org.tpidoc.fhir.resource.administration.AdministrationMapper;
import org.tpidoc.fhir.resource.bodystructure.BodyStructureTranslator;
import org.tpidoc.fhir.resource.consent.ConsentMapper;
import org.tpidoc.fhir.resource.document.CompositionMapper;
import org.tpidoc.fhir.resource.document.DocumentParticipants;
import org.tpidoc.fhir.resource.medication.MedicationMapper;
import org.tpidoc.fhir.resource.observation.ObservationMapper;
import org.tpidoc.fhir.resource.procedure.ProcedureTranslator;
import org.tpidoc.fhir.resource.provenance.ProvenanceMapper;
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
        resources.addAll(MedicationMapper.map(context));
        resources.addAll(AdministrationMapper.map(context));
        ConsentMapper.map(context).ifPresent(resources::add);
        resources.addAll(ObservationMapper.map(context));
        if (document) {
            DocumentParticipants participants = DocumentParticipants.of(context);
            resources.add(0, CompositionMapper.map(context, participants, List.copyOf(resources)));
            resources.addAll(participants.standIns());
        }
        ProvenanceMapper.map(context, List.copyOf(resources)).ifPresent(resources::add);
        return resources;
    }
}
