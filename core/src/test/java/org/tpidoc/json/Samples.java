package org.tpidoc.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
import org.tpidoc.terminology.Concept;
import org.tpidoc.testkit.Examples;

/** Sample sessions and JSON for the tests of this package: the test kit's example files, and edits of them. */
final class Samples {

    /** The example whose patient is a logical identifier. */
    static final String IDENTIFIER_EXAMPLE = Examples.LOW_BACK;

    /** The example carrying every record part of DESIGN §2 (containers, position, attestation, ...). */
    static final String FULL_RECORD_EXAMPLE = Examples.FULL_RECORD;

    /** The example with everything DESIGN §4 shows. */
    static final String FULL_EXAMPLE = Examples.NECK_SHOULDER;

    /** Patient data in the examples that no error message may show. */
    static final List<String> PATIENT_DATA = List.of(
            "example-123",
            "MRN-000451",
            "Patient positioned prone",
            "upper fibres",
            "home stretching",
            "Dr. A. Lee",
            "visit-9");

    private static final ObjectMapper PLAIN = new ObjectMapper();

    private Samples() {}

    /** The text of the test kit's example file {@code name}. */
    static String example(String name) {
        return Examples.text(name);
    }

    /** The full example, edited as a tree by {@code edit}, as compact JSON. */
    static String editedExample(Consumer<ObjectNode> edit) {
        return edited(example(FULL_EXAMPLE), edit);
    }

    /** {@code json} edited as a tree by {@code edit}, as compact JSON. */
    static String edited(String json, Consumer<ObjectNode> edit) {
        try {
            ObjectNode root = (ObjectNode) PLAIN.readTree(json);
            edit.accept(root);
            return PLAIN.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The object at a JSON pointer, e.g. {@code /sites/1}, of {@code root}. */
    static ObjectNode at(ObjectNode root, String pointer) {
        JsonNode node = root.at(pointer);
        if (!node.isObject()) {
            throw new IllegalArgumentException("no object at " + pointer);
        }
        return (ObjectNode) node;
    }

    /** A session with every optional part present, built in Java rather than read. */
    static InjectionSession everything() {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-20T10:15:00-05:00");
        return InjectionSession.builder()
                .id(UUID.fromString("8c6f0b8e-2d7a-4f55-9a53-0c3e8f5b1d11"))
                .status(SessionStatus.ABORTED)
                .statusReason("Patient felt faint.")
                .patient(new Reference("Patient/example-123", null, "A. Patient"))
                .encounter(Reference.byIdentifier("urn:oid:2.16.840.1.113883.19.5", "MRN-000451"))
                .performer(Reference.to("Practitioner/dr-lee", "Dr. A. Lee"))
                .location(Reference.to("Location/clinic-2"))
                .start(start)
                .end(start.plusMinutes(20))
                .patientFactors(new PatientFactors(new BigDecimal("72.5"), List.of("corticosteroid"), true, null))
                .addIndication(Concept.of("http://hl7.org/fhir/sid/icd-10-cm", "M79.18", "Myalgia, other site"))
                .addIndication(new Concept("http://snomed.info/sct", "726531007", null))
                .addFindings("taut-band", "jump-sign")
                .addPriorTherapies("heat")
                .painBefore(new PainScore(7, start.minusMinutes(10)))
                .painAfter(new PainScore(0, null))
                .consent(new InformedConsent(
                        start.minusMinutes(15),
                        ConsentMethod.VERBAL,
                        Reference.to("Practitioner/dr-lee"),
                        ConsentSigner.LEGAL_GUARDIAN,
                        List.of("pain", "bleeding"),
                        true,
                        false))
                .timeOut(new TimeOut(start.minusMinutes(3), true))
                .technique(Technique.INJECTION)
                .needling(Needling.SINGLE_PASS)
                .guidance(Guidance.ULTRASOUND)
                .skinPreparation(SkinPreparation.NONE)
                .needle(new Needle(25, new BigDecimal("38.1")))
                .addPreparation(Preparation.of(
                        "A",
                        Component.liquid("lidocaine-10mg-ml", new BigDecimal("4"))
                                .withBatch("LD2291", LocalDate.parse("2027-08-31")),
                        Component.powder("onabotulinumtoxina-100-unit-vial", new BigDecimal("100"))))
                .addSite(new InjectionSite(
                        "trapezius",
                        Laterality.LEFT,
                        "upper fibres",
                        2,
                        TwitchResponse.ELICITED,
                        true,
                        "A",
                        new BigDecimal("2.5")))
                .addSite(InjectionSite.injected("levator-scapulae", Laterality.RIGHT, 1, "A", new BigDecimal("0.2")))
                .addComplications("vasovagal-reaction")
                .estimatedBloodLossMl(new BigDecimal("0.5"))
                .tolerance(Tolerance.POOR)
                .aftercareGiven(true)
                .followUp(new FollowUp(28, "Review response."))
                .note("Free text about the patient.")
                .build();
    }

    /** The smallest session the form allows. */
    static InjectionSession minimal() {
        return InjectionSession.builder()
                .id(UUID.fromString("11111111-2222-4333-8444-555555555555"))
                .status(SessionStatus.IN_PROGRESS)
                .patient(Reference.to("Patient/p-1"))
                .start(OffsetDateTime.parse("2026-01-02T03:04:05+05:30"))
                .technique(Technique.DRY_NEEDLING)
                .build();
    }
}
