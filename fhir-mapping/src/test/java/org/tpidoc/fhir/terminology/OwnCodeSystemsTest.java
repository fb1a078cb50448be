package org.tpidoc.fhir.terminology;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeSystem.ConceptDefinitionComponent;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.catalog.AllergyClass;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.fhir.ExampleSessions;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.FhirValidation;
import org.tpidoc.fhir.FhirValidationResult;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.Needling;
import org.tpidoc.session.SkinPreparation;
import org.tpidoc.session.Technique;
import org.tpidoc.session.Tolerance;
import org.tpidoc.session.TwitchResponse;

class OwnCodeSystemsTest {

    private static final MappingOptions OPTIONS = MappingOptions.defaults();
    private static final Catalog CATALOG = Catalog.builtIn();
    private static final Map<String, CodeSystem> BY_URL = OwnCodeSystems.of(OPTIONS, CATALOG).stream()
            .collect(Collectors.toMap(CodeSystem::getUrl, Function.identity()));

    static List<CodeSystem> systems() {
        return OwnCodeSystems.of(OPTIONS, CATALOG);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("systems")
    void generatesACompleteActiveCodeSystemThatValidatesWithoutErrors(CodeSystem system) {
        FhirValidationResult result = FhirValidation.shared().validate(system);

        assertThat(result.errors()).isEmpty();
        assertThat(system.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
        assertThat(system.getContent()).isEqualTo(CodeSystem.CodeSystemContentMode.COMPLETE);
        assertThat(system.getCaseSensitive()).isTrue();
        assertThat(system.getConcept()).isNotEmpty().allSatisfy(concept -> {
            assertThat(concept.getCode()).isNotBlank();
            assertThat(concept.getDisplay()).isNotBlank();
        });
        assertThat(system.getCount()).isEqualTo(system.getConcept().size());
    }

    @ParameterizedTest(name = "{0} has {1} concepts")
    @CsvSource({
        "procedure,        2",
        "drug-class,       6",
        "twitch-response,  3",
        "guidance,         2",
        "needling,         2",
        "tolerance,        3",
        "position,         4",
        "container-kind,   2",
    })
    void takesEnumeratedCodesFromTheirEnums(String name, int size) {
        assertThat(concepts(name)).hasSize(size);
    }

    @Test
    void takesEveryCodeFromItsSingleSource() {
        assertThat(codes("procedure")).containsExactly("trigger-point-injection", "dry-needling");
        assertThat(codes("muscle")).containsExactlyElementsOf(slugs(CATALOG.muscles(), m -> m.slug()));
        assertThat(codes("product")).containsExactlyElementsOf(slugs(CATALOG.products(), p -> p.slug()));
        assertThat(codes("risk")).containsExactlyElementsOf(slugs(CATALOG.risks(), r -> r.slug()));
        assertThat(codes("complication")).containsExactlyElementsOf(slugs(CATALOG.complications(), c -> c.slug()));
        assertThat(codes("finding")).containsExactlyElementsOf(slugs(CATALOG.findings(), f -> f.slug()));
        assertThat(codes("prior-therapy")).containsExactlyElementsOf(slugs(CATALOG.priorTherapies(), t -> t.slug()));
        assertThat(codes("drug-class"))
                .containsExactlyElementsOf(slugs(List.of(AllergyClass.values()), AllergyClass::code))
                .containsAll(slugs(List.of(DrugClass.values()), DrugClass::code))
                .contains("chlorhexidine", "iodine");
        assertThat(codes("twitch-response"))
                .containsExactlyElementsOf(slugs(List.of(TwitchResponse.values()), TwitchResponse::code));
        assertThat(codes("skin-preparation"))
                .containsExactlyElementsOf(slugs(List.of(SkinPreparation.values()), SkinPreparation::code));
        assertThat(codes("guidance")).containsExactlyElementsOf(slugs(List.of(Guidance.values()), Guidance::code));
        assertThat(codes("needling")).containsExactlyElementsOf(slugs(List.of(Needling.values()), Needling::code));
        assertThat(codes("tolerance")).containsExactlyElementsOf(slugs(List.of(Tolerance.values()), Tolerance::code));
        assertThat(codes("position")).containsExactly("sitting", "prone", "supine", "side-lying");
        assertThat(codes("container-kind")).containsExactly("single-dose", "multi-dose");
        assertThat(Technique.values()).hasSize(2);
    }

    @Test
    void placesEverySystemUnderTheConfiguredCanonicalBase() {
        MappingOptions elsewhere = OPTIONS.withCanonicalBase("https://clinic.example.org/fhir/");

        assertThat(OwnCodeSystems.of(elsewhere, CATALOG))
                .extracting(CodeSystem::getUrl)
                .allSatisfy(url -> assertThat(url).startsWith("https://clinic.example.org/fhir/CodeSystem/"));
    }

    @Test
    void namesEverySystemForMachines() {
        assertThat(OwnCodeSystems.machineName("prior-therapy")).isEqualTo("TpidocPriorTherapy");
        assertThat(systems()).extracting(CodeSystem::getName).allMatch(name -> name.matches("[A-Z][A-Za-z0-9_]*"));
    }

    @Test
    void coversEveryOwnCodingTheExportWritesWithItsDisplay() {
        FhirExporter exporter = new FhirExporter(OPTIONS, CATALOG);
        String base = OPTIONS.canonicalBase() + "/CodeSystem/";
        Map<String, String> mismatches = new TreeMap<>();
        int seen = 0;
        for (String file : ExampleSessions.valid()) {
            for (BundleKind kind : BundleKind.values()) {
                for (Coding coding : codings(exporter.toBundle(ExampleSessions.read(file), kind))) {
                    if (!coding.hasSystem() || !coding.getSystem().startsWith(base)) {
                        continue;
                    }
                    seen++;
                    CodeSystem system = BY_URL.get(coding.getSystem());
                    String key = coding.getSystem() + "#" + coding.getCode();
                    String display = system == null ? null : display(system, coding.getCode());
                    // Observation.code capitalises the finding's catalogue name (local twitch response); the
                    // golden files pin that, so displays agree here up to case.
                    if (display == null || !display.equalsIgnoreCase(coding.getDisplay())) {
                        mismatches.put(key, coding.getDisplay() + " (code system: " + display + ")");
                    }
                }
            }
        }

        assertThat(seen).isPositive();
        assertThat(mismatches).isEmpty();
    }

    private static List<Coding> codings(Base element) {
        List<Coding> found = new ArrayList<>();
        if (element instanceof Coding coding) {
            found.add(coding);
        }
        element.children().forEach(property -> property.getValues().forEach(child -> found.addAll(codings(child))));
        return found;
    }

    private static String display(CodeSystem system, String code) {
        return system.getConcept().stream()
                .filter(concept -> concept.getCode().equals(code))
                .map(ConceptDefinitionComponent::getDisplay)
                .findFirst()
                .orElse(null);
    }

    private static List<ConceptDefinitionComponent> concepts(String name) {
        return BY_URL.get(OPTIONS.codeSystem(name)).getConcept();
    }

    private static List<String> codes(String name) {
        return concepts(name).stream().map(ConceptDefinitionComponent::getCode).toList();
    }

    private static <T> List<String> slugs(Collection<T> entries, Function<T, String> slug) {
        return entries.stream().map(slug).toList();
    }
}
