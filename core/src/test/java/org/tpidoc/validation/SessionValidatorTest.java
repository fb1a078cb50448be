package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.tpidoc.validation.Sessions.START;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.dosing.DoseLimits;
import org.tpidoc.session.Component;
import org.tpidoc.session.Identifier;
import org.tpidoc.session.InformedConsent;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.PainScore;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SampleSessions;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.Technique;
import org.tpidoc.session.TwitchResponse;

class SessionValidatorTest {

    private final SessionValidator validator = SessionValidator.standard();

    @Test
    void findsNothingWrongWithAValidSession() {
        ValidationReport report = validator.validate(Sessions.valid());

        assertThat(report.findings()).isEmpty();
        assertThat(report.isValid()).isTrue();
    }

    @Test
    void findsNothingWrongWithTheDesignSample() {
        assertThat(validator.validate(SampleSessions.neckShoulder()).findings()).isEmpty();
    }

    @Test
    void doesNotHoldADraftToTheRulesOfACompletedSession() {
        InjectionSession draft = Sessions.builder()
                .status(SessionStatus.IN_PROGRESS)
                .end(null)
                .preparations(List.of())
                .sites(List.of())
                .painAfter(null)
                .build();

        ValidationReport report = validator.validate(draft);

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void checksOnlyTheCatalogueInARecordEnteredInError() {
        InjectionSession voided = Sessions.builder()
                .status(SessionStatus.ENTERED_IN_ERROR)
                .consent(null)
                .timeOut(null)
                .end(null)
                .sites(List.of(InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", new BigDecimal("40"))))
                .addComplications("fainted")
                .build();

        assertThat(validator.validate(voided).findings())
                .extracting(Finding::code)
                .containsExactly("unknown-complication");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(SessionStatus.class)
    void judgesWhatWasDrawnUpAndGivenWhateverTheStatusExceptEnteredInError(SessionStatus status) {
        InjectionSession session = Sessions.builder()
                .status(status)
                .statusReason("patient asked to stop")
                .patientFactors(new PatientFactors(new BigDecimal("720"), List.of("iodine"), false, null))
                .skinPreparation(org.tpidoc.session.SkinPreparation.POVIDONE_IODINE)
                .preparations(List.of(Preparation.of(
                        "A",
                        Sessions.liquid("lidocaine-10mg-ml", "4")
                                .withBatch("LD1", java.time.LocalDate.parse("2026-11-19")))))
                .sites(List.of(
                        InjectionSite.injected("scalenes", Laterality.LEFT, 2, "A", new BigDecimal("3")),
                        InjectionSite.injected("scalenus-anterior", Laterality.LEFT, 2, "A", new BigDecimal("3"))))
                .build();

        ValidationReport report = validator.validate(session);

        if (status == SessionStatus.ENTERED_IN_ERROR) {
            assertThat(report.findings()).isEmpty();
        } else {
            assertThat(Sessions.codes(report))
                    .containsExactlyInAnyOrder(
                            "component-expired",
                            "volume-exceeds-preparation",
                            "overlapping-sites",
                            "allergy-conflict",
                            "weight-implausible");
        }
    }

    @Test
    void reportsRuleGroupsInTableOfContentsOrder() {
        InjectionSession session = Sessions.builder()
                .consent(null)
                .timeOut(null)
                .addComplications("fainted")
                .patientFactors(new PatientFactors(new BigDecimal("72"), List.of(), true, null))
                .indications(List.of())
                .addSite(InjectionSite.injected("trapezius", Laterality.RIGHT, 1, "A", BigDecimal.ONE))
                .painAfter(null)
                .build();

        assertThat(validator.validate(session).findings())
                .extracting(Finding::code)
                .containsExactly(
                        "consent-missing",
                        "time-out-missing",
                        "indication-missing",
                        "unknown-complication",
                        "volume-exceeds-preparation",
                        "anticoagulated",
                        "pain-after-missing");
    }

    static Stream<InjectionSession> oddShapes() {
        InjectionSession.Builder base = Sessions.builder();
        InjectionSite bare =
                new InjectionSite("trapezius", Laterality.LEFT, null, 1, TwitchResponse.ELICITED, true, null, null);
        return Stream.of(
                InjectionSession.builder()
                        .id(java.util.UUID.randomUUID())
                        .patient(Reference.to("Patient/x"))
                        .start(START)
                        .build(),
                InjectionSession.builder()
                        .id(java.util.UUID.randomUUID())
                        .status(SessionStatus.ABORTED)
                        .patient(Reference.to("Patient/x"))
                        .start(START)
                        .build(),
                Sessions.builder().sites(List.of(bare)).build(),
                Sessions.builder().technique(Technique.DRY_NEEDLING).build(),
                Sessions.builder()
                        .preparations(List.of(Preparation.of("A", Sessions.liquid("no-such-product", "2"))))
                        .build(),
                Sessions.builder()
                        .preparations(List.of(
                                Preparation.of("A", Sessions.powder("onabotulinumtoxina-100-unit-vial", "100"))))
                        .build(),
                Sessions.builder()
                        .preparations(List.of(
                                Preparation.of("A", Sessions.liquid("lidocaine-10mg-ml", "2")),
                                Preparation.of("A", Sessions.liquid("bupivacaine-5mg-ml", "2"))))
                        .build(),
                Sessions.builder()
                        .addSite(InjectionSite.injected("deltoid", Laterality.LEFT, 1, "Z", BigDecimal.ZERO))
                        .addSite(InjectionSite.injected("deltoid", Laterality.LEFT, 1, "A", new BigDecimal("-2")))
                        .build(),
                Sessions.builder()
                        .patientFactors(null)
                        .consent(null)
                        .timeOut(null)
                        .build(),
                Sessions.builder()
                        .patientFactors(new PatientFactors(null, List.of("amide-local-anesthetic", "x"), true, null))
                        .build(),
                base.status(SessionStatus.ENTERED_IN_ERROR).build());
    }

    @ParameterizedTest
    @MethodSource("oddShapes")
    void neverThrowsWhateverTheShapeOfTheSession(InjectionSession session) {
        for (SessionStatus status : SessionStatus.values()) {
            InjectionSession withStatus = session.toBuilder().status(status).build();
            assertThatCode(() -> validator.validate(withStatus)).doesNotThrowAnyException();
        }
    }

    @ParameterizedTest
    @EnumSource(SessionStatus.class)
    void neverPutsPatientDataInAMessage(SessionStatus status) {
        InjectionSession session = Sessions.builder()
                .status(status)
                .patient(new Reference(
                        "Patient/pt-secret-4711",
                        new Identifier("urn:oid:2.16.840.1.113883.19.5", "MRN-SECRET-0042"),
                        "Jane Secretpatient"))
                .encounter(Reference.to("Encounter/enc-secret-99"))
                .performer(Reference.to("Practitioner/dr-secret", "Dr. Secret Surgeon"))
                .patientFactors(new PatientFactors(
                        new BigDecimal("1234.5"),
                        List.of("amide-local-anesthetic", "chlorhexidine", "Jane"),
                        true,
                        null))
                .skinPreparation(org.tpidoc.session.SkinPreparation.CHLORHEXIDINE)
                .indications(List.of())
                .consent(new InformedConsent(
                        START.plusMinutes(5),
                        null,
                        Reference.to("Practitioner/dr-secret", "Dr. Secret Surgeon"),
                        null,
                        List.of("pain"),
                        false,
                        false))
                .timeOut(null)
                .end(START.minusMinutes(1))
                .painAfter(null)
                .preparations(List.of(Preparation.of(
                        "A",
                        Sessions.liquid("lidocaine-20mg-ml", "20"),
                        Sessions.liquid("bupivacaine-5mg-ml", "20"),
                        Sessions.liquid("Jane's own mix", "1")
                                .withBatch("LOT-JANE", java.time.LocalDate.parse("2020-01-01")),
                        Sessions.powder("onabotulinumtoxina-100-unit-vial", "100"))))
                .addSite(InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", new BigDecimal("41"))
                        .withDetail("where Jane Secretpatient pointed"))
                .addSite(InjectionSite.injected("scalenes", Laterality.LEFT, 1, "A", new BigDecimal("1")))
                .addSite(InjectionSite.injected("scalenus-anterior", Laterality.LEFT, 1, "A", new BigDecimal("1"))
                        .withDetail("Jane's sore spot"))
                .addComplications("Jane fainted")
                .note("Jane Secretpatient, MRN-SECRET-0042, tolerated it")
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).isNotEmpty();
        if (status != SessionStatus.ENTERED_IN_ERROR) {
            assertThat(Sessions.codes(report))
                    .contains(
                            "component-expired",
                            "volume-exceeds-preparation",
                            "overlapping-sites",
                            "allergy-conflict",
                            "weight-implausible",
                            "prior-toxin-dose-unknown",
                            "dose-above-maximum");
        }
        assertThat(report.findings()).extracting(Finding::message).allSatisfy(message -> assertThat(message)
                .doesNotContain("LOT-JANE")
                .doesNotContain("secret")
                .doesNotContain("Secret")
                .doesNotContain("SECRET")
                .doesNotContain("Jane")
                .doesNotContain("Patient/")
                .doesNotContain("Practitioner/"));
    }

    @Test
    void givesTheSameReportsWhenSharedByManyThreads() throws Exception {
        List<InjectionSession> sessions = new ArrayList<>(oddShapes().toList());
        sessions.add(Sessions.valid());
        sessions.add(Sessions.drugs(new BigDecimal("50"), Component.liquid("lidocaine-10mg-ml", new BigDecimal("30"))));
        sessions.add(Sessions.builder()
                .painBefore(new PainScore(5, null))
                .painAfter(null)
                .build());
        List<ValidationReport> expected =
                sessions.stream().map(validator::validate).toList();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<ValidationReport>>> results = new ArrayList<>();
            for (int t = 0; t < 16; t++) {
                results.add(pool.submit(() -> {
                    List<ValidationReport> reports = new ArrayList<>();
                    for (int round = 0; round < 50; round++) {
                        sessions.forEach(s -> reports.add(validator.validate(s)));
                    }
                    return reports;
                }));
            }
            for (Future<List<ValidationReport>> result : results) {
                List<ValidationReport> reports = result.get(60, TimeUnit.SECONDS);
                for (int i = 0; i < reports.size(); i++) {
                    assertThat(reports.get(i)).isEqualTo(expected.get(i % sessions.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withDoseLimitsGivesAnotherValidatorThatKeepsTheOtherRulesAndLeavesTheStandardOneAsItWas() {
        InjectionSession overdose = Sessions.drugs(new BigDecimal("50"), Sessions.liquid("lidocaine-10mg-ml", "40"));
        InjectionSession overdoseWithoutConsent =
                overdose.toBuilder().consent(null).build();

        SessionValidator unlimited = SessionValidator.standard().withDoseLimits(DoseLimits.none());

        assertThat(unlimited.validate(overdose).findings()).isEmpty();
        assertThat(Sessions.errorCodes(unlimited.validate(overdoseWithoutConsent)))
                .containsExactly("consent-missing");
        assertThat(Sessions.errorCodes(SessionValidator.standard().validate(overdose)))
                .containsExactly("dose-above-maximum");
    }
}
