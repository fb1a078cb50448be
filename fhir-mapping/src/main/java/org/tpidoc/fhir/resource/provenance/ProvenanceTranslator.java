package org.tpidoc.fhir.resource.provenance;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Provenance;
import org.hl7.fhir.r4.model.Resource;
import org.tpidoc.fhir.api.MappingOptions.Include;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.ResourceIds;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSession;

/**
 * The {@code Provenance} of an export, both directions. Out: every other resource as a target, recorded at
 * the session's end (never the clock), the performer as the author agent, on behalf of the organization
 * when one is configured. Back: ours is derived from the session, so it is recognised by its id and taken
 * as read; another system's provenance of the session's {@code Procedure} is read by {@link
 * ForeignProvenance}.
 */
public final class ProvenanceTranslator {

    private ProvenanceTranslator() {}

    /** The {@code Provenance} over {@code targets}, when the options include it. */
    public static Optional<Provenance> toFhir(MappingContext context, List<Resource> targets) {
        if (!context.options().includes(Include.PROVENANCE)) {
            return Optional.empty();
        }
        Provenance provenance = new Provenance();
        provenance.setId(context.id(Roles.PROVENANCE));
        context.conform(provenance, Profiles.PROVENANCE);
        provenance.setText(Narratives.labelled(
                "Provenance",
                "Recorded",
                Times.format(context.recorded()),
                "Resources",
                Integer.toString(targets.size())));
        targets.forEach(target -> provenance.addTarget(context.reference(target)));
        provenance.setOccurred(
                Times.period(context.session().start(), context.session().end()));
        provenance.setRecordedElement(Times.instant(context.recorded()));
        provenance.setActivity(
                Concepts.codeable(FixedConcepts.CREATE).setText("Trigger point injection session documented"));
        Provenance.ProvenanceAgentComponent agent = provenance
                .addAgent()
                .setType(Concepts.codeable(FixedConcepts.AUTHOR))
                .setWho(context.author());
        if (context.session().performer() != null) {
            context.organization().ifPresent(agent::setOnBehalfOf);
        }
        return Optional.of(provenance);
    }

    /**
     * Takes the provenance of the session's export as read, and, for a {@code Procedure} our export did not
     * write ({@link ReadContext#ownExport()} false), any provenance of it.
     */
    public static void fromFhir(ReadContext context, InjectionSession session) {
        context.index()
                .byId(
                        "Provenance",
                        ResourceIds.of(session.id(), Roles.PROVENANCE).toString())
                .ifPresent(context::use);
        if (!context.ownExport()) {
            ForeignProvenance.fromFhir(context);
        }
    }
}
