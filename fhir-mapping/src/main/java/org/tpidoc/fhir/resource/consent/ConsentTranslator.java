package org.tpidoc.fhir.resource.consent;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentDataMeaning;
import org.hl7.fhir.r4.model.Consent.ConsentProvisionType;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.MappingOptions.Include;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.datatype.Unmapped;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.note.HtmlRenderer;
import org.tpidoc.note.NoteSection;
import org.tpidoc.note.PlainTextRenderer;
import org.tpidoc.note.ProcedureNote;
import org.tpidoc.session.ConsentSigner;
import org.tpidoc.session.InformedConsent;

/**
 * The informed consent as a FHIR {@code Consent} to treatment, both directions. Out (R4 invariants: a
 * {@code policyRule} and the {@code patient} are always set): who consented and when, a permit provision
 * whose data is the {@code Procedure}, our extensions ({@link ConsentExtensions}), and the note's consent
 * section as the narrative and as a plain-text attachment. Back: {@code Consent.dateTime} and our
 * extensions; another system's consent is read by {@link ForeignConsent}. A consent not in force ({@link
 * ConsentStatus}: draft, proposed, rejected, a deny provision) is not a consent to the procedure and is not
 * imported.
 */
public final class ConsentTranslator {

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

    private ConsentTranslator() {}

    /** The {@code Consent}, when the session records consent and the options include it. */
    public static Optional<Consent> toFhir(MappingContext context) {
        InformedConsent given = context.session().consent();
        if (given == null || !context.options().includes(Include.CONSENT)) {
            return Optional.empty();
        }
        NoteSection section = context.note().section("consent").orElseThrow();
        Consent consent = new Consent();
        consent.setId(context.id(Roles.CONSENT));
        context.conform(consent, Profiles.CONSENT);
        consent.setText(Narratives.generated(
                new HtmlRenderer().renderSection(section, context.note().language())));
        ConsentExtensions.toFhir(context, consent, given);
        consent.setStatus(ConsentStatus.toFhir(context));
        consent.setScope(Concepts.codeable(FixedConcepts.SCOPE_TREATMENT));
        consent.addCategory(Concepts.codeable(FixedConcepts.PATIENT_CONSENT));
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
        consent.setPolicyRule(Concepts.codeable(FixedConcepts.OPT_IN));
        consent.getProvision()
                .setType(ConsentProvisionType.PERMIT)
                .addData()
                .setMeaning(ConsentDataMeaning.INSTANCE)
                .setReference(context.procedure());
        return Optional.of(consent);
    }

    /**
     * The informed consent of the session's {@code consents} (the first in force; any others are reported).
     *
     * @param enteredInError whether the session is entered in error (its consent then is too)
     */
    public static Optional<InformedConsent> fromFhir(
            ReadContext context, List<Located> consents, boolean enteredInError) {
        Optional<InformedConsent> found = Optional.empty();
        for (Located located : consents) {
            context.use(located);
            if (found.isPresent()) {
                context.findings()
                        .add(ImportCode.UNMAPPED_RESOURCE, located.path(), "a session records one consent; not kept");
            } else if (ConsentStatus.fromFhir(context, located, enteredInError)) {
                found = read(context, located);
            }
        }
        return found;
    }

    private static Optional<InformedConsent> read(ReadContext context, Located located) {
        Consent consent = (Consent) located.resource();
        Unmapped.elements(context, located, READ, ADMINISTRATIVE);
        Optional<OffsetDateTime> obtainedAt = consent.hasDateTimeElement()
                ? Times.readDateTime(context, consent.getDateTimeElement(), located.at("dateTime"))
                : Optional.empty();
        if (obtainedAt.isEmpty()) {
            context.findings()
                    .add(ImportCode.INVALID_VALUE, located.at("dateTime"), "a consent needs when it was obtained");
            return Optional.empty();
        }
        boolean own = ConsentExtensions.isOwn(context, consent);
        ConsentExtensions.Recorded recorded = ConsentExtensions.fromFhir(context, located);
        ConsentSigner signer = own || recorded.signer() != null ? recorded.signer() : ForeignConsent.signer(consent);
        if (!own) {
            ForeignConsent.reportIncomplete(context, located);
        }
        return context.attempt(located.path(), () -> recorded.consent(obtainedAt.get(), signer));
    }
}
