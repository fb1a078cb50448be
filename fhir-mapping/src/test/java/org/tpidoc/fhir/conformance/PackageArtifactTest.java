package org.tpidoc.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.util.FhirTerser;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.NpmPackageValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.PrePopulatedValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.UnknownCodeSystemWarningValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StructureDefinition;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.json.SessionJson;
import org.tpidoc.testkit.Example;
import org.tpidoc.testkit.Examples;

/**
 * The NPM package the build writes and attaches ({@code tpidoc-fhir-package-<version>.tgz}, system property
 * {@code tpidoc.fhirPackage}), read as a FHIR tool reads it: from the file alone, never from our classes.
 */
class PackageArtifactTest {

    private static final FhirContext CONTEXT = Fhir.context();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String BASE = MappingOptions.DEFAULT_CANONICAL_BASE;
    /** The copy of the package on the tests' class path (the build puts it there). */
    private static final String ON_CLASSPATH = "classpath:tpidoc-fhir-package.tgz";

    private static final Path FILE = builtPackage();
    /** The package's files by their path in the archive ({@code package/package.json}, ...). */
    private static final Map<String, byte[]> ENTRIES = entries(FILE);

    /** How a FHIR tool loads the package into a validator. */
    enum Loader {
        /** The HL7 core library reads the file; every resource its index lists goes into a pre-populated support. */
        FILE_THROUGH_NPM_PACKAGE {
            @Override
            IValidationSupport load() throws IOException {
                PrePopulatedValidationSupport support = new PrePopulatedValidationSupport(CONTEXT);
                NpmPackage npm;
                try (InputStream in = Files.newInputStream(FILE)) {
                    npm = NpmPackage.fromPackage(in);
                }
                IParser parser = CONTEXT.newJsonParser();
                for (String type : List.of("CodeSystem", "ValueSet", "StructureDefinition")) {
                    for (String file : npm.listResources(type)) {
                        try (InputStream in = npm.loadResource(file)) {
                            support.addResource(parser.parseResource(in));
                        }
                    }
                }
                return support;
            }
        },
        /** HAPI's own NPM loader, unchanged, from the copy on the class path. */
        HAPI_NPM_PACKAGE_VALIDATION_SUPPORT {
            @Override
            IValidationSupport load() throws IOException {
                NpmPackageValidationSupport support = new NpmPackageValidationSupport(CONTEXT);
                support.loadPackageFromClasspath(ON_CLASSPATH);
                return support;
            }
        };

        /** The package as a validation support. */
        abstract IValidationSupport load() throws IOException;
    }

    @Test
    void manifestNamesThePackageItsVersionCanonicalBaseAndTheR4Core() throws IOException {
        JsonNode manifest = JSON.readTree(entry("package/package.json"));

        assertThat(manifest.path("name").asText()).isEqualTo("tpidoc.fhir");
        assertThat(manifest.path("version").asText()).isEqualTo(System.getProperty("tpidoc.version"));
        assertThat(FILE.getFileName())
                .hasToString("tpidoc-fhir-package-" + System.getProperty("tpidoc.version") + ".tgz");
        assertThat(manifest.path("canonical").asText()).isEqualTo(BASE);
        assertThat(JSON.writeValueAsString(manifest.path("fhirVersions"))).isEqualTo("[\"4.0.1\"]");
        assertThat(JSON.writeValueAsString(manifest.path("dependencies")))
                .isEqualTo("{\"hl7.fhir.r4.core\":\"4.0.1\"}");
    }

    @Test
    void indexListsEveryFileWithItsTypeIdAndUrl() throws IOException {
        Map<String, JsonNode> listed = new TreeMap<>();
        for (JsonNode file : JSON.readTree(entry("package/.index.json")).path("files")) {
            listed.put(file.path("filename").asText(), file);
        }

        assertThat(listed.keySet()).isEqualTo(resourceFileNames());
        for (Map.Entry<String, JsonNode> file : listed.entrySet()) {
            JsonNode resource = JSON.readTree(entry("package/" + file.getKey()));
            for (String field : List.of("resourceType", "id", "url")) {
                assertThat(file.getValue().path(field).asText())
                        .as("%s of %s in .index.json", field, file.getKey())
                        .isNotBlank()
                        .isEqualTo(resource.path(field).asText());
            }
        }
    }

    @Test
    void holdsOurCodeSystemsValueSetsExtensionsAndProfilesUnderTheCanonicalBase() {
        Map<String, Integer> byKind = new TreeMap<>();
        for (Resource resource : resources()) {
            String kind = resource instanceof StructureDefinition definition
                    ? (definition.getType().equals("Extension") ? "extension" : "profile")
                    : resource.fhirType();
            byKind.merge(kind, 1, Integer::sum);
            assertThat(url(resource)).startsWith(BASE + "/" + resource.fhirType() + "/");
        }

        assertThat(byKind).containsOnlyKeys("CodeSystem", "ValueSet", "extension", "profile");
    }

    @Test
    void everyStructureDefinitionHasASnapshot() {
        List<StructureDefinition> definitions = resources().stream()
                .filter(StructureDefinition.class::isInstance)
                .map(StructureDefinition.class::cast)
                .toList();

        assertThat(definitions).isNotEmpty().allSatisfy(definition -> assertThat(
                        definition.getSnapshot().getElement())
                .as(definition.getUrl())
                .isNotEmpty()
                .first()
                .satisfies(root -> assertThat(root.getPath()).isEqualTo(definition.getType())));
    }

