package org.tpidoc.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.SessionValidator;
import org.tpidoc.validation.ValidationReport;

class SessionGeneratorTest {

    private static final SessionValidator VALIDATOR = SessionValidator.standard();

    @Test
    void makesTenThousandSessionsThatValidateWithoutAnyFinding() {
        List<String> failures = new ArrayList<>();
        SessionGenerator.seeded(20261120L).generated(10_000).forEach(g -> {
            ValidationReport report = VALIDATOR.validate(g.session());
            if (!report.findings().isEmpty()) {
                failures.add("session " + g.index() + ": " + report.findings());
            }
        });

        assertThat(failures).isEmpty();
    }

    @Test
    void givesTheSameSessionsForTheSameSeed() {
        List<InjectionSession> first = SessionGenerator.seeded(7).list(300);
        List<InjectionSession> second = SessionGenerator.seeded(7).list(300);

        assertThat(second).isEqualTo(first);
        assertThat(first.get(0).id()).isEqualTo(second.get(0).id());
    }

    @Test
    void givesDifferentSessionsForDifferentSeeds() {
        List<InjectionSession> first = SessionGenerator.seeded(1).list(100);
        List<InjectionSession> second = SessionGenerator.seeded(2).list(100);

        for (int i = 0; i < 100; i++) {
            assertThat(second.get(i)).isNotEqualTo(first.get(i));
            assertThat(second.get(i).id()).isNotEqualTo(first.get(i).id());
        }
    }

    @Test
    void makesEachSessionFromItsIndexAloneInAnyOrder() {
        SessionGenerator generator = SessionGenerator.seeded(99);
        List<InjectionSession> sequential = generator.stream(500).toList();
        List<InjectionSession> parallel = generator.stream(500).parallel().toList();
        Iterator<InjectionSession> iterator = generator.iterator();

        assertThat(parallel).isEqualTo(sequential);
        assertThat(generator.session(321)).isEqualTo(sequential.get(321));
        assertThat(generator.stream().limit(3).toList()).isEqualTo(sequential.subList(0, 3));
        for (int i = 0; i < 20; i++) {
            assertThat(iterator.next()).isEqualTo(sequential.get(i));
        }
    }

    @Test
    void makesDistinctVersion4Ids() {
        Set<UUID> ids = SessionGenerator.seeded(5).stream(10_000)
                .map(InjectionSession::id)
                .collect(Collectors.toSet());

        assertThat(ids).hasSize(10_000);
        assertThat(ids.stream().filter(id -> id.version() != 4 || id.variant() != 2))
                .isEmpty();
    }

    @Test
    void streamsLazilyAndMakesAnySessionOnItsOwn() {
        // The endless sequence limited to five makes only those five: a stream that made its input first
        // would never get to the limit (it would run out of memory).
        SessionGenerator generator = SessionGenerator.seeded(3);

        List<InjectionSession> firstFive = generator.stream().limit(5).toList();

        assertThat(firstFive).isEqualTo(generator.list(5)).doesNotHaveDuplicates();
        assertThat(generator.stream(1_000_000).skip(7).findFirst()).contains(generator.session(7));
        assertThat(generator.session(999_999))
                .isEqualTo(SessionGenerator.seeded(3).session(999_999))
                .isNotEqualTo(generator.session(999_998));
    }

    @Test
    void restrictsToTheScenariosAsked() {
        SessionGenerator generator = SessionGenerator.seeded(11).withScenarios(Scenario.DRY_NEEDLING);

        assertThat(generator.stream(200)).allSatisfy(s -> {
            assertThat(s.isInjection()).isFalse();
            assertThat(s.preparations()).isEmpty();
        });
        assertThat(generator.scenarios()).containsExactly(Scenario.DRY_NEEDLING);
    }

    @Test
    void describesItsConfiguration() {
        SessionGenerator generator = SessionGenerator.seeded(4).withDefects(Defect.NO_SITES, Defect.CONSENT_MISSING);

        assertThat(generator.seed()).isEqualTo(4);
        assertThat(generator.defects()).containsExactly(Defect.CONSENT_MISSING, Defect.NO_SITES);
        assertThat(generator.scenarios()).isEqualTo(EnumSet.allOf(Scenario.class));
        assertThat(generator)
                .isEqualTo(SessionGenerator.seeded(4).withDefects(Defect.CONSENT_MISSING, Defect.NO_SITES));
        assertThat(generator.withDefects().defects()).isEmpty();
    }

