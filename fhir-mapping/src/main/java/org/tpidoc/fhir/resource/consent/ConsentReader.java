package org.tpidoc.fhir.resource.consent;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.datatype.ReferenceReader;
import org.tpidoc.fhir.datatype.TimeReader;
import org.tpidoc.fhir.datatype.Unmapped;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.ConsentMethod;
import org.tpidoc.session.ConsentSigner;
import org.tpidoc.session.InformedConsent;

/**
 * A {@code Consent} back to the session's informed consent: the inverse of {@link ConsentMapper}. When
 * consent was obtained is {@code Consent.dateTime}; method, signer, the clinician who obtained it, the
 * disclosed risks and the two answers are our extensions. Another system's consent gives its time and,
 * when the patient is its performer, the signer; what it lacks is reported. A consent not in force (draft,
 * proposed, rejected, a deny provision) is not a consent to the procedure and is not imported.
 */
public final class ConsentReader {

    private static final Set<String> READ = Set.of(
            "status",
            "scope",
            "category",
            "patient",
            "dateTime",
            "performer",
            "organization",
            "source[x]",
            "policy",
            "policyRule",
            "provision");
    private static final Set<String> ADMINISTRATIVE = Set.of("identifier", "verification");
    private static final Set<String> CLINICIAN =
            Set.of("Practitioner", "PractitionerRole", "Organization", "Patient", "RelatedPerson", "Device");

    private ConsentReader() {}

    /**
     * The informed consent of the session's consents (the first in force; any others are reported).
     *
     * @param enteredInError whether the session is entered in error (its consent then is too)
     */
    public static Optional<InformedConsent> read(ReadContext context, List<Located> consents, boolean enteredInError) {
        Optional<InformedConsent> found = Optional.empty();
        for (Located located : consents) {
            context.use(located);
            if (found.isPresent()) {
                context.findings()
                        .add(ImportCode.UNMAPPED_RESOURCE, located.path(), "a session records one consent; not kept");
            } else if (inForce(context, located, enteredInError)) {
                found = read(context, located);
            }
        }
        return found;
    }

    private static boolean inForce(ReadContext context, Located located, boolean enteredInError) {
        Consent consent = (Consent) located.resource();
        ConsentState status = consent.getStatus();
        boolean active = status == ConsentState.ACTIVE
                || status == ConsentState.INACTIVE
                || (status == ConsentState.ENTEREDINERROR && enteredInError);
        boolean permit = !consent.hasProvision()
                || !consent.getProvision().hasType()
                || consent.getProvision().getType() == ConsentProvisionType.PERMIT;
        if (!active || !permit) {
            context.findings()
                    .add(
                            ImportCode.CONSENT_NOT_ACTIVE,
                            located.at(active ? "provision" : "status"),
                            "this consent is not in force for the procedure; not imported as consent");
        }
        return active && permit;
    }

    private static Optional<InformedConsent> read(ReadContext context, Located located) {
        Consent consent = (Consent) located.resource();
        Unmapped.elements(context, located, READ, ADMINISTRATIVE);
        Optional<OffsetDateTime> obtainedAt = consent.hasDateTimeElement()
                ? TimeReader.dateTime(context, consent.getDateTimeElement(), located.at("dateTime"))
                : Optional.empty();
        if (obtainedAt.isEmpty()) {
            context.findings()
                    .add(ImportCode.INVALID_VALUE, located.at("dateTime"), "a consent needs when it was obtained");
            return Optional.empty();
        }
        boolean own = consent.getExtensionByUrl(context.extension(Extensions.ALTERNATIVES_DISCUSSED)) != null;
        ConsentMethod method = code(context, consent, Extensions.CONSENT_METHOD)
                .flatMap(code -> CodeReader.coded(context, ConsentMethod.class, code, located.at("extension")))
                .orElse(null);
        ConsentSigner signer = code(context, consent, Extensions.CONSENT_SIGNER)
                .flatMap(code -> CodeReader.coded(context, ConsentSigner.class, code, located.at("extension")))
                .orElse(own ? null : patientSigned(consent));
        org.tpidoc.session.@Nullable Reference obtainedBy = null;
        List<String> risks = new ArrayList<>();
        List<Extension> extensions = consent.getExtension();
        for (int i = 0; i < extensions.size(); i++) {
            Extension extension = extensions.get(i);
            String path = located.at("extension", i);
            String url = String.valueOf(extension.getUrl());
            if (url.equals(context.extension(Extensions.CONSENT_OBTAINED_BY))
                    && extension.getValue() instanceof Reference by) {
                obtainedBy = ReferenceReader.external(context, located, by, path, CLINICIAN)
                        .orElse(null);
            } else if (url.equals(context.extension(Extensions.DISCLOSED_RISK))) {
                Optional<String> risk = extension.getValue() instanceof CodeableConcept concept
                        ? CodeReader.own(context, OwnCodes.RISK, concept)
                        : Optional.empty();
                risk.ifPresentOrElse(risks::add, () -> context.findings()
                        .add(ImportCode.UNMAPPED_ELEMENT, path, "a risk not coded in our risk code system"));
            } else if (!known(context, url)) {
                context.findings()
                        .add(
                                ImportCode.UNMAPPED_ELEMENT,
                                path,
                                "extension" + CodeReader.quoted(url) + " is not one a session can hold");
            }
        }
        if (!own) {
            context.findings()
                    .add(
                            ImportCode.CONSENT_INCOMPLETE,
                            located.path(),
                            "the consent does not record the risks disclosed, the method, who obtained it, or whether"
                                    + " alternatives and questions were discussed");
        }
        boolean alternatives = flag(context, consent, Extensions.ALTERNATIVES_DISCUSSED);
        boolean questions = flag(context, consent, Extensions.QUESTIONS_ANSWERED);
        org.tpidoc.session.@Nullable Reference by = obtainedBy;
        return context.attempt(
                located.path(),
                () -> new InformedConsent(obtainedAt.get(), method, by, signer, risks, alternatives, questions));
    }

    private static @Nullable ConsentSigner patientSigned(Consent consent) {
        if (!consent.hasPatient() || !consent.getPatient().hasReference()) {
            return null;
        }
        String patient = consent.getPatient().getReference();
        return consent.getPerformer().stream().anyMatch(p -> patient.equals(p.getReference()))
                ? ConsentSigner.PATIENT
                : null;
    }

    private static boolean known(ReadContext context, String url) {
        return List.of(
                        Extensions.CONSENT_METHOD,
                        Extensions.CONSENT_SIGNER,
                        Extensions.ALTERNATIVES_DISCUSSED,
                        Extensions.QUESTIONS_ANSWERED)
                .stream()
                .anyMatch(name -> context.extension(name).equals(url));
    }

    private static Optional<String> code(ReadContext context, Consent consent, String name) {
        return ExtensionReader.value(consent, context.extension(name), CodeType.class)
                .filter(CodeType::hasValue)
                .map(CodeType::getValue);
    }

    private static boolean flag(ReadContext context, Consent consent, String name) {
        return ExtensionReader.flag(consent, context.extension(name));
    }
}