    @ParameterizedTest
    @EnumSource(Loader.class)
    void theValidExamplesExportValidatesWithoutErrorsAgainstThePackageAlone(Loader loader) throws IOException {
        FhirValidator validator = validator(loader.load());
        List<String> errors = new ArrayList<>();
        int validated = 0;
        for (Example example : Examples.valid()) {
            for (Resource resource : exported(example)) {
                validated++;
                for (SingleValidationMessage message :
                        validator.validateWithResult(resource).getMessages()) {
                    if (message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()) {
                        errors.add(example + " " + message.getLocationString() + ": " + message.getMessage());
                    }
                }
            }
        }

        assertThat(validated).isGreaterThan(Examples.valid().size());
        assertThat(errors).isEmpty();
    }

    @Test
    void withoutThePackageTheSameValidatorRejectsOurExtensions() {
        FhirValidator validator = validator(new PrePopulatedValidationSupport(CONTEXT));
        Resource procedure = exported(Examples.named(Examples.NECK_SHOULDER)).get(0);

        assertThat(validator.validateWithResult(procedure).getMessages())
                .filteredOn(message -> message.getSeverity() == ResultSeverityEnum.ERROR)
                .extracting(SingleValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains(BASE + "/StructureDefinition/"));
    }

    @Test
    void listsEveryProfileAndExtensionOfOursTheExportUses() {
        Set<String> profiles = new TreeSet<>();
        Set<String> extensions = new TreeSet<>();
        FhirTerser terser = CONTEXT.newTerser();
        for (Example example : Examples.valid()) {
            for (Resource resource : everyExported(example)) {
                resource.getMeta().getProfile().stream()
                        .map(CanonicalType::getValue)
                        .forEach(profiles::add);
                terser.getAllPopulatedChildElementsOfType(resource, Extension.class).stream()
                        .map(Extension::getUrl)
                        .filter(url -> url.startsWith(BASE + "/"))
                        .forEach(extensions::add);
            }
        }
        Set<String> listed = new TreeSet<>();
        resources().forEach(resource -> listed.add(url(resource)));

        assertThat(profiles).contains(BASE + "/StructureDefinition/tpi-procedure");
        assertThat(extensions).contains(BASE + "/StructureDefinition/injection-site");
        assertThat(listed).containsAll(profiles).containsAll(extensions);
    }

    /** The strict validator of {@code FhirValidation}, over {@code conformance} and the R4 core alone. */
    private static FhirValidator validator(IValidationSupport conformance) {
        UnknownCodeSystemWarningValidationSupport unknownCodeSystems =
                new UnknownCodeSystemWarningValidationSupport(CONTEXT);
        unknownCodeSystems.setNonExistentCodeSystemSeverity(IValidationSupport.IssueSeverity.WARNING);
        ValidationSupportChain chain = new ValidationSupportChain(
                new DefaultProfileValidationSupport(CONTEXT),
                new CommonCodeSystemsTerminologyService(CONTEXT),
                conformance,
                new InMemoryTerminologyServerValidationSupport(CONTEXT),
                new SnapshotGeneratingValidationSupport(CONTEXT),
                unknownCodeSystems);
        FhirInstanceValidator instanceValidator = new FhirInstanceValidator(chain);
        instanceValidator.setAnyExtensionsAllowed(false);
        return CONTEXT.newValidator().registerValidatorModule(instanceValidator);
    }

    /** The resources of {@code example} one by one, as {@link FhirExporter#toResources} gives them. */
    private static List<Resource> exported(Example example) {
        return FhirExporter.standard().toResources(SessionJson.standard().read(example.text()));
    }

    /** The resources of {@code example}, and those only a document bundle holds (composition, stand-ins). */
    private static List<Resource> everyExported(Example example) {
        Bundle document =
                FhirExporter.standard().toBundle(SessionJson.standard().read(example.text()), BundleKind.DOCUMENT);
        return Stream.concat(
                        exported(example).stream(),
                        document.getEntry().stream().map(Bundle.BundleEntryComponent::getResource))
                .toList();
    }

    /** The package's resources, parsed from its files (those of {@code package/} but the manifest and index). */
    private static List<Resource> resources() {
        IParser parser = CONTEXT.newJsonParser();
        return resourceFileNames().stream()
                .map(file ->
                        (Resource) parser.parseResource(new String(entry("package/" + file), StandardCharsets.UTF_8)))
                .toList();
    }

    /** The resource files of {@code package/}: every JSON file there but the manifest and the index. */
    private static Set<String> resourceFileNames() {
        Set<String> names = new TreeSet<>();
        for (String path : ENTRIES.keySet()) {
            String name = path.substring(path.indexOf('/') + 1);
            if (path.startsWith("package/")
                    && !name.contains("/")
                    && name.endsWith(".json")
                    && !name.equals("package.json")
                    && !name.equals(".index.json")) {
                names.add(name);
            }
        }
        assertThat(names).as("resource files of %s", FILE).isNotEmpty();
        return names;
    }

    private static String url(Resource resource) {
        return CONTEXT.newTerser().getSinglePrimitiveValueOrNull(resource, "url");
    }

    private static byte[] entry(String path) {
        byte[] bytes = ENTRIES.get(path);
        assertThat(bytes).as("%s in %s", path, FILE).isNotNull();
        return bytes;
    }

    private static Path builtPackage() {
        String file = System.getProperty("tpidoc.fhirPackage");
        if (file == null || file.isBlank()) {
            throw new IllegalStateException("system property tpidoc.fhirPackage is not set: run the tests with Maven");
        }
        return Path.of(file);
    }

    /** Every file of the gzipped tar {@code file}, read with Apache Commons Compress. */
    private static Map<String, byte[]> entries(Path file) {
        Map<String, byte[]> entries = new TreeMap<>();
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(file))))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    entries.put(entry.getName(), tar.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (built by the fhir-package execution)", e);
        }
        return entries;
    }
}
