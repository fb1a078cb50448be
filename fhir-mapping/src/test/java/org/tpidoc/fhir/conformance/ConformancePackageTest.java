package org.tpidoc.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport.ValueSetExpansionOutcome;
import ca.uhn.fhir.context.support.ValidationSupportContext;
import ca.uhn.fhir.context.support.ValueSetExpansionOptions;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeSystem;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ElementDefinition;
import org.hl7.fhir.r4.model.ElementDefinition.TypeRefComponent;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.r4.model.UriType;
import org.hl7.fhir.r4.model.ValueSet;
import org.hl7.fhir.r4.model.ValueSet.ConceptSetComponent;
import org.junit.jupiter.api.Test;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.catalog.Region;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;
import org.tpidoc.testkit.Example;
import org.tpidoc.testkit.Examples;

/**
 * The content of the built-in {@link ConformancePackage}: it defines exactly the extensions and profiles the
 * mappers name, and everything the export emits (the shared valid examples and 100 generated sessions, in every
 * bundle kind and as NDJSON resources); its bindings and value sets resolve inside it; a configured canonical
 * base and a vendor's catalogue reach every definition.
 */
class ConformancePackageTest {

    private static final MappingOptions OPTIONS = MappingOptions.defaults();
    private static final String OUR_BASE = OPTIONS.canonicalBase() + "/";
    private static final ConformancePackage PACKAGE = ConformancePackage.builtIn();
    private static final List<Exported> EXPORTED = exports();
    /** The R4 core definitions, for expanding value sets. */
    private static final DefaultProfileValidationSupport CORE = new DefaultProfileValidationSupport(Fhir.context());

    /** One exported resource, and where it comes from, e.g. {@code session 7 as DOCUMENT}. */
    record Exported(String source, Resource resource) {

        @Override
        public String toString() {
            return source + ": " + resource.fhirType() + "/"
                    + resource.getIdElement().getIdPart();
        }
    }

    @Test
    void writesTheSamePackageBytesEveryTime() throws IOException {
        byte[] first = PACKAGE.toTgz();

        assertThat(ConformancePackage.builtIn().toTgz()).isEqualTo(first);
        assertThat(ConformancePackage.read(new ByteArrayInputStream(first)))
                .hasSize(PACKAGE.resources().size());
    }

    @Test
    void shippedPackageHoldsWhatTheBuiltInOneBuildsKindByKind() {
        ConformancePackage shipped = ConformancePackage.shipped();
        IParser json = Fhir.context().newJsonParser();

        assertThat(shipped.canonical()).isEqualTo(PACKAGE.canonical());
        assertThat(shipped.version()).isEqualTo(PACKAGE.version());
        assertThat(byId(shipped.codeSystems(), json)).isEqualTo(byId(PACKAGE.codeSystems(), json));
        assertThat(byId(shipped.valueSets(), json)).isEqualTo(byId(PACKAGE.valueSets(), json));
        assertThat(byId(shipped.extensions(), json)).isEqualTo(byId(PACKAGE.extensions(), json));
        assertThat(byId(shipped.profiles(), json)).isEqualTo(byId(PACKAGE.profiles(), json));
    }

    private static Map<String, String> byId(List<? extends Resource> resources, IParser json) {
        return resources.stream()
                .collect(Collectors.toMap(
                        r -> r.getIdElement().getIdPart(),
                        r -> json.encodeResourceToString(r.copy().setMeta(null))));
    }

    @Test
    void definesExactlyOurExtensionsUnderTheDefaultBase() {
        assertThat(urls(PACKAGE.extensions()))
                .containsExactlyInAnyOrderElementsOf(
                        Extensions.OWN.stream().map(OPTIONS::extension).toList());
    }

    @Test
    void definesExactlyOurProfilesUnderTheDefaultBase() {
        assertThat(urls(PACKAGE.profiles()))
                .containsExactlyInAnyOrderElementsOf(
                        Profiles.ALL.stream().map(OPTIONS::profile).toList());
    }

