package org.tpidoc.fhir.resource.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpidoc.fhir.ExampleSessions.context;
import static org.tpidoc.fhir.ExampleSessions.read;

import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Reference;
import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.ExampleSessions;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.api.MappingOptions.Include;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.terminology.CodeSystems;

class ConsentTranslatorTest {

    private static final MappingOptions OPTIONS = MappingOptions.defaults();

    @Test
    void keepsTheR4InvariantsAPolicyRuleAndThePatient() {
        Consent consent = ConsentTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)))
                .orElseThrow();

        assertThat(consent.getPolicyRule().getCodingFirstRep().getCode()).isEqualTo("OPTIN");
        assertThat(consent.getPatient().getReference()).isEqualTo("Patient/example-123");
        assertThat(consent.getStatus()).isEqualTo(Consent.ConsentState.ACTIVE);
        assertThat(consent.getScope().getCodingFirstRep().getCode()).isEqualTo("treatment");
        assertThat(consent.getCategoryFirstRep().getCodingFirstRep().getSystem())
                .isEqualTo(CodeSystems.LOINC);
        assertThat(consent.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("59284-0");
        assertThat(consent.getDateTimeElement().getValueAsString()).isEqualTo("2026-11-20T10:00:00-05:00");
    }

    @Test
    void permitsTheProcedureAndNamesThePatientWhoSigned() {
        MappingContext context = context(read(ExampleSessions.NECK_SHOULDER));
        Consent consent = ConsentTranslator.toFhir(context).orElseThrow();

        assertThat(consent.getProvision().getType()).isEqualTo(Consent.ConsentProvisionType.PERMIT);
        assertThat(consent.getProvision().getDataFirstRep().getReference().getReference())
                .isEqualTo("Procedure/" + context.id(Roles.PROCEDURE));
        assertThat(consent.getPerformerFirstRep().getReference()).isEqualTo("Patient/example-123");
        assertThat(((Reference) consent.getExtensionByUrl(OPTIONS.extension(Extensions.CONSENT_OBTAINED_BY))
                                .getValue())
                        .getReference())
                .isEqualTo("Practitioner/dr-lee");
    }

    @Test
    void listsTheDisclosedRisksInOrderInOurRiskCodeSystem() {
        Consent consent = ConsentTranslator.toFhir(context(read(ExampleSessions.BOTULINUM)))
                .orElseThrow();

        assertThat(consent.getExtensionsByUrl(OPTIONS.extension(Extensions.DISCLOSED_RISK)))
                .allSatisfy(e -> assertThat(((CodeableConcept) e.getValue())
                                .getCodingFirstRep()
                                .getSystem())
                        .isEqualTo(OPTIONS.codeSystem("risk")))
                .extracting(e ->
                        ((CodeableConcept) e.getValue()).getCodingFirstRep().getCode())
                .containsExactly(
                        "pain",
                        "bleeding",
                        "bruising",
                        "infection",
                        "allergic-reaction",
                        "dizziness-fainting",
                        "nerve-damage",
                        "no-improvement",
                        "pneumothorax",
                        "botulinum-toxin-spread",
                        "headache");
    }

    @Test
    void attachesTheConsentTextInPlainWords() {
        Consent consent = ConsentTranslator.toFhir(context(read(ExampleSessions.NECK_SHOULDER)))
                .orElseThrow();

        String text = new String(consent.getSourceAttachment().getData(), StandardCharsets.UTF_8);
        assertThat(consent.getSourceAttachment().getContentType()).isEqualTo("text/plain");
        assertThat(text).contains("pneumothorax (collapsed lung)").contains("Alternatives discussed: yes");
        assertThat(consent.getText().getDivAsString()).contains("pneumothorax (collapsed lung)");
    }

    @Test
    void givesNoConsentWhenNoneIsRecordedOrTheOptionsLeaveItOut() {
        InjectionSession withoutConsent =
                read(ExampleSessions.NECK_SHOULDER).toBuilder().consent(null).build();

        assertThat(ConsentTranslator.toFhir(context(withoutConsent))).isEmpty();
        assertThat(ConsentTranslator.toFhir(
                        context(read(ExampleSessions.NECK_SHOULDER), OPTIONS.without(Include.CONSENT))))
                .isEmpty();
    }
}
