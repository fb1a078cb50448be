package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpidoc.validation.Sessions.ALL_REQUIRED_RISKS;
import static org.tpidoc.validation.Sessions.START;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Preparation;

class ConsentRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    @Test
    void acceptsConsentDisclosingEveryRequiredRisk() {
        assertThat(validator.validate(Sessions.valid()).findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "completed,        true",
        "in-progress,      true",
        "aborted,          false",
        "entered-in-error, false",
    })
    void requiresConsentForCompletedAndInProgressSessions(String status, boolean reported) {
        InjectionSession session = Sessions.builder()
                .status(Sessions.status(status))
                .statusReason("patient felt faint")
                .consent(null)
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.has("consent-missing")).isEqualTo(reported);
        if (reported) {
            Finding finding = report.withCode("consent-missing").get(0);
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.path()).isEqualTo("$.consent");
        }
    }

    @Test
    void rejectsConsentObtainedAfterStart() {
        InjectionSession session = Sessions.builder()
                .consent(Sessions.consentAt(START.plusMinutes(1), ALL_REQUIRED_RISKS))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("consent-after-start");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.consent.obtainedAt");
        });
    }

    @Test
    void acceptsConsentObtainedExactlyAtStart() {
        InjectionSession session = Sessions.builder()
                .consent(Sessions.consentAt(START, ALL_REQUIRED_RISKS))
                .build();

        assertThat(validator.validate(session).findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "pain,               pain",
        "bleeding,           bleeding",
        "bruising,           bruising",
        "infection,          infection",
        "allergic-reaction,  allergic reaction",
        "dizziness-fainting, dizziness or fainting",
        "nerve-damage,       nerve damage",
        "no-improvement,     no improvement",
        "pneumothorax,       pneumothorax",
        "steroid-effects,    corticosteroid side effects",
    })
    void reportsEachRequiredRiskMissingOnceNamingIt(String risk, String words) {
        List<String> disclosed = new ArrayList<>(ALL_REQUIRED_RISKS);
        disclosed.remove(risk);
        InjectionSession session =
                Sessions.builder().consent(Sessions.consent(disclosed)).build();

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("consent-risk-not-disclosed");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.consent.risksDisclosed");
            assertThat(f.message()).contains(words);
        });
    }

    @Test
    void reportsOneFindingPerMissingRisk() {
        InjectionSession session =
                Sessions.builder().consent(Sessions.consent(List.of("pain"))).build();

        ValidationReport report = validator.validate(session);

        // the baseline (trapezius, triamcinolone) requires the 8 standard risks, pneumothorax and steroid-effects
        assertThat(report.withCode("consent-risk-not-disclosed")).hasSize(9);
        assertThat(report.findings()).hasSize(9);
    }

    @ParameterizedTest
    @CsvSource({
        "trapezius,            true",
        "rhomboid-major,       true",
        "rhomboid-minor,       true",
        "serratus-anterior,    true",
        "pectoralis-major,     true",
        "pectoralis-minor,     true",
        "latissimus-dorsi,     true",
        "scalenes,             true",
        "scalenus-anterior,    true",
        "thoracic-paraspinals, true",
        "levator-scapulae,     false",
        "infraspinatus,        false",
        "sternocleidomastoid,  false",
        "quadratus-lumborum,   false",
        "gluteus-medius,       false",
        "piriformis,           false",
    })
    void requiresPneumothoraxOnlyForChestWallMuscles(String muscle, boolean required) {
        InjectionSession session = Sessions.builder()
                .consent(Sessions.consent(withoutRisk("pneumothorax")))
                .sites(List.of(InjectionSite.injected(muscle, Laterality.LEFT, 2, "A", new BigDecimal("2"))))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.has("consent-risk-not-disclosed")).isEqualTo(required);
        assertThat(ConsentPolicy.standard().requiredRisks(session, Catalog.builtIn()))
                .as("required risks")
                .matches(risks -> risks.contains("pneumothorax") == required);
    }

    @Test
    void requiresBotulinumToxinSpreadWhenBotulinumToxinIsDrawnUp() {
        InjectionSession botox = Sessions.builder()
                .consent(Sessions.consent(withoutRisk("botulinum-toxin-spread")))
                .patientFactors(Sessions.valid().patientFactors().withBotulinumToxinUnitsLast90Days(BigDecimal.ZERO))
                .preparations(List.of(Preparation.of(
                        "A",
                        Sessions.powder("onabotulinumtoxina-100-unit-vial", "100"),
                        Sessions.liquid("sodium-chloride-9mg-ml", "5"))))
                .build();

        assertThat(validator.validate(botox).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("consent-risk-not-disclosed");
            assertThat(f.message()).contains("botulinum toxin");
        });
    }

    @Test
    void requiresSteroidEffectsOnlyWhenACorticosteroidIsDrawnUp() {
        InjectionSession lidocaineOnly =
                Sessions.drugs(new BigDecimal("72"), Sessions.liquid("lidocaine-10mg-ml", "5"));

        Set<String> required = ConsentPolicy.standard().requiredRisks(lidocaineOnly, Catalog.builtIn());

        assertThat(required)
                .containsExactly(
                        "pain",
                        "bleeding",
                        "bruising",
                        "infection",
                        "allergic-reaction",
                        "dizziness-fainting",
                        "nerve-damage",
                        "no-improvement",
                        "pneumothorax");
    }

    @Test
    void appliesAVendorsPolicyInsteadOfTheStandardOne() {
        SessionValidator vendor = validator.withConsentPolicy((session, catalog) -> Set.of("headache"));
        InjectionSession session =
                Sessions.builder().consent(Sessions.consent(List.of("pain"))).build();

        ValidationReport report = vendor.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("headache"));
    }

    @Test
    void namesARiskOutsideTheCatalogueBySlug() {
        SessionValidator vendor = validator.withConsentPolicy((session, catalog) -> Set.of("tattoo-ink-reaction"));

        ValidationReport report = vendor.validate(Sessions.valid());

        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .contains("tattoo-ink-reaction"));
    }

    private static List<String> withoutRisk(String risk) {
        List<String> risks = new ArrayList<>(ALL_REQUIRED_RISKS);
        risks.remove(risk);
        return risks;
    }
}