    @Test
    void definesTheOneProfileOfItsTypeEveryExportedResourceDeclares() {
        Map<String, String> typeOfProfile = PACKAGE.profiles().stream()
                .collect(Collectors.toMap(StructureDefinition::getUrl, StructureDefinition::getType));
        Set<String> types = new TreeSet<>();

        for (Exported exported : EXPORTED) {
            List<String> declared = exported.resource().getMeta().getProfile().stream()
                    .map(CanonicalType::getValue)
                    .toList();
            assertThat(declared).as("%s declares", exported).singleElement().isIn(typeOfProfile.keySet());
            assertThat(typeOfProfile.get(declared.get(0)))
                    .as("the type of the profile %s declares", exported)
                    .isEqualTo(exported.resource().fhirType());
            types.add(exported.resource().fhirType());
        }
        assertThat(types)
                .as("resource types checked")
                .contains("Procedure", "Composition", "Patient", "Provenance", "MedicationAdministration");
    }

    @Test
    void definesEveryExtensionOfOurBaseTheExportCarries() {
        Set<String> defined = Set.copyOf(urls(PACKAGE.extensions()));
        Set<String> carried = new TreeSet<>();

        for (Exported exported : EXPORTED) {
            for (String url : extensionUrls(exported.resource())) {
                if (url.startsWith(OUR_BASE)) {
                    assertThat(url).as("an extension %s carries", exported).isIn(defined);
                    carried.add(url);
                }
            }
        }
        assertThat(carried).as("our extensions carried").isNotEmpty();
    }

    @Test
    void definesNoExtensionTheExportNeverCarries() {
        Set<String> carried = new TreeSet<>();
        EXPORTED.forEach(exported -> carried.addAll(extensionUrls(exported.resource())));

        assertThat(carried).containsAll(urls(PACKAGE.extensions()));
    }

    @Test
    void resolvesEveryBindingOfOurBaseToAValueSetOfThePackage() {
        List<String> bindings = bindings(PACKAGE).stream()
                .filter(url -> url.startsWith(OUR_BASE))
                .toList();

        assertThat(bindings).as("bindings to our value sets").isNotEmpty();
        assertThat(urls(PACKAGE.valueSets())).containsAll(bindings);
    }

    @Test
    void drawsItsValueSetsFromExactlyItsOwnCodeSystems() {
        List<String> systems = PACKAGE.valueSets().stream()
                .flatMap(valueSet -> valueSet.getCompose().getInclude().stream())
                .map(ConceptSetComponent::getSystem)
                .filter(system -> system.startsWith(OUR_BASE))
                .toList();

        assertThat(Set.copyOf(systems)).isEqualTo(Set.copyOf(urls(PACKAGE.codeSystems())));
    }

    @Test
    void putsEveryUrlUnderAConfiguredCanonicalBase() {
        String base = "https://example.org/fhir";
        ConformancePackage rebased = ConformancePackage.of(OPTIONS.withCanonicalBase(base), Catalog.builtIn());

        assertThat(rebased.canonical()).isEqualTo(base);
        assertThat(urls(rebased.resources()))
                .hasSize(PACKAGE.resources().size())
                .allSatisfy(url -> assertThat(url).startsWith(base + "/"));
        assertThat(bindings(rebased))
                .anySatisfy(url -> assertThat(url).startsWith(base + "/ValueSet/"))
                .allMatch(url -> url.startsWith(base + "/ValueSet/") || fromHl7(url));
        assertThat(typeProfiles(rebased))
                .anySatisfy(url -> assertThat(url).startsWith(base + "/StructureDefinition/"))
                .allMatch(url -> url.startsWith(base + "/StructureDefinition/") || fromHl7(url));
        assertThat(rebased.extensions()).allSatisfy(extension -> assertThat(fixedUrls(extension))
                .contains(extension.getUrl())
                .filteredOn(url -> url.contains(":"))
                .containsOnly(extension.getUrl()));
        List<String> systems = rebased.valueSets().stream()
                .flatMap(valueSet -> valueSet.getCompose().getInclude().stream())
                .map(ConceptSetComponent::getSystem)
                .toList();
        assertThat(systems)
                .anySatisfy(system -> assertThat(system).startsWith(base + "/CodeSystem/"))
                .noneMatch(system -> system.startsWith(OUR_BASE));
        for (Resource resource : rebased.resources()) {
            assertThat(Fhir.context().newJsonParser().encodeResourceToString(resource))
                    .as("%s/%s", resource.fhirType(), resource.getIdElement().getIdPart())
                    .doesNotContain(MappingOptions.DEFAULT_CANONICAL_BASE);
        }
    }

