package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code toString()} ends up in logs and exception messages: for a fully populated session and each of
 * its parts it must never show a reference id, identifier value, display name, note, status reason,
 * site detail, follow-up text or the patient's weight and allergies.
 */
class ToStringRedactionTest {

    /** Distinctive values that must not appear in any {@code toString()}. */
    private static final List<String> SECRETS = List.of(
            "pat-8841",
            "MRN-55120",
            "Jane Q. Public",
            "enc-77310",
            "dr-hidden",
            "Dr. Hidden Name",
            "loc-4410",
            "Room of Secrets",
            "note-secret-text",
            "reason-secret-text",
            "detail-secret-text",
            "followup-secret-text",
            "83.7",
            "botulinum-toxin");

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-11-20T10:15:00-05:00");

    private static final Reference PATIENT =
            new Reference("Patient/pat-8841", new Identifier("urn:example:mrn", "MRN-55120"), "Jane Q. Public");
    private static final Reference PERFORMER = Reference.to("Practitioner/dr-hidden", "Dr. Hidden Name");
    private static final InjectionSite SITE = InjectionSite.injected(
                    "trapezius", Laterality.LEFT, 2, "A", new BigDecimal("2.5"))
            .withDetail("detail-secret-text")
            .withResponse(TwitchResponse.ELICITED, true);
    private static final PatientFactors FACTORS =
            new PatientFactors(new BigDecimal("83.7"), List.of("botulinum-toxin"), true, null);
    private static final FollowUp FOLLOW_UP = new FollowUp(14, "followup-secret-text");
    private static final InformedConsent CONSENT = new InformedConsent(
            START.minusMinutes(15),
            ConsentMethod.WRITTEN,
            PERFORMER,
            ConsentSigner.LEGAL_GUARDIAN,
            List.of("pain", "bleeding"),
            true,
            true);

    private static InjectionSession fullyPopulated() {
        return SampleSessions.neckShoulder().toBuilder()
                .status(SessionStatus.ABORTED)
                .statusReason("reason-secret-text")
                .patient(PATIENT)
                .encounter(new Reference("Encounter/enc-77310", null, "Jane Q. Public visit"))
                .performer(PERFORMER)
                .location(Reference.to("Location/loc-4410", "Room of Secrets"))
                .patientFactors(FACTORS)
                .consent(CONSENT)
                .sites(List.of(SITE))
                .followUp(FOLLOW_UP)
                .note("note-secret-text")
                .build();
    }

    static Stream<Arguments> parts() {
        InjectionSession session = fullyPopulated();
        return Stream.of(
                Arguments.of("session", session),
                Arguments.of("patient reference", PATIENT),
                Arguments.of("identifier", PATIENT.identifier()),
                Arguments.of("encounter reference", session.encounter()),
                Arguments.of("performer reference", PERFORMER),
                Arguments.of("location reference", session.location()),
                Arguments.of("identifier-only reference", Reference.byIdentifier("urn:example:mrn", "MRN-55120")),
                Arguments.of("patient factors", FACTORS),
                Arguments.of("follow-up", FOLLOW_UP),
                Arguments.of("site", SITE),
                Arguments.of("consent", CONSENT),
                Arguments.of("time-out", session.timeOut()),
                Arguments.of("pain score", session.painBefore()),
                Arguments.of("preparation", session.preparations().get(0)),
                Arguments.of(
                        "component", session.preparations().get(0).components().get(0)),
                Arguments.of("needle", session.needle()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("parts")
    void toStringShowsNoPatientData(String part, Object value) {
        String text = value.toString();
        assertThat(SECRETS).allSatisfy(secret -> assertThat(text).as(part).doesNotContain(secret));
    }

    @Test
    void sessionToStringStillSaysWhichSessionItIs() {
        InjectionSession session = fullyPopulated();

        assertThat(session.toString())
                .contains(session.id().toString())
                .contains("aborted")
                .contains("injection");
    }

    @Test
    void referenceToStringShowsItsResourceType() {
        assertThat(PATIENT).hasToString("Reference[Patient]");
        assertThat(Reference.byIdentifier("urn:example:mrn", "MRN-55120")).hasToString("Reference[identifier]");
        assertThat(new Identifier("urn:example:mrn", "MRN-55120"))
                .hasToString("Identifier[system=urn:example:mrn, value=(redacted)]");
    }

    @Test
    void absoluteReferenceToStringShowsOnlyItsResourceType() {
        assertThat(Reference.to("https://ehr.example/Patient/pat-8841")).hasToString("Reference[Patient]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Jane Q. Public/123", "PublicJane/123", "https://ehr.example/pat-8841", "pat-8841"})
    void referenceToStringHidesAnythingButAKnownResourceType(String literal) {
        assertThat(Reference.to(literal)).hasToString("Reference[?]");
    }

    @Test
    void siteToStringKeepsTheClinicalFacts() {
        assertThat(SITE.toString()).contains("trapezius").contains("left").contains("points=2");
    }

    @Test
    void partsWithoutFreeTextKeepTheDefaultRecordForm() {
        Component component = Component.liquid("lidocaine-10mg-ml", BigDecimal.ONE)
                .withBatch("LD2291", LocalDate.parse("2027-08-31"));

        assertThat(component.toString()).contains("lidocaine-10mg-ml").contains("LD2291");
    }
}
