package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Region;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.PatientFactors;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.SessionStatus;

class CatalogueRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    static Stream<Arguments> unknownValues() {
        return Stream.of(
                row(
                        "unknown-muscle",
                        "$.sites[2].muscle",
                        "\"biceps-femoris\"",
                        b -> b.addSite(
                                InjectionSite.injected("biceps-femoris", Laterality.LEFT, 1, "A", BigDecimal.ONE))),
                row(
                        "unknown-preparation",
                        "$.sites[2].preparation",
                        "deltoid (left)",
                        b -> b.addSite(InjectionSite.injected("deltoid", Laterality.LEFT, 1, "B", BigDecimal.ONE))),
                row(
                        "unknown-product",
                        "$.preparations[0].components[1].product",
                        "\"ropivacaine-2mg-ml\"",
                        b -> b.preparations(List.of(Preparation.of(
                                "A",
                                Sessions.liquid("lidocaine-10mg-ml", "4"),
                                Sessions.liquid("ropivacaine-2mg-ml", "1"))))),
                row(
                        "unknown-risk",
                        "$.consent.risksDisclosed[11]",
                        "\"death\"",
                        b -> b.consent(
                                Sessions.consent(Stream.concat(Sessions.ALL_REQUIRED_RISKS.stream(), Stream.of("death"))
                                        .toList()))),
                row(
                        "unknown-complication",
                        "$.complications[1]",
                        "\"syncope\"",
                        b -> b.addComplications("vasovagal-reaction", "syncope")),
                row("unknown-finding", "$.findings[2]", "\"trigger-point\"", b -> b.addFindings("trigger-point")),
                row(
                        "unknown-prior-therapy",
                        "$.priorTherapies[2]",
                        "\"acupuncture\"",
                        b -> b.addPriorTherapies("acupuncture")),
                row(
                        "unknown-allergy-class",
                        "$.patientFactors.allergies[0]",
                        "\"penicillin\"",
                        b -> b.patientFactors(
                                new PatientFactors(new BigDecimal("72"), List.of("penicillin"), false, null))));
    }

    private static Arguments row(
            String code, String path, String named, UnaryOperator<InjectionSession.Builder> change) {
        return Arguments.of(code, path, named, change);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownValues")
    void reportsAValueOutsideTheCatalogueWithItsPath(
            String code, String path, String named, UnaryOperator<InjectionSession.Builder> change) {
        InjectionSession session = change.apply(Sessions.builderWithRoom()).build();

        ValidationReport report = validator.validate(session);

        assertThat(report.errors()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo(code);
            assertThat(f.path()).isEqualTo(path);
            assertThat(f.message()).contains(named);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unknownValues")
    void reportsUnknownValuesEvenInRecordsEnteredInError(
            String code, String path, String named, UnaryOperator<InjectionSession.Builder> change) {
        InjectionSession session = change.apply(Sessions.builder().status(SessionStatus.ENTERED_IN_ERROR))
                .build();

        assertThat(validator.validate(session).findings())
                .extracting(Finding::code)
                .containsExactly(code);
    }

    @Test
    void acceptsAMuscleTheVendorAddedToItsCatalogue() {
        Catalog vendor = Catalog.builder(Catalog.builtIn())
                .muscle(new Muscle("biceps-femoris", "biceps femoris", Region.LEG, false, null))
                .build();
        InjectionSession session = Sessions.builderWithRoom()
                .addSite(InjectionSite.injected("biceps-femoris", Laterality.LEFT, 1, "A", BigDecimal.ONE))
                .build();

        assertThat(validator.withCatalog(vendor).validate(session).findings()).isEmpty();
    }

    @Test
    void neverEchoesAValueThatIsNotShapedLikeACode() {
        InjectionSession session = Sessions.builder()
                .addSite(InjectionSite.injected("Jane Doe 1970-01-01", Laterality.LEFT, 1, "A", BigDecimal.ONE))
                .build();

        ValidationReport report = validator.validate(session);

        assertThat(report.withCode("unknown-muscle"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).doesNotContain("Jane").doesNotContain("1970"));
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.message()).doesNotContain("Jane"));
    }

    static Stream<Arguments> typos() {
        return Stream.of(
                Arguments.of("muscle \"trapezeus\" is not known; did you mean \"trapezius\"?", (UnaryOperator<
                                InjectionSession.Builder>)
                        b -> b.addSite(InjectionSite.injected("trapezeus", Laterality.LEFT, 1, "A", BigDecimal.ONE))),
                Arguments.of(
                        "product \"lidocaine-10mg-mll\" is not known; did you mean \"lidocaine-10mg-ml\"?",
                        (UnaryOperator<InjectionSession.Builder>) b -> b.preparations(List.of(Preparation.of(
                                "A",
                                Sessions.liquid("lidocaine-10mg-ml", "4"),
                                Sessions.liquid("lidocaine-10mg-mll", "1"))))),
                Arguments.of(
                        "complication \"hematomma\" is not known; did you mean \"hematoma\"?",
                        (UnaryOperator<InjectionSession.Builder>) b -> b.addComplications("hematomma")),
                Arguments.of(
                        "allergy class \"amide-local-anaesthetic\" is not known; did you mean \"amide-local-anesthetic\"?",
                        (UnaryOperator<InjectionSession.Builder>) b -> b.patientFactors(new PatientFactors(
                                new BigDecimal("72"), List.of("amide-local-anaesthetic"), false, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("typos")
    void suggestsTheKnownSlugATypoWasMeantToBe(String message, UnaryOperator<InjectionSession.Builder> change) {
        InjectionSession session = change.apply(Sessions.builderWithRoom()).build();

        assertThat(validator.validate(session).errors()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo(message));
    }

    @Test
    void suggestsNothingWhenNoKnownSlugIsNear() {
        InjectionSession session = Sessions.builderWithRoom()
                .addSite(InjectionSite.injected("biceps-femoris", Laterality.LEFT, 1, "A", BigDecimal.ONE))
                .build();

        assertThat(validator.validate(session).errors()).singleElement().satisfies(f -> assertThat(f.message())
                .doesNotContain("did you mean")
                .endsWith("use a slug from the catalogue in use, or add the entry to the catalogue"));
    }
}
