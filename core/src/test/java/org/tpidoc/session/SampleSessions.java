package org.tpidoc.session;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/**
 * Sample sessions built in code, for tests across core. Each equals the project's JSON example of the
 * same name (e.g. {@code neck-shoulder-lidocaine-triamcinolone.json}, the DESIGN §4 sample), so a JSON
 * reader test can compare what it reads against it.
 */
public final class SampleSessions {

    /** The id of {@link #neckShoulder()}. */
    public static final UUID NECK_SHOULDER_ID = UUID.fromString("8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11");

    private SampleSessions() {}

    /**
     * The DESIGN §4 sample, {@code neck-shoulder-lidocaine-triamcinolone.json}: a completed,
     * palpation-guided injection of 4 mL lidocaine 10 mg/mL with 1 mL triamcinolone acetonide 40 mg/mL
     * into the left upper trapezius (2 points, 2.5 mL) and the right levator scapulae (1 point, 2.5 mL),
     * a 72 kg patient, pain 7 before and 2 after.
     */
    public static InjectionSession neckShoulder() {
        return InjectionSession.builder()
                .id(NECK_SHOULDER_ID)
                .status(SessionStatus.COMPLETED)
                .patient(Reference.to("Patient/example-123"))
                .encounter(Reference.to("Encounter/visit-9"))
                .performer(Reference.to("Practitioner/dr-lee", "Dr. A. Lee"))
                .start(at("10:15"))
                .end(at("10:35"))
                .patientFactors(new PatientFactors(new BigDecimal("72"), List.of(), false, null))
                .addIndication(Concept.of(CodeSystems.ICD_10_CM, "M79.18", "Myalgia, other site"))
                .addIndication(Concept.of(CodeSystems.SNOMED_CT, "726531007", "Myofascial pain syndrome"))
                .addFindings("taut-band", "local-twitch-response", "referred-pain")
                .addPriorTherapies("stretching", "massage", "physical-therapy")
                .painBefore(new PainScore(7, at("10:05")))
                .painAfter(new PainScore(2, at("10:40")))
                .consent(new InformedConsent(
                        at("10:00"),
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
                .timeOut(new TimeOut(at("10:12"), true))
                .technique(Technique.INJECTION)
                .needling(Needling.FANNING)
                .guidance(Guidance.PALPATION)
                .skinPreparation(SkinPreparation.CHLORHEXIDINE)
                .needle(Needle.of(27, 38))
                .addPreparation(Preparation.of(
                        "A",
                        Component.liquid("lidocaine-10mg-ml", new BigDecimal("4"))
                                .withBatch("LD2291", LocalDate.parse("2027-08-31")),
                        Component.liquid("triamcinolone-acetonide-40mg-ml", new BigDecimal("1"))
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

    /** 20 November 2026 at {@code hh:mm}, UTC-05:00, the day of the samples. */
    private static OffsetDateTime at(String time) {
        return OffsetDateTime.parse("2026-11-20T" + time + ":00-05:00");
    }
}