    @Test
    void listsAVendorsMuscleInTheMuscleCodeSystemAndTheMuscleSiteValueSet() {
        Catalog vendor = Catalog.builder(Catalog.builtIn())
                .muscle(new Muscle("rectus-femoris", "rectus femoris", Region.LEG, false, null))
                .build();
        ConformancePackage withVendorMuscle = ConformancePackage.of(OPTIONS, vendor);
        String muscle = OPTIONS.codeSystem(OwnCodes.MUSCLE) + "#rectus-femoris";

        assertThat(codes(codeSystem(PACKAGE, OwnCodes.MUSCLE))).doesNotContain(muscle);
        assertThat(codes(codeSystem(withVendorMuscle, OwnCodes.MUSCLE))).contains(muscle);
        assertThat(muscleSites(PACKAGE))
                .doesNotContain(muscle)
                .contains(OPTIONS.codeSystem(OwnCodes.MUSCLE) + "#trapezius");
        assertThat(muscleSites(withVendorMuscle)).contains(muscle);
    }

    @Test
    void fixesTheLoincPainSeverityCodeOnThePainScore() {
        StructureDefinition painScore = PACKAGE.profiles().stream()
                .filter(profile -> profile.getUrl().equals(OPTIONS.profile(Profiles.PAIN_SCORE)))
                .findFirst()
                .orElseThrow();
        ElementDefinition code = painScore.getSnapshot().getElement().stream()
                .filter(element -> element.getId().equals("Observation.code"))
                .findFirst()
                .orElseThrow();

        assertThat(FixedConcepts.PAIN_SEVERITY.code()).isEqualTo("72514-3");
        assertThat(code.getMin()).isEqualTo(1);
        assertThat(code.hasFixed()).isFalse();
        assertThat(code.getPattern())
                .isInstanceOfSatisfying(CodeableConcept.class, pattern -> assertThat(pattern.getCoding())
                        .singleElement()
                        .satisfies(coding -> {
                            assertThat(coding.getSystem()).isEqualTo(FixedConcepts.PAIN_SEVERITY.system());
                            assertThat(coding.getCode()).isEqualTo(FixedConcepts.PAIN_SEVERITY.code());
                        }));
    }

    /** Every resource the export emits for the valid examples and 100 generated sessions, in every form. */
    private static List<Exported> exports() {
        FhirExporter exporter = FhirExporter.standard();
        List<Exported> all = new ArrayList<>();
        for (Example example : Examples.valid()) {
            addExports(all, exporter, example.name(), SessionJson.standard().read(example.text()));
        }
        List<InjectionSession> generated = SessionGenerator.seeded(20261120L).list(100);
        for (int i = 0; i < generated.size(); i++) {
            addExports(all, exporter, "session " + i, generated.get(i));
        }
        return List.copyOf(all);
    }

    private static void addExports(List<Exported> all, FhirExporter exporter, String name, InjectionSession session) {
        for (BundleKind kind : BundleKind.values()) {
            for (Bundle.BundleEntryComponent entry :
                    exporter.toBundle(session, kind).getEntry()) {
                all.add(new Exported(name + " as " + kind, entry.getResource()));
            }
        }
        for (Resource resource : exporter.toResources(session)) {
            all.add(new Exported(name + " as NDJSON", resource));
        }
    }

