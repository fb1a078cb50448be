package org.tpidoc.fhir.resource.procedure;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedurePerformerComponent;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.ReferenceReader;
import org.tpidoc.fhir.datatype.TimeReader;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.SessionStatus;

/**
 * The identity and context of a session from its {@code Procedure}: the inverse of the first half of
 * {@link ProcedureMapper} (identifier, status, subject, encounter, performed period, performer, location).
 * The technique and the clinical content are read by {@link ProcedureCodeReader} and {@link
 * ProcedureContentReader}, our extensions by {@link ProcedureExtensionReader}.
 */
public final class ProcedureReader {

    private static final Set<String> PATIENT = Set.of("Patient");
    private static final Set<String> ENCOUNTER = Set.of("Encounter");
    private static final Set<String> PERFORMER =
            Set.of("Practitioner", "PractitionerRole", "Organization", "Patient", "RelatedPerson", "Device");
    private static final Set<String> LOCATION = Set.of("Location");

    private ProcedureReader() {}

    /** The session id of a {@code Procedure} our export wrote: its identifier in the configured system. */
    public static Optional<UUID> ownSessionId(MappingOptions options, Procedure procedure) {
        for (Identifier identifier : procedure.getIdentifier()) {
            if (options.identifierSystem().equals(identifier.getSystem()) && identifier.hasValue()) {
                try {
                    return Optional.of(UUID.fromString(identifier.getValue()));
                } catch (IllegalArgumentException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    /** Whether our export wrote {@code procedure}: it carries our {@code session-status} extension. */
    public static boolean isOwn(ReadContext context, Procedure procedure) {
        return procedure.getExtensionByUrl(context.extension(Extensions.SESSION_STATUS)) != null;
    }

    /**
     * What the rest of the reading needs to know of the session.
     *
     * @param complete whether status, patient and start could be read (else the session cannot be built)
     * @param status the status read, or {@code null}
     * @param start the start, or {@code null}
     * @param end the end, or {@code null}
     */
    public record Header(
            boolean complete,
            @Nullable SessionStatus status,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end) {}

    /**
     * Reads id, status, status reason, patient, encounter, times, performer and location into {@code
     * session}; the header is incomplete when a required part (status, patient, start) is missing (reported).
     */
    public static Header read(ReadContext context, InjectionSession.Builder session) {
        Located at = context.procedure();
        Procedure procedure = (Procedure) at.resource();
        UUID id = id(context, at, procedure);
        session.id(id);
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
        List<ProcedurePerformerComponent> performers = procedure.getPerformer();
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
        if (procedure.hasLocation()) {
            session.location(ReferenceReader.external(context, at, procedure.getLocation(), at.at("location"), LOCATION)
                    .orElse(null));
        }
        return new Header(complete, status, start.orElse(null), end.orElse(null));
    }

    private static UUID id(ReadContext context, Located at, Procedure procedure) {
        Optional<UUID> own = ownSessionId(context.options(), procedure);
        if (own.isPresent()) {
            return own.get();
        }
        String identity = procedure.getIdentifier().stream()
                .filter(i -> i.hasSystem() && i.hasValue())
                .map(i -> "identifier:" + i.getSystem() + "|" + i.getValue())
                .findFirst()
                .orElseGet(() -> at.fullUrl() != null ? "fullUrl:" + at.fullUrl() : "id:" + at.type() + "/" + at.id());
        context.findings()
                .add(
                        ImportCode.ID_GENERATED,
                        at.at("identifier"),
                        "no session identifier in " + context.options().identifierSystem()
                                + "; the session id is derived from the Procedure's identity");
        return UUID.nameUUIDFromBytes(("tpidoc-import/" + identity).getBytes(StandardCharsets.UTF_8));
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
            if (own.isPresent() && ProcedureMapper.status(own.get()) == status) {
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
        SessionStatus mapped =
                switch (status) {
                    case COMPLETED -> SessionStatus.COMPLETED;
                    case INPROGRESS, PREPARATION, ONHOLD -> SessionStatus.IN_PROGRESS;
                    case NOTDONE, STOPPED -> SessionStatus.ABORTED;
                    default -> SessionStatus.ENTERED_IN_ERROR;
                };
        if (status == ProcedureStatus.PREPARATION
                || status == ProcedureStatus.ONHOLD
                || status == ProcedureStatus.STOPPED) {
            context.findings()
                    .add(
                            ImportCode.STATUS_APPROXIMATED,
                            at.at("status"),
                            "status '" + status.toCode() + "' recorded as session status '" + mapped.code() + "'");
        }
        session.status(mapped);
        return mapped;
    }

    private static Optional<OffsetDateTime> start(ReadContext context, Located at, Procedure procedure) {
        Optional<OffsetDateTime> start = Optional.empty();
        if (procedure.hasPerformed() && procedure.getPerformed() instanceof Period period) {
            if (period.hasStartElement()) {
                start = TimeReader.dateTime(context, period.getStartElement(), at.at("performedPeriod") + ".start");
            }
        } else if (procedure.hasPerformedDateTimeType()) {
            start = TimeReader.dateTime(context, procedure.getPerformedDateTimeType(), at.at("performedDateTime"));
        }
        if (start.isEmpty()) {
            context.findings()
                    .add(ImportCode.MISSING_REQUIRED, at.at("performed[x]"), "no start time that can be carried");
        }
        return start;
    }

    private static Optional<OffsetDateTime> end(ReadContext context, Located at, Procedure procedure) {
        if (procedure.hasPerformed() && procedure.getPerformed() instanceof Period period && period.hasEndElement()) {
            return TimeReader.dateTime(context, period.getEndElement(), at.at("performedPeriod") + ".end");
        }
        return Optional.empty();
    }
}
