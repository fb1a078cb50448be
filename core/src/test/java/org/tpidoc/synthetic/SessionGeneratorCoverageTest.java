package org.tpidoc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tpidoc.billing.BillingCalculator;
import org.tpidoc.billing.BillingCode;
import org.tpidoc.billing.BillingSummary;
import org.tpidoc.billing.ChargeLine;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Product;
import org.tpidoc.dosing.DoseCalculator;
import org.tpidoc.dosing.SessionDoses;
import org.tpidoc.session.Component;
import org.tpidoc.session.ContainerKind;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Position;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.Technique;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/** What 10,000 valid generated sessions hold: the whole catalogue, realistic shapes, and billable records. */
class SessionGeneratorCoverageTest {

    private static final Catalog CATALOG = Catalog.builtIn();
    private static final DoseCalculator DOSES = new DoseCalculator(CATALOG);
    private static List<InjectionSession> sessions;

    @BeforeAll
    static void generate() {
        sessions = SessionGenerator.seeded(424242L).list(10_000);
    }

    @Test
    void usesEveryMuscleAndProductOfTheCatalogue() {
        Set<String> muscles = sessions.stream()
                .flatMap(s -> s.sites().stream())
                .map(InjectionSite::muscle)
                .collect(Collectors.toSet());
        Set<String> products = sessions.stream()
                .flatMap(s -> s.preparations().stream())
                .flatMap(p -> p.components().stream())
                .map(Component::product)
                .collect(Collectors.toSet());

        assertThat(muscles)
                .isEqualTo(CATALOG.muscles().stream().map(Muscle::slug).collect(Collectors.toSet()));
        assertThat(products)
                .isEqualTo(CATALOG.products().stream().map(Product::slug).collect(Collectors.toSet()));
    }