    @Test
    void refusesADefectThatTheScenariosCannotCarry() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SessionGenerator.seeded(1)
                        .withScenarios(Scenario.DRY_NEEDLING)
                        .withDefects(Defect.TOXIN_SPREAD_NOT_DISCLOSED))
                .withMessageContaining("TOXIN_SPREAD_NOT_DISCLOSED");
        assertThatIllegalArgumentException().isThrownBy(() -> SessionGenerator.seeded(1)
                .withDefects(Defect.PNEUMOTHORAX_NOT_DISCLOSED)
                .withScenarios(Scenario.CALF));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SessionGenerator.seeded(1).withScenarios(List.of()));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> SessionGenerator.seeded(1).session(-1));
    }

    @ParameterizedTest
    @EnumSource(Defect.class)
    void plantsExactlyTheExpectedFindingForEachDefect(Defect defect) {
        SessionGenerator generator = SessionGenerator.seeded(31).withDefects(defect);
        List<String> failures = new ArrayList<>();
        generator.generated(300).forEach(g -> {
            assertThat(g.defect()).isEqualTo(defect);
            assertThat(g.expectedFindingCode()).contains(defect.findingCode());
            ValidationReport report = VALIDATOR.validate(g.session());
            List<String> codes = report.findings().stream()
                    .map(f -> f.severity().code() + ":" + f.code())
                    .toList();
            if (!codes.equals(List.of(defect.severity().code() + ":" + defect.findingCode()))) {
                failures.add("session " + g.index() + ": " + report.findings());
            }
        });

        assertThat(failures).isEmpty();
    }

    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
        "COMPONENT_EXPIRED,                $.preparations[0].components[0].expiry",
        "OVERLAPPING_SITES,                $.sites[1]",
        "VOLUME_EXCEEDS_PREPARATION,       $.preparations[0]",
        "WEIGHT_IMPLAUSIBLE,               $.patientFactors.weightKg",
        "INDICATION_MISSING,               $.indications",
        "SKIN_ANTISEPTIC_ALLERGY,          $.skinPreparation",
        "TOXIN_ABOVE_MAXIMUM_OVER_90_DAYS, $.sites",
        "PRIOR_TOXIN_DOSE_UNKNOWN,         $.patientFactors.botulinumToxinUnitsLast90Days",
    })
    void plantsTheDefectsOfTheClinicalReviewWhereTheFindingPoints(Defect defect, String path) {
        SessionGenerator generator = SessionGenerator.seeded(47).withDefects(defect);

        assertThat(generator.stream(100).map(VALIDATOR::validate)).allSatisfy(report -> assertThat(report.findings())
                .singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo(path)));
    }

    @Test
    void countsThePrevious90DaysInThePlantedToxinOverdose() {
        SessionGenerator generator = SessionGenerator.seeded(48).withDefects(Defect.TOXIN_ABOVE_MAXIMUM_OVER_90_DAYS);

        assertThat(generator.stream(100).map(VALIDATOR::validate))
                .allSatisfy(
                        report -> assertThat(report.findings().get(0).message()).contains("previous 90 days"));
    }

    @Test
    void plantsEveryDefectInAMixedStream() {
        SessionGenerator generator = SessionGenerator.seeded(8).withDefects(Defect.values());
        Set<Defect> seen = EnumSet.noneOf(Defect.class);
        List<String> failures = new ArrayList<>();
        generator.generated(3_000).forEach(g -> {
            seen.add(g.defect());
            ValidationReport report = VALIDATOR.validate(g.session());
            if (report.findings().size() != 1
                    || !report.has(g.expectedFindingCode().orElseThrow())) {
                failures.add("session " + g.index() + " " + g.defect() + ": " + report.findings());
            }
        });

        assertThat(failures).isEmpty();
        assertThat(seen).containsExactlyInAnyOrder(Defect.values());
    }

    @Test
    void makesValidSessionsWithoutADefect() {
        assertThat(SessionGenerator.seeded(1).generate(0).defect()).isNull();
        assertThat(SessionGenerator.seeded(1).generate(0).expectedFindingCode()).isEmpty();
    }

    @Test
    void keepsWeightsAndSiteCountsInRange() {
        Set<Integer> siteCounts = new HashSet<>();
        SessionGenerator.seeded(12).stream(5_000).forEach(s -> {
            BigDecimal weight = s.patientFactors().weightKg();
            assertThat(weight).isBetween(new BigDecimal("45"), new BigDecimal("120"));
            assertThat(s.sites()).hasSizeBetween(1, 6);
            siteCounts.add(s.sites().size());
        });

        assertThat(siteCounts).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
    }
}
