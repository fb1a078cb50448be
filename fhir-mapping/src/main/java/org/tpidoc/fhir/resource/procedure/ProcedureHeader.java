package org.tpidoc.fhir.resource.procedure;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedurePerformerComponent;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.ReferenceReader;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.ReferenceTargets;
import org.tpidoc.fhir.resource.procedure.ProcedureTranslator.Header;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.SessionStatus;

/**
 * The identity and context of a session, both directions: {@code identifier} (the session id in the
 * configured system), {@code status} (with our {@code session-status} extension), {@code statusReason},
 * {@code subject}, {@code encounter}, {@code performedPeriod}, {@code performer} and {@code location}.
 */
final class ProcedureHeader {

    /** Narrower than R4's Patient or Group: a session is of one patient. */
    private static final Set<String> PATIENT = Set.of("Patient");

    private static final Set<String> ENCOUNTER = ReferenceTargets.of("Procedure", "encounter");
    private static final Set<String> PERFORMER = ReferenceTargets.of("Procedure", "performer.actor");
    private static final Set<String> LOCATION = ReferenceTargets.of("Procedure", "location");

    private ProcedureHeader() {}

    /** Sets identifier, status, status reason, subject, encounter, performed period, performer and location. */
    static void toFhir(MappingContext context, Procedure procedure) {
        InjectionSession session = context.session();
        procedure
                .addIdentifier()
                .setSystem(context.options().identifierSystem())
                .setValue(session.id().toString());
        procedure.setStatus(status(session.status()));
        if (session.statusReason() != null) {
            procedure.setStatusReason(Concepts.text(session.statusReason()));
        }
        procedure.setSubject(context.patient());
        context.encounter().ifPresent(procedure::setEncounter);
        procedure.setPerformed(Times.period(session.start(), session.end()));
        context.performer().ifPresent(actor -> procedure
                .addPerformer()
                .setFunction(Concepts.text("Performing clinician"))
                .setActor(actor));
        context.location().ifPresent(procedure::setLocation);
    }

    /** {@code Procedure.status}: an aborted session is {@code not-done}. */
    static ProcedureStatus status(SessionStatus status) {
        return switch (status) {
            case IN_PROGRESS -> ProcedureStatus.INPROGRESS;
            case COMPLETED -> ProcedureStatus.COMPLETED;
            case ABORTED -> ProcedureStatus.NOTDONE;
            case ENTERED_IN_ERROR -> ProcedureStatus.ENTEREDINERROR;
        };
    }

    /**
     * Reads id, status, status reason, patient, encounter, times, performer and location into {@code
     * session}; the header is incomplete when status, patient or start is missing (reported).
     */
    static Header fromFhir(ReadContext context, InjectionSession.Builder session) {
        Located at = context.procedure();
        Procedure procedure = (Procedure) at.resource();
        session.id(ProcedureTranslator.ownSessionId(context.options(), procedure)
                .orElseGet(() -> ForeignProcedure.derivedId(context, at, procedure)));
        SessionStatus status = status(context, at, procedure, session);
        boolean complete = status != null;
        if (procedure.hasStatusReason()) {
            session.statusReason(CodeReader.words(procedure.getStatusReason()).stream()
                    .findFirst()
                    .orElse(null));
        }
        Optional<org.tpidoc.session.Reference> patient = procedure.hasSubject()
                ? ReferenceReader.external(context, at, procedure.getSubject(), at.at("subject"), PATIENT)
                : Optional.empty();
        patient.ifPresent(session::patient);
        if (patient.isEmpty()) {
            context.findings().add(ImportCode.MISSING_REQUIRED, at.at("subject"), "no patient that can be carried");
            complete = false;
        }
        if (procedure.hasEncounter()) {
            session.encounter(
                    ReferenceReader.external(context, at, procedure.getEncounter(), at.at("encounter"), ENCOUNTER)
                            .orElse(null));
        }
        Optional<OffsetDateTime> start = start(context, at, procedure);
        Optional<OffsetDateTime> end = end(context, at, procedure);
        start.ifPresent(session::start);
        end.ifPresent(session::end);
        complete &= start.isPresent();
        performer(context, at, procedure.getPerformer(), session);
        if (procedure.hasLocation()) {
            session.location(ReferenceReader.external(context, at, procedure.getLocation(), at.at("location"), LOCATION)
                    .orElse(null));
        }
        return new Header(complete, status, start.orElse(null), end.orElse(null));
    }

    private static @Nullable SessionStatus status(
            ReadContext context, Located at, Procedure procedure, InjectionSession.Builder session) {
        ProcedureStatus status = procedure.getStatus();
        if (status == null || status == ProcedureStatus.NULL || status == ProcedureStatus.UNKNOWN) {
            context.findings().add(ImportCode.MISSING_REQUIRED, at.at("status"), "no status that a session can hold");
            return null;
        }
        Extension recorded = procedure.getExtensionByUrl(context.extension(Extensions.SESSION_STATUS));
        if (recorded != null && recorded.getValue() instanceof CodeType code) {
            Optional<SessionStatus> own =
                    CodeReader.coded(context, SessionStatus.class, code.getValue(), at.at("extension"));
            if (own.isPresent() && status(own.get()) == status) {
                session.status(own.get());
                return own.get();
            }
            context.findings()
                    .add(
                            ImportCode.STATUS_CONFLICT,
                            at.at("status"),
                            "Procedure.status '" + status.toCode() + "' differs from the recorded session status; "
                                    + "Procedure.status was used");
        }
        SessionStatus mapped = ForeignProcedure.status(context, at, status);
        session.status(mapped);
        return mapped;
    }

    private static void performer(
            ReadContext context,
            Located at,
            List<ProcedurePerformerComponent> performers,
            InjectionSession.Builder session) {
        for (int i = 0; i < performers.size(); i++) {
            if (i == 0 && performers.get(i).hasActor()) {
                session.performer(ReferenceReader.external(
                                context, at, performers.get(i).getActor(), at.at("performer", 0) + ".actor", PERFORMER)
                        .orElse(null));
            } else {
                context.findings()
                        .add(
                                ImportCode.UNMAPPED_ELEMENT,
                                at.at("performer", i),
                                "a session records one performer (the first with an actor); this one is not kept");
            }
        }
    }

    private static Optional<OffsetDateTime> start(ReadContext context, Located at, Procedure procedure) {
        Optional<OffsetDateTime> start = Optional.empty();
        if (procedure.hasPerformed() && procedure.getPerformed() instanceof Period period) {
            if (period.hasStartElement()) {
                start = Times.readDateTime(context, period.getStartElement(), at.at("performedPeriod") + ".start");
            }
        } else if (procedure.hasPerformedDateTimeType()) {
            start = Times.readDateTime(context, procedure.getPerformedDateTimeType(), at.at("performedDateTime"));
        }
        if (start.isEmpty()) {
            context.findings()
                    .add(ImportCode.MISSING_REQUIRED, at.at("performed[x]"), "no start time that can be carried");
        }
        return start;
    }

    private static Optional<OffsetDateTime> end(ReadContext context, Located at, Procedure procedure) {
        if (procedure.hasPerformed() && procedure.getPerformed() instanceof Period period && period.hasEndElement()) {
            return Times.readDateTime(context, period.getEndElement(), at.at("performedPeriod") + ".end");
        }
        return Optional.empty();
    }
}
