package org.tpidoc.fhir.resource.consent;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentDataMeaning;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.tpidoc.catalog.Risk;
import org.tpidoc.fhir.api.MappingOptions.Include;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.References;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.note.HtmlRenderer;
import org.tpidoc.note.NoteSection;
import org.tpidoc.note.PlainTextRenderer;
import org.tpidoc.note.ProcedureNote;
import org.tpidoc.session.ConsentSigner;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/**
 * The informed consent as a FHIR {@code Consent} to treatment (R4 invariants: a {@code policyRule} and
 * the {@code patient} are always set): who consented and when, a permit provision whose data is the
 * {@code Procedure}, the disclosed risks as a coded list in our {@code disclosed-risk} extension, and the
 * note's consent section as the narrative and as a plain-text attachment.
 */
public final class ConsentMapper {

    /** {@code Consent.scope}: treatment. */
    public static final Concept SCOPE_TREATMENT =
            new Concept("http://terminology.hl7.org/CodeSystem/consentscope", "treatment", "Treatment");
    /** {@code Consent.category}: LOINC 59284-0 Patient Consent. */
    public static final Concept PATIENT_CONSENT = new Concept(CodeSystems.LOINC, "59284-0", "Patient Consent");
    /** {@code Consent.policyRule}: opt-in (v3 ActCode OPTIN). */
    public static final Concept OPT_IN =
            new Concept("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in");

    private ConsentMapper() {}

    /** The {@code Consent}, when the session records consent and the options include it. */
    public static Optional<Consent> map(MappingContext context) {
        InformedConsent given = context.session().consent();
        if (given == null || !context.options().includes(Include.CONSENT)) {
            return Optional.empty();
        }
        NoteSection section = context.note().section("consent").orElseThrow();
        Consent consent = new Consent();
        consent.setId(context.id(Roles.CONSENT));
        consent.setText(Narratives.generated(
                new HtmlRenderer().renderSection(section, context.note().language())));
        addExtensions(context, consent, given);
        consent.setStatus(context.enteredInError() ? ConsentState.ENTEREDINERROR : ConsentState.ACTIVE);
        consent.setScope(Concepts.codeable(SCOPE_TREATMENT));
        consent.addCategory(Concepts.codeable(PATIENT_CONSENT));
        consent.setPatient(context.patient());
        consent.setDateTimeElement(Times.dateTime(given.obtainedAt()));
        if (given.signer() == ConsentSigner.PATIENT) {
            consent.addPerformer(context.patient());
        }
        context.organization().ifPresent(consent::addOrganization);
        String text = new PlainTextRenderer().render(new ProcedureNote("Informed consent", List.of(section)));
        consent.getSourceAttachment()
                .setContentType("text/plain")
                .setLanguage("en")
                .setTitle("Informed consent")
                .setData(text.getBytes(StandardCharsets.UTF_8));
        consent.setPolicyRule(Concepts.codeable(OPT_IN));
        consent.getProvision()
                .setType(ConsentProvisionType.PERMIT)
                .addData()
                .setMeaning(ConsentDataMeaning.INSTANCE)
                .setReference(context.procedure());
        return Optional.of(consent);
    }

    private static void addExtensions(MappingContext context, Consent consent, InformedConsent given) {
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
        for (String slug : given.risksDisclosed()) {
            String name = context.catalog().risk(slug).map(Risk::name).orElse(slug);
            context.addExtension(consent, Extensions.DISCLOSED_RISK, context.ownConcept(OwnCodes.RISK, slug, name));
        }
        context.addExtension(
                consent, Extensions.ALTERNATIVES_DISCUSSED, new BooleanType(given.alternativesDiscussed()));
        context.addExtension(consent, Extensions.QUESTIONS_ANSWERED, new BooleanType(given.questionsAnswered()));
    }
}
