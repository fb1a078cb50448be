package org.tpidoc.fhir.resource.procedure;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.UnsignedIntType;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.datatype.ReferenceReader;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.References;
import org.tpidoc.session.Attestation;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Position;
import org.tpidoc.session.PostProcedure;

/**
 * How the procedure was carried out and signed, in both directions, as our {@code Procedure} extensions
 * (R4 has no element for any of them): {@code patient-position} (our {@code position} code system), {@code
 * aspiration-before-injection}, {@code post-procedure} ({@code observedMinutes}, {@code vitalSignsStable})
 * and {@code attestation} ({@code by}, {@code at}). Each is written only when recorded.
 */
final class ConductExtensions {

    /** Who may attest a record: the types a performer may be. */
    private static final Set<String> ATTESTER =
            Set.of("Practitioner", "PractitionerRole", "Organization", "Patient", "RelatedPerson", "Device");

    private ConductExtensions() {}

    /** Adds the extensions of what the session records of position, aspiration, observation and attestation. */
    static void toFhir(MappingContext context, Procedure procedure) {
        InjectionSession session = context.session();
        if (session.position() != null) {
            context.addExtension(
                    procedure, Extensions.PATIENT_POSITION, context.ownConcept(OwnCodes.POSITION, session.position()));
        }
        if (session.aspirationBeforeInjection() != null) {
            context.addExtension(
                    procedure,
                    Extensions.ASPIRATION_BEFORE_INJECTION,
                    new BooleanType(session.aspirationBeforeInjection()));
        }
        PostProcedure after = session.postProcedure();
        if (after != null) {
            Extension observed = Extensions.complex(procedure, context.extension(Extensions.POST_PROCEDURE));
            Extensions.part(observed, "observedMinutes", new UnsignedIntType(after.observedMinutes()));
            if (after.vitalSignsStable() != null) {
                Extensions.part(observed, "vitalSignsStable", new BooleanType(after.vitalSignsStable()));
            }
        }
        Attestation attestation = session.attestation();
        if (attestation != null) {
            Extension signed = Extensions.complex(procedure, context.extension(Extensions.ATTESTATION));
            Extensions.part(signed, "by", References.external(attestation.by()));
            Extensions.part(signed, "at", Times.dateTime(attestation.at()));
        }
    }

    /**
     * Reads {@code extension} into {@code session} when its URL is one of these; returns whether it was
     * (a part that cannot be carried is reported at {@code path} and left out).
     */
    static boolean fromFhir(ReadContext context, Extension extension, String path, InjectionSession.Builder session) {
        String url = extension.getUrl() == null ? "" : extension.getUrl();
        if (url.equals(context.extension(Extensions.PATIENT_POSITION))) {
            ProcedureExtensions.own(context, extension, OwnCodes.POSITION, Position.class, path)
                    .ifPresent(session::position);
        } else if (url.equals(context.extension(Extensions.ASPIRATION_BEFORE_INJECTION))) {
            if (extension.getValue() instanceof BooleanType aspirated && aspirated.hasValue()) {
                session.aspirationBeforeInjection(aspirated.getValue());
            } else {
                context.findings().add(ImportCode.INVALID_VALUE, path, "expected a boolean");
            }
        } else if (url.equals(context.extension(Extensions.POST_PROCEDURE))) {
            postProcedure(context, extension, path).ifPresent(session::postProcedure);
        } else if (url.equals(context.extension(Extensions.ATTESTATION))) {
            attestation(context, extension, path).ifPresent(session::attestation);
        } else {
            return false;
        }
        return true;
    }

    private static Optional<PostProcedure> postProcedure(ReadContext context, Extension extension, String path) {
        Optional<IntegerType> minutes = ExtensionReader.value(extension, "observedMinutes", IntegerType.class)
                .filter(IntegerType::hasValue);
        if (minutes.isEmpty()) {
            context.findings()
                    .add(ImportCode.INVALID_VALUE, path, "an observation after the procedure needs its minutes");
            return Optional.empty();
        }
        Boolean stable = ExtensionReader.optionalFlag(extension, "vitalSignsStable");
        return context.attempt(path, () -> new PostProcedure(minutes.get().getValue(), stable));
    }

    private static Optional<Attestation> attestation(ReadContext context, Extension extension, String path) {
        Optional<Reference> by = ExtensionReader.value(extension, "by", Reference.class);
        Optional<DateTimeType> at = ExtensionReader.value(extension, "at", DateTimeType.class);
        if (by.isEmpty() || at.isEmpty()) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "an attestation needs who signed and when");
            return Optional.empty();
        }
        Optional<org.tpidoc.session.Reference> signer =
                ReferenceReader.external(context, context.procedure(), by.get(), path + ".extension('by')", ATTESTER);
        Optional<OffsetDateTime> when = Times.readDateTime(context, at.get(), path + ".extension('at')");
        if (signer.isEmpty() || when.isEmpty()) {
            return Optional.empty();
        }
        return context.attempt(path, () -> new Attestation(signer.get(), when.get()));
    }
}
