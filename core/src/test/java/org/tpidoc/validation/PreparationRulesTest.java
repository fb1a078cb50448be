package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpidoc.validation.Sessions.liquid;
import static org.tpidoc.validation.Sessions.powder;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.SampleSessions;

class PreparationRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    @Test
    void rejectsTwoPreparationsWithTheSameId() {
        InjectionSession session = SampleSessions.neckShoulder().toBuilder()
                .addPreparation(Preparation.of("A", Component.liquid("lidocaine-10mg-ml", new BigDecimal("2"))))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.withCode(ValidationCode.DUPLICATE_PREPARATION.code()))
                .singleElement()
                .satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                    assertThat(finding.path()).isEqualTo("$.preparations[1].id");
                });
    }

    @Test
    void acceptsPreparationsWithDistinctIds() {
        InjectionSession session = SampleSessions.neckShoulder().toBuilder()
                .addPreparation(Preparation.of("B", Component.liquid("lidocaine-10mg-ml", new BigDecimal("2"))))
                .build();

        assertThat(validator.validate(session).has(ValidationCode.DUPLICATE_PREPARATION.code()))
                .isFalse();
    }

    // component-expired: the start 2026-11-20T10:15-05:00 is 15:15 UTC, 2026-11-21 05:15 at +14:00 and
    // 2026-11-20 03:15 at -12:00; the same instant, so only the start's own date moves.
    @ParameterizedTest(name = "start at {0}, expiry {1}: expired = {2}")
    @CsvSource({
        "-05:00, 2026-11-20, false",
        "-05:00, 2026-11-19, true",
        "-05:00, 2026-11-21, false",
        "-05:00, 2025-01-31, true",
        "+14:00, 2026-11-21, false",
        "+14:00, 2026-11-20, true",
        "-12:00, 2026-11-20, false",
        "-12:00, 2026-11-19, true",
    })
    void judgesExpiryAgainstTheDateOfTheStartInItsOwnOffset(String offset, String expiry, boolean expired) {
        InjectionSession session = expiring(LocalDate.parse(expiry)).toBuilder()
                .start(Sessions.START.withOffsetSameInstant(ZoneOffset.of(offset)))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(Sessions.codes(report)).isEqualTo(expired ? Set.of("component-expired") : Set.of());
    }

    @Test
    void acceptsAComponentExpiringOnTheSessionDate() {
        assertThat(validator.validate(expiring(LocalDate.parse("2026-11-20"))).findings())
                .isEmpty();
    }

    @Test
    void rejectsAComponentExpiredTheDayBefore() {
        InjectionSession session = expiring(LocalDate.parse("2026-11-19"));

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.code()).isEqualTo("component-expired");
            assertThat(f.path()).isEqualTo("$.preparations[0].components[1].expiry");
            assertThat(f.message())
                    .isEqualTo("triamcinolone acetonide 40 mg/mL in preparation 1 expired on 2026-11-19, before"
                            + " the session date (not repeated here: a date of care is patient data); do not use"
                            + " expired stock (correct the expiry date if it was recorded wrongly)")
                    .doesNotContain("2026-11-20");
            Sessions.assertNoPatientData(f.message());
        });
    }

    @Test
    void reportsEveryExpiredComponentAndIgnoresThoseWithoutAnExpiry() {
        InjectionSession session = Sessions.builder()
                .preparations(List.of(Preparation.of(
                        "A",
                        liquid("lidocaine-10mg-ml", "4").withBatch("LD1", LocalDate.parse("2026-10-31")),
                        liquid("triamcinolone-acetonide-40mg-ml", "0.5"),
                        liquid("sodium-chloride-9mg-ml", "0.5").withBatch("NS1", LocalDate.parse("2026-11-01")))))
                .build();

        assertThat(validator.validate(session).findings())
                .extracting(Finding::path)
                .containsExactly("$.preparations[0].components[0].expiry", "$.preparations[0].components[2].expiry");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"in-progress", "aborted"})
    void rejectsExpiredStockWhateverTheSessionCameTo(String status) {
        InjectionSession session = expiring(LocalDate.parse("2026-11-19")).toBuilder()
                .status(Sessions.status(status))
                .statusReason("patient asked to stop")
                .build();

        assertThat(validator.validate(session).has("component-expired")).isTrue();
    }

    // volume-exceeds-preparation: the baseline draws up 5 mL (4 mL lidocaine, 1 mL triamcinolone)
    @ParameterizedTest(name = "{0} mL + {1} mL from 5 mL: exceeds = {2}")
    @CsvSource({
        "2.5,  2.5,  false",
        "2.5,  2.51, true",
        "1,    1,    false",
        "2,    3.5,  true",
        "3,    2.5,  true",
    })
    void rejectsSitesGivenMoreThanThePreparationHolds(String first, String second, boolean exceeds) {
        InjectionSession session = Sessions.builder()
                .sites(List.of(
                        InjectionSite.injected("trapezius", Laterality.LEFT, 10, "A", new BigDecimal(first)),
                        InjectionSite.injected("levator-scapulae", Laterality.RIGHT, 10, "A", new BigDecimal(second))))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(Sessions.errorCodes(report)).isEqualTo(exceeds ? Set.of("volume-exceeds-preparation") : Set.of());
        report.withCode("volume-exceeds-preparation").forEach(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.preparations[0]");
            assertThat(f.message()).contains("only 5 mL of liquid was drawn up");
            Sessions.assertNoPatientData(f.message());
        });
    }

    @Test
    void rejectsFortyMillilitresGivenFromAFiveMillilitreSyringe() {
        InjectionSession session = Sessions.builder()
                .sites(List.of(InjectionSite.injected("trapezius", Laterality.LEFT, 20, "A", new BigDecimal("40"))))
                .build();

        assertThat(validator.validate(session).withCode("volume-exceeds-preparation"))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .isEqualTo("the sites given preparation 1 add up to 40 mL, but only 5 mL of liquid was"
                                + " drawn up for it; correct the site volumes or the volumes drawn up"));
    }

    @Test
    void saysHowMuchToxinTheVolumesGivenWouldMean() {
        // 200 units reconstituted in 4 mL, 12 mL given: 600 units from a 200-unit vial
        InjectionSession session = toxin("200", "4", "6", "6");

        ValidationReport report = validator.validate(session);

        assertThat(report.withCode("volume-exceeds-preparation"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.path()).isEqualTo("$.preparations[0]");
                    assertThat(f.message())
                            .isEqualTo("the sites given preparation 1 add up to 12 mL, but only 4 mL of liquid"
                                    + " was drawn up for it, so the sites would have had 600 units of"
                                    + " onabotulinumtoxinA from 200 units drawn up; correct the site volumes or"
                                    + " the volumes drawn up");
                });
        assertThat(Sessions.errorCodes(report)).containsExactly("dose-above-maximum", "volume-exceeds-preparation");
    }

    @Test
    void acceptsAVialUsedToTheLastDrop() {
        assertThat(validator.validate(toxin("100", "2", "1", "1")).findings()).isEmpty();
    }

    @Test
    void rejectsAPowderGivenWithoutAnyLiquid() {
        InjectionSession session = Sessions.builder()
                .preparations(List.of(Preparation.of("A", powder("onabotulinumtoxina-100-unit-vial", "100"))))
                .build();

        assertThat(validator.validate(session).withCode("volume-exceeds-preparation"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("no liquid was drawn up"));
    }

    @Test
    void countsOnlyTheSitesOfEachPreparation() {
        // A: 5 mL drawn, 5 mL given; B: 2 mL drawn, 2.5 mL given
        InjectionSession session = Sessions.builder()
                .addPreparation(Preparation.of("B", liquid("bupivacaine-2.5mg-ml", "2")))
                .addSite(InjectionSite.injected("deltoid", Laterality.LEFT, 2, "B", new BigDecimal("2.5")))
                .build();

        assertThat(validator.validate(session).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("volume-exceeds-preparation");
            assertThat(f.path()).isEqualTo("$.preparations[1]");
            assertThat(f.message()).contains("preparation 2 add up to 2.5 mL").contains("only 2 mL");
        });
    }

    @Test
    void leavesARepeatedPreparationIdToDuplicatePreparation() {
        InjectionSession session = Sessions.builder()
                .addPreparation(Preparation.of("A", liquid("bupivacaine-2.5mg-ml", "1")))
                .build();

        assertThat(Sessions.codes(validator.validate(session))).containsExactly("duplicate-preparation");
    }

    /** The baseline with triamcinolone (component 1) expiring on {@code expiry}. */
    private static InjectionSession expiring(LocalDate expiry) {
        return Sessions.builder()
                .preparations(List.of(Preparation.of(
                        "A",
                        liquid("lidocaine-10mg-ml", "4").withBatch("LD2291", LocalDate.parse("2027-08-31")),
                        liquid("triamcinolone-acetonide-40mg-ml", "1").withBatch("TA0412", expiry))))
                .build();
    }

    /** A toxin vial of {@code units} in {@code salineMl}, given at two sites; no toxin in the last 90 days. */
    private static InjectionSession toxin(String units, String salineMl, String first, String second) {
        return Sessions.builder()
                .patientFactors(factors(BigDecimal.ZERO))
                .preparations(List.of(Preparation.of(
                        "A",
                        powder("onabotulinumtoxina-" + units + "-unit-vial", units),
                        liquid("sodium-chloride-9mg-ml", salineMl))))
                .sites(List.of(
                        InjectionSite.injected("trapezius", Laterality.LEFT, 2, "A", new BigDecimal(first)),
                        InjectionSite.injected("trapezius", Laterality.RIGHT, 2, "A", new BigDecimal(second))))
                .build();
    }

    private static PatientFactors factors(@Nullable BigDecimal priorToxinUnits) {
        return new PatientFactors(new BigDecimal("72"), List.of(), false, priorToxinUnits);
    }
}