    @Test
    void coversEveryStatusTechniqueAndGuidance() {
        assertThat(sessions.stream().map(InjectionSession::status).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(SessionStatus.COMPLETED, SessionStatus.IN_PROGRESS, SessionStatus.ABORTED);
        assertThat(sessions.stream().map(InjectionSession::technique).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Technique.values());
        assertThat(sessions.stream().map(InjectionSession::guidance).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Guidance.values());
        assertThat(sessions.stream()
                        .filter(s -> s.status() == SessionStatus.COMPLETED)
                        .count())
                .isGreaterThan(9_000);
    }

    @Test
    void ordersTheTimesOfEverySession() {
        assertThat(sessions).allSatisfy(s -> {
            assertThat(s.consent().obtainedAt()).isBefore(s.timeOut().at());
            assertThat(s.timeOut().at()).isBefore(s.start());
            assertThat(s.painBefore().at()).isBefore(s.start());
            if (s.end() != null) {
                assertThat(s.end()).isAfter(s.start());
                assertThat(s.painAfter().at()).isAfter(s.end());
            }
            assertThat(s.start().getSecond()).isZero();
        });
    }

    @Test
    void injectsHalfAMillilitreToTwoPerPointOfLiquidPreparations() {
        sessions.stream()
                .filter(s -> s.isInjection() && !givesToxin(s))
                .flatMap(s -> s.sites().stream())
                .forEach(site -> {
                    BigDecimal perPoint =
                            site.volumeMl().divide(BigDecimal.valueOf(site.points()), java.math.MathContext.DECIMAL64);
                    assertThat(perPoint).isBetween(new BigDecimal("0.5"), new BigDecimal("2"));
                });
    }

    @Test
    void neverGivesMoreToxinThanTheVialHeld() {
        List<InjectionSession> toxin = sessions.stream()
                .filter(SessionGeneratorCoverageTest::givesToxin)
                .toList();

        assertThat(toxin).hasSizeGreaterThan(500);
        for (InjectionSession s : toxin) {
            SessionDoses doses = DOSES.compute(s);
            assertThat(doses.usage().get(0).drawn()).isIn(new BigDecimal("100"), new BigDecimal("200"));
            assertThat(doses.usage().get(0).administered())
                    .isLessThanOrEqualTo(doses.usage().get(0).drawn());
        }
    }

    @Test
    void recordsThePreviousToxinUnitsOfEveryToxinSessionWithinThe400UnitsOf3Months() {
        Set<BigDecimal> previous = new HashSet<>();
        for (InjectionSession s : sessions) {
            BigDecimal units = s.patientFactors().botulinumToxinUnitsLast90Days();
            if (!givesToxin(s)) {
                assertThat(units).isNull();
                continue;
            }
            assertThat(units).isNotNull();
            previous.add(units);
            BigDecimal today = DOSES.compute(s)
                    .total("onabotulinumtoxina")
                    .map(org.tpidoc.dosing.Dose::amount)
                    .orElse(BigDecimal.ZERO);
            assertThat(today.add(units)).isLessThanOrEqualTo(new BigDecimal("400"));
        }

        assertThat(previous).contains(BigDecimal.ZERO).hasSizeGreaterThan(2);
    }

    @Test
    void neverRecordsAMuscleAndAPartOfItOnOneSide() {
        assertThat(sessions).allSatisfy(s -> {
            Set<String> wholeMuscleSides = new HashSet<>();
            for (InjectionSite site : s.sites()) {
                assertThat(wholeMuscleSides.add(CATALOG.wholeMuscleOf(site.muscle()) + " " + site.laterality()))
                        .as("%s %s", site.muscle(), site.laterality())
                        .isTrue();
            }
        });
    }

    @Test
    void showsTheShapesBillingAndDosingMustHandle() {
        long twoPreparations =
                sessions.stream().filter(s -> s.preparations().size() == 2).count();
        long twoLocalAnaesthetics = sessions.stream()
                .filter(s -> DOSES.compute(s)
                                .totals(DrugClass.AMIDE_LOCAL_ANESTHETIC)
                                .size()
                        == 2)
                .count();
        long bilateral = sessions.stream()
                .filter(s ->
                        s.sites().stream().map(InjectionSite::muscle).distinct().count()
                                < s.sites().size())
                .count();
        long salineOnly = sessions.stream()
                .filter(s -> s.isInjection()
                        && !givesToxin(s)
                        && DOSES.compute(s).totals().stream()
                                .allMatch(d -> d.drug().drugClass() == DrugClass.DILUENT))
                .count();

        assertThat(twoPreparations).isGreaterThan(100);
        assertThat(twoLocalAnaesthetics).isGreaterThan(100);
        assertThat(bilateral).isGreaterThan(1_000);
        assertThat(salineOnly).isLessThan(100);
    }

    @Test
    void billsEveryFinalSessionWithADiagnosisAndEveryModifier() {
        BillingCalculator billing = BillingCalculator.standard();
        Set<String> modifiers = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (InjectionSession s : sessions) {
            BillingSummary summary = billing.bill(s);
            // A component with no recorded vial bills no JW/JZ (a warning); in progress bills nothing.
            assertThat(summary.findings())
                    .extracting(f -> f.code())
                    .isSubsetOf(
                            s.status() == SessionStatus.IN_PROGRESS
                                    ? BillingCode.SESSION_NOT_FINAL.code()
                                    : BillingCode.CONTAINER_UNKNOWN.code());
            assertThat(summary.diagnoses()).isNotEmpty();
            summary.lines().forEach(l -> {
                codes.add(l.code());
                modifiers.addAll(l.modifiers());
            });
        }

        assertThat(codes)
                .containsExactlyInAnyOrder(
                        "20552", "20553", "20560", "20561", "76942", "J3301", "J1010", "J1100", "J0702", "J0585");
        assertThat(modifiers)
                .containsExactlyInAnyOrder(ChargeLine.DISCARDED, ChargeLine.NOTHING_DISCARDED, ChargeLine.DISCONTINUED);
    }

    @Test
    void drawsIndicationsOnlyFromTerminology() {
        Set<Concept> used =
                sessions.stream().flatMap(s -> s.indications().stream()).collect(Collectors.toSet());

        assertThat(Indications.ALL).containsAll(used);
        assertThat(used.stream().map(Concept::system).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(CodeSystems.ICD_10_CM, CodeSystems.SNOMED_CT);
        assertThat(sessions)
                .allSatisfy(s -> assertThat(s.indications().get(0).system()).isEqualTo(CodeSystems.ICD_10_CM));
    }

    @Test
    void givesAllergiesOnlyToClassesNotDrawnUp() {
        long withAllergy = sessions.stream()
                .filter(s -> !s.patientFactors().allergies().isEmpty())
                .count();

        assertThat(withAllergy).isBetween(400L, 1_200L);
        assertThat(sessions.stream().filter(s -> s.patientFactors().isAnticoagulated()))
                .isEmpty();
    }

    @Test
    void recordsEachConductPartInMostSessionsAndLeavesItUnrecordedInSome() {
        assertThat(sessions.stream().map(InjectionSession::position).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(
                        null, Position.SITTING, Position.PRONE, Position.SUPINE, Position.SIDE_LYING);
        assertThat(sessions.stream()
                        .map(s -> s.patientFactors().anticoagulated())
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(null, false);
        assertThat(sessions.stream()
                        .map(InjectionSession::aspirationBeforeInjection)
                        .collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(null, true);
        assertThat(sessions.stream().map(s -> s.attestation() == null).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(true, false);
        assertThat(sessions.stream().map(s -> s.postProcedure() == null).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(true, false);
        Set<Object> containers = sessions.stream()
                .flatMap(s -> s.preparations().stream())
                .flatMap(p -> p.components().stream())
                .map(c -> c.container() == null ? "none" : c.container().kind())
                .collect(Collectors.toSet());
        assertThat(containers).containsExactlyInAnyOrder("none", ContainerKind.SINGLE_DOSE, ContainerKind.MULTI_DOSE);
    }

    @Test
    void attestsOnlyAfterTheEndAndByThePerformer() {
        assertThat(sessions.stream().filter(s -> s.attestation() != null)).allSatisfy(s -> {
            assertThat(s.attestation().at()).isAfter(s.end());
            assertThat(s.attestation().by()).isEqualTo(s.performer());
        });
    }

    @ParameterizedTest
    @EnumSource(Scenario.class)
    void makesSessionsOfEachScenarioAlone(Scenario scenario) {
        List<InjectionSession> only =
                SessionGenerator.seeded(1).withScenarios(scenario).list(300);

        assertThat(only).allSatisfy(s -> {
            assertThat(s.isInjection()).isEqualTo(scenario.isInjection());
            assertThat(givesToxin(s)).isEqualTo(scenario == Scenario.BOTULINUM_TOXIN);
        });
        if (scenario == Scenario.CHEST_WALL) {
            assertThat(only)
                    .allSatisfy(s -> assertThat(s.consent().risksDisclosed()).contains("pneumothorax"));
        }
        if (scenario == Scenario.HEADACHE) {
            assertThat(only.stream().map(s -> s.indications().get(0).code()).collect(Collectors.toSet()))
                    .contains("G44.209", "G44.219", "G44.229", "G44.86");
        }
        if (scenario == Scenario.BOTULINUM_TOXIN) {
            assertThat(only.stream()
                            .filter(s -> s.guidance() == Guidance.ULTRASOUND)
                            .count())
                    .isGreaterThan(200);
        }
    }

    private static boolean givesToxin(InjectionSession s) {
        return s.preparations().stream().flatMap(p -> p.components().stream()).anyMatch(c -> c.product()
                .startsWith("onabotulinumtoxina"));
    }
}
