package org.tpidoc.fhir.resource.consent;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.datatype.ReferenceReader;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.References;
import org.tpidoc.session.ConsentMethod;
import org.tpidoc.session.ConsentSigner;
import org.tpidoc.session.InformedConsent;

/**
 * Our extensions on a {@code Consent}, both directions: method, signer, the clinician who obtained it, the
 * disclosed risks ({@link DisclosedRisks}) and whether alternatives were discussed and questions answered.
 */
final class ConsentExtensions {

    // Our own extension has no R4 definition: who obtained consent may be what a Procedure performer may be.
    private static final Set<String> CLINICIAN =
            Set.of("Practitioner", "PractitionerRole", "Organization", "Patient", "RelatedPerson", "Device");
    /** The extensions read as a whole, with no finding of their own. */
    private static final List<String> FLAGS_AND_CODES = List.of(
            Extensions.CONSENT_METHOD,
            Extensions.CONSENT_SIGNER,
            Extensions.ALTERNATIVES_DISCUSSED,
            Extensions.QUESTIONS_ANSWERED);

    /** What our extensions record of a consent; the signer is {@code null} when not recorded. */
    record Recorded(
            @Nullable ConsentMethod method,
            @Nullable ConsentSigner signer,
            org.tpidoc.session.@Nullable Reference obtainedBy,
            List<String> risks,
            boolean alternatives,
            boolean questions) {

        /** The informed consent obtained at {@code at}, signed by {@code signer}. */
        InformedConsent consent(OffsetDateTime at, @Nullable ConsentSigner signer) {
            return new InformedConsent(at, method, obtainedBy, signer, risks, alternatives, questions);
        }
    }

    private ConsentExtensions() {}

    /** Adds the extensions of what {@code given} records, in the order of the profile. */
    static void toFhir(MappingContext context, Consent consent, InformedConsent given) {
        if (given.method() != null) {
            context.addExtension(
                    consent,
                    Extensions.CONSENT_METHOD,
                    new CodeType(given.method().code()));
        }
        if (given.signer() != null) {
            context.addExtension(
                    consent,
                    Extensions.CONSENT_SIGNER,
                    new CodeType(given.signer().code()));
        }
        if (given.obtainedBy() != null) {
            context.addExtension(consent, Extensions.CONSENT_OBTAINED_BY, References.external(given.obtainedBy()));
        }
        DisclosedRisks.toFhir(context, consent, given.risksDisclosed());
        context.addExtension(
                consent, Extensions.ALTERNATIVES_DISCUSSED, new BooleanType(given.alternativesDiscussed()));
        context.addExtension(consent, Extensions.QUESTIONS_ANSWERED, new BooleanType(given.questionsAnswered()));
    }

    /** Whether {@code consent} is our export's: it always records whether alternatives were discussed. */
    static boolean isOwn(ReadContext context, Consent consent) {
        return consent.getExtensionByUrl(context.extension(Extensions.ALTERNATIVES_DISCUSSED)) != null;
    }

    /** What the extensions of the consent at {@code located} record; an extension it cannot hold is reported. */
    static Recorded fromFhir(ReadContext context, Located located) {
        Consent consent = (Consent) located.resource();
        ConsentMethod method = code(context, consent, Extensions.CONSENT_METHOD)
                .flatMap(code -> CodeReader.coded(context, ConsentMethod.class, code, located.at("extension")))
                .orElse(null);
        ConsentSigner signer = code(context, consent, Extensions.CONSENT_SIGNER)
                .flatMap(code -> CodeReader.coded(context, ConsentSigner.class, code, located.at("extension")))
                .orElse(null);
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
                DisclosedRisks.fromFhir(context, extension, path).ifPresent(risks::add);
            } else if (FLAGS_AND_CODES.stream()
                    .noneMatch(name -> context.extension(name).equals(url))) {
                context.findings()
                        .add(
                                ImportCode.UNMAPPED_ELEMENT,
                                path,
                                "extension" + CodeReader.quoted(url) + " is not one a session can hold");
            }
        }
        return new Recorded(
                method,
                signer,
                obtainedBy,
                risks,
                ExtensionReader.flag(consent, context.extension(Extensions.ALTERNATIVES_DISCUSSED)),
                ExtensionReader.flag(consent, context.extension(Extensions.QUESTIONS_ANSWERED)));
    }

    private static Optional<String> code(ReadContext context, Consent consent, String name) {
        return ExtensionReader.value(consent, context.extension(name), CodeType.class)
                .filter(CodeType::hasValue)
                .map(CodeType::getValue);
    }
}
