package org.tpidoc.examples;

import static java.math.BigDecimal.valueOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tpidoc.session.Component;
import org.tpidoc.session.ConsentMethod;
import org.tpidoc.session.ConsentSigner;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Needle;
import org.tpidoc.session.Needling;
import org.tpidoc.session.PainScore;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.SkinPreparation;
import org.tpidoc.session.Technique;
import org.tpidoc.session.TimeOut;
import org.tpidoc.session.Tolerance;
import org.tpidoc.session.TwitchResponse;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/**
 * The sample session of DESIGN §4, built in code with the builder: left upper trapezius and right
 * levator scapulae injected with lidocaine 1% and triamcinolone, by palpation.
 */
public final class SampleSession {

    private SampleSession() {}

    /** The sample neck-and-shoulder session. */
    public static InjectionSession neckShoulder() {
        OffsetDateTime day = OffsetDateTime.parse("2026-11-20T10:00:00-05:00");
        Reference doctor = Reference.to("Practitioner/dr-lee", "Dr. A. Lee");
        return InjectionSession.builder()
                .id(UUID.fromString("8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11"))
                .status(SessionStatus.COMPLETED)
                .patient(Reference.to("Patient/example-123"))
                .encounter(Reference.to("Encounter/visit-9"))
                .performer(doctor)
                .start(day.plusMinutes(15))
                .end(day.plusMinutes(35))
                .patientFactors(new PatientFactors(valueOf(72), List.of(), false, null))
                .addIndication(Concept.of(CodeSystems.ICD_10_CM, "M79.18", "Myalgia, other site"))
                .addIndication(Concept.of(CodeSystems.SNOMED_CT, "726531007", "Myofascial pain syndrome"))
                .addFindings("taut-band", "local-twitch-response", "referred-pain")
                .addPriorTherapies("stretching", "massage", "physical-therapy")
                .painBefore(new PainScore(7, day.plusMinutes(5)))
                .painAfter(new PainScore(2, day.plusMinutes(40)))
                .consent(new InformedConsent(
                        day,
                        ConsentMethod.WRITTEN,
                        Reference.to("Practitioner/dr-lee"),
                        ConsentSigner.PATIENT,
                        List.of(
                                "pain",
                                "bleeding",
                                "bruising",
                                "infection",
                                "allergic-reaction",
                                "dizziness-fainting",
                                "nerve-damage",
                                "no-improvement",
                                "pneumothorax",
                                "steroid-effects"),
                        true,
                        true))
                .timeOut(new TimeOut(day.plusMinutes(12), true))
                .technique(Technique.INJECTION)
                .needling(Needling.FANNING)
                .guidance(Guidance.PALPATION)
                .skinPreparation(SkinPreparation.CHLORHEXIDINE)
                .needle(Needle.of(27, 38))
                .addPreparation(Preparation.of(
                        "A",
                        Component.liquid("lidocaine-10mg-ml", valueOf(4))
                                .withBatch("LD2291", LocalDate.parse("2027-08-31")),
                        Component.liquid("triamcinolone-acetonide-40mg-ml", valueOf(1))
                                .withBatch("TA0412", LocalDate.parse("2027-03-31"))))
                .addSite(InjectionSite.injected("trapezius", Laterality.LEFT, 2, "A", new BigDecimal("2.5"))
                        .withDetail("upper fibres")
                        .withResponse(TwitchResponse.ELICITED, true))
                .addSite(InjectionSite.injected("levator-scapulae", Laterality.RIGHT, 1, "A", new BigDecimal("2.5"))
                        .withResponse(TwitchResponse.NOT_ELICITED, false))
                .estimatedBloodLossMl(BigDecimal.ZERO)
                .tolerance(Tolerance.WELL)
                .aftercareGiven(true)
                .followUp(new FollowUp(28, "Review response; continue home stretching programme."))
                .note("Patient positioned prone. Pressure applied after each injection; no bleeding.")
                .build();
    }
}