    /**
     * Whether {@code url} is HL7's: a definition of the core specification, or a value set of HL7 terminology that
     * one of its elements is bound to, which a snapshot inherits (e.g. the binding of {@code status}).
     */
    private static boolean fromHl7(String url) {
        return url.startsWith("http://hl7.org/fhir/") || url.startsWith("http://terminology.hl7.org/");
    }

    /** The URL of every extension in {@code resource}, at any depth (a complex extension's parts included). */
    private static List<String> extensionUrls(Resource resource) {
        FhirTerser terser = Fhir.context().newTerser();
        return terser.getAllPopulatedChildElementsOfType(resource, Extension.class).stream()
                .map(Extension::getUrl)
                .toList();
    }

    private static List<String> urls(List<? extends Resource> resources) {
        return resources.stream()
                .map(resource -> ((MetadataResource) resource).getUrl())
                .toList();
    }

    /** The snapshot and differential elements of every StructureDefinition of {@code conformance}. */
    private static Stream<ElementDefinition> elements(ConformancePackage conformance) {
        return Stream.concat(conformance.extensions().stream(), conformance.profiles().stream())
                .flatMap(definition -> Stream.concat(
                        definition.getSnapshot().getElement().stream(),
                        definition.getDifferential().getElement().stream()));
    }

    /** The value set of every binding of {@code conformance}'s StructureDefinitions. */
    private static List<String> bindings(ConformancePackage conformance) {
        return elements(conformance)
                .filter(element -> element.hasBinding() && element.getBinding().hasValueSet())
                .map(element -> element.getBinding().getValueSet())
                .toList();
    }

    /** Every profile and target profile of every type of {@code conformance}'s StructureDefinitions. */
    private static List<String> typeProfiles(ConformancePackage conformance) {
        return elements(conformance)
                .flatMap(element -> element.getType().stream())
                .flatMap((TypeRefComponent type) ->
                        Stream.concat(type.getProfile().stream(), type.getTargetProfile().stream()))
                .map(CanonicalType::getValue)
                .toList();
    }

    /**
     * The fixed {@code url} values of an extension's differential: its own, and its parts' (plain names, e.g.
     * {@code muscle}).
     */
    private static List<String> fixedUrls(StructureDefinition extension) {
        return extension.getDifferential().getElement().stream()
                .filter(element -> element.getPath().endsWith(".url") && element.hasFixed())
                .map(element -> ((UriType) element.getFixed()).getValue())
                .toList();
    }

    private static CodeSystem codeSystem(ConformancePackage conformance, String name) {
        return conformance.codeSystems().stream()
                .filter(system -> system.getUrl().equals(OPTIONS.codeSystem(name)))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> codes(CodeSystem system) {
        return system.getConcept().stream()
                .map(concept -> system.getUrl() + "#" + concept.getCode())
                .toList();
    }

    /** The codes of the muscle-site value set, expanded by HAPI over the package's own code systems. */
    private static List<String> muscleSites(ConformancePackage conformance) {
        PrePopulatedValidationSupport loaded = new PrePopulatedValidationSupport(Fhir.context());
        conformance.resources().forEach(loaded::addResource);
        ValidationSupportChain chain = new ValidationSupportChain(
                CORE, loaded, new InMemoryTerminologyServerValidationSupport(Fhir.context()));
        ValueSetExpansionOutcome outcome = chain.expandValueSet(
                new ValidationSupportContext(chain),
                new ValueSetExpansionOptions(),
                OPTIONS.valueSet(ValueSets.MUSCLE_SITE));
        assertThat(outcome).isNotNull();
        assertThat(outcome.getError()).isNull();
        return ((ValueSet) Objects.requireNonNull(outcome.getValueSet()))
                .getExpansion().getContains().stream()
                        .map(contains -> contains.getSystem() + "#" + contains.getCode())
                        .toList();
    }
}
