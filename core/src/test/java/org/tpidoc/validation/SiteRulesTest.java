package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Region;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.SessionStatus;

class SiteRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    @Test
    void rejectsACompletedSessionWithoutSites() {
        ValidationReport report =
                validator.validate(Sessions.builder().sites(List.of()).build());

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("no-sites");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.sites");
        });
    }

    @Test
    void acceptsADraftWithoutSitesYet() {
        InjectionSession draft = Sessions.builder()
                .status(SessionStatus.IN_PROGRESS)
                .sites(List.of())
                .build();

        assertThat(validator.validate(draft).has("no-sites")).isFalse();
    }

    @ParameterizedTest(name = "{0} mL at {1} point(s): high = {2}")
    @CsvSource({
        "0.5,  1, false",
        "3,    1, false",
        "3.01, 1, true",
        "4,    1, true",
        "6,    2, false",
        "6.1,  2, true",
        "9,    3, false",
        "9.5,  3, true",
    })
    void warnsAboveThreeMillilitresPerPoint(String volumeMl, int points, boolean high) {
        InjectionSession session = Sessions.builderWithRoom()
                .sites(List.of(
                        InjectionSite.injected("trapezius", Laterality.LEFT, points, "A", new BigDecimal(volumeMl))))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(Sessions.codes(report)).isEqualTo(high ? java.util.Set.of("volume-high") : java.util.Set.of());
        report.findings().forEach(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("$.sites[0].volumeMl");
            assertThat(f.message()).contains("trapezius").contains("per point");
        });
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "-0.5"})
    void rejectsAVolumeOfZeroOrLess(String volumeMl) {
        InjectionSession session = Sessions.builderWithRoom()
                .addSite(InjectionSite.injected("deltoid", Laterality.RIGHT, 1, "A", new BigDecimal(volumeMl)))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("volume-invalid");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.sites[2].volumeMl");
            assertThat(f.message()).contains("deltoid");
        });
    }

    @Test
    void warnsWhenAMuscleIsRecordedTwiceOnOneSide() {
        InjectionSession session = Sessions.builderWithRoom()
                .addSite(InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", BigDecimal.ONE))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("duplicate-site");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("$.sites[2]");
            assertThat(f.message()).contains("trapezius (left)");
        });
    }

    @Test
    void leftAndRightOfOneMuscleAreNotADuplicate() {
        InjectionSession session = Sessions.builderWithRoom()
                .addSite(InjectionSite.injected("trapezius", Laterality.RIGHT, 1, "A", BigDecimal.ONE))
                .build();

        assertThat(validator.validate(session).findings()).isEmpty();
    }

    @Test
    void reportsEveryRepeatOfASite() {
        InjectionSession session = Sessions.builderWithRoom()
                .addSite(InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", BigDecimal.ONE))
                .addSite(InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", BigDecimal.ONE))
                .build();

        assertThat(validator.validate(session).withCode("duplicate-site"))
                .extracting(Finding::path)
                .containsExactly("$.sites[2]", "$.sites[3]");
    }

    @ParameterizedTest(name = "{0} {1} + {2} {3}: overlapping at {4}")
    @CsvSource(
            nullValues = "none",
            value = {
                "scalenes,          left,  scalenus-anterior, left,  $.sites[1]",
                "scalenus-anterior, left,  scalenes,          left,  $.sites[0]",
                "scalenes,          left,  scalenus-anterior, right, none",
                "scalenus-anterior, right, scalenes,          left,  none",
                "iliopsoas,         right, psoas-major,       right, $.sites[1]",
                "psoas-major,       left,  iliopsoas,         left,  $.sites[0]",
                "psoas-major,       left,  iliopsoas,         right, none",
                "scalenes,          left,  iliopsoas,         left,  none",
                "scalenus-anterior, left,  psoas-major,       left,  none",
            })
    void warnsWhenAMuscleAndAPartOfItAreRecordedOnOneSide(
            String first, String firstSide, String second, String secondSide, String overlappingAt) {
        InjectionSession session = Sessions.builderWithRoom()
                .sites(List.of(site(first, firstSide), site(second, secondSide)))
                .build();

        ValidationReport report = validator.validate(session);

        if (overlappingAt == null) {
            assertThat(report.findings()).isEmpty();
        } else {
            assertThat(report.findings()).singleElement().satisfies(f -> {
                assertThat(f.severity()).isEqualTo(Severity.WARNING);
                assertThat(f.code()).isEqualTo("overlapping-sites");
                assertThat(f.path()).isEqualTo(overlappingAt);
                Sessions.assertNoPatientData(f.message());
            });
        }
    }

    @Test
    void namesThePartTheWholeAndWhereTheWholeIsRecorded() {
        InjectionSession session = Sessions.builderWithRoom()
                .sites(List.of(site("scalenes", "left"), site("trapezius", "left"), site("scalenus-anterior", "left")))
                .build();

        assertThat(validator.validate(session).findings()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("scalenus anterior (left) is part of scalene muscles (left), also recorded (at site 0);"
                        + " record the whole muscle or the part, once, with all its points"));
    }

    @Test
    void reportsEachSiteOfThePartAndLeavesARepeatToDuplicateSite() {
        InjectionSession session = Sessions.builderWithRoom()
                .sites(List.of(
                        site("scalenus-anterior", "left"),
                        site("scalenes", "left"),
                        site("scalenus-anterior", "left"),
                        site("scalenes", "right")))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.withCode("overlapping-sites"))
                .extracting(Finding::path)
                .containsExactly("$.sites[0]", "$.sites[2]");
        assertThat(report.withCode("duplicate-site")).extracting(Finding::path).containsExactly("$.sites[2]");
    }

    @Test
    void followsPartOfThroughTheCatalogueInUse() {
        Catalog vendor = Catalog.builder(Catalog.builtIn())
                .muscle(new Muscle(
                        "scalenus-anterior-lower-slip",
                        "lower slip of scalenus anterior",
                        Region.NECK,
                        true,
                        null,
                        "scalenus-anterior"))
                .build();
        InjectionSession session = Sessions.builderWithRoom()
                .sites(List.of(site("scalenes", "right"), site("scalenus-anterior-lower-slip", "right")))
                .build();

        assertThat(validator.withCatalog(vendor).validate(session).findings())
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("overlapping-sites");
                    assertThat(f.path()).isEqualTo("$.sites[1]");
                    assertThat(f.message()).contains("part of scalene muscles (right)");
                });
    }

    @Test
    void stopsAtAVendorsCircularPartOf() {
        Catalog circular = Catalog.builder(Catalog.builtIn())
                .muscle(new Muscle("slip-a", "slip a", Region.NECK, false, null, "slip-b"))
                .muscle(new Muscle("slip-b", "slip b", Region.NECK, false, null, "slip-a"))
                .build();
        InjectionSession session = Sessions.builderWithRoom()
                .sites(List.of(site("slip-a", "left"), site("slip-b", "left")))
                .build();

        assertThat(validator.withCatalog(circular).validate(session).withCode("overlapping-sites"))
                .extracting(Finding::path)
                .containsExactly("$.sites[0]", "$.sites[1]");
    }

    private static InjectionSite site(String muscle, String side) {
        Laterality laterality = side.equals("left") ? Laterality.LEFT : Laterality.RIGHT;
        return InjectionSite.injected(muscle, laterality, 1, "A", BigDecimal.ONE);
    }
}
