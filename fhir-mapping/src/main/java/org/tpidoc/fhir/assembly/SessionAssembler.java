package org.tpidoc.fhir.assembly;

import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Procedure;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.resource.administration.AdministrationTranslator;
import org.tpidoc.fhir.resource.administration.ForeignSites;
import org.tpidoc.fhir.resource.consent.ConsentTranslator;
import org.tpidoc.fhir.resource.document.CompositionTranslator;
import org.tpidoc.fhir.resource.medication.MedicationTranslator;
import org.tpidoc.fhir.resource.observation.ObservationTranslator;
import org.tpidoc.fhir.resource.procedure.ProcedureTranslator;
import org.tpidoc.fhir.resource.provenance.ProvenanceTranslator;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.SessionStatus;

/**
 * One session from one {@code Procedure} and the resources that belong to it: the table of contents of an
 * import, one line per reader, the inverse of {@link org.tpidoc.fhir.FhirExporter}'s. Sites and
 * preparations come from our extensions when the Procedure records them, else from the Procedure's body
 * sites and the administrations ({@link ForeignSites}).
 */
final class SessionAssembler {

    private SessionAssembler() {}

    /** The session of {@code context}'s Procedure; empty when a required part is missing (reported). */
    static Optional<InjectionSession> assemble(ReadContext context) {
        Located at = context.procedure();
        Procedure procedure = (Procedure) at.resource();
        InjectionSession.Builder builder = InjectionSession.builder();
        ProcedureTranslator.Header header = ProcedureTranslator.fromFhir(context, builder);
        boolean complete = header.complete();
        boolean sitesRecorded = ProcedureTranslator.sitesRecorded(context);
        if (sitesRecorded) {
            builder.preparations(preparations(context));
        } else {
            ForeignSites.read(context, builder);
        }
        boolean enteredInError = header.status() == SessionStatus.ENTERED_IN_ERROR;
        ConsentTranslator.fromFhir(context, context.members("Consent"), enteredInError)
                .ifPresent(builder::consent);
        ObservationTranslator.Observed observed = ObservationTranslator.fromFhir(
                context, context.members("Observation"), header.start(), header.end(), sitesRecorded, enteredInError);
        builder.painBefore(observed.before()).painAfter(observed.after());
        if (observed.weightKg() != null
                && procedure.getExtensionByUrl(context.extension(Extensions.PATIENT_FACTORS)) == null) {
            builder.patientFactors(PatientFactors.ofWeight(observed.weightKg()));
        }
        if (!complete) {
            return Optional.empty();
        }
        Optional<InjectionSession> session = context.attempt(at.path(), builder::build);
        session.ifPresent(read -> {
            if (sitesRecorded) {
                AdministrationTranslator.fromFhir(context, read);
            }
            CompositionTranslator.fromFhir(context, read);
            ProvenanceTranslator.fromFhir(context, read);
        });
        return session;
    }

    /** Our preparations: the session's {@code Medication}s that carry a preparation id, in input order. */
    private static List<Preparation> preparations(ReadContext context) {
        return context.members("Medication").stream()
                .filter(m -> MedicationTranslator.isOwn(context, (org.hl7.fhir.r4.model.Medication) m.resource()))
                .map(m -> MedicationTranslator.fromFhir(context, m))
                .flatMap(Optional::stream)
                .toList();
    }
}
