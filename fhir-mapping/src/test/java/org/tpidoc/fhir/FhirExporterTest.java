package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Composition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.testkit.Example;
import org.tpidoc.testkit.Examples;

class FhirExporterTest {

    private static final MappingOptions OPTIONS = MappingOptions.defaults()
            .withOrganization(org.tpidoc.session.Reference.to("Organization/clinic", "Clinic"));
    private static final FhirExporter EXPORTER = new FhirExporter(OPTIONS);
    private static final List<String> WARNINGS = java.util.Collections.synchronizedList(new ArrayList<>());

    @AfterAll
    static void reportWarnings() {
        BundleChecks.report("examples", List.copyOf(WARNINGS));
    }

    static Stream<Arguments> validExamplesInEveryKind() {
        return ExampleSessions.valid().stream()
                .flatMap(file -> Stream.of(BundleKind.values()).map(kind -> Arguments.of(file, kind)));
    }

    static Stream<Arguments> everyStatusInEveryKind() {
        return Stream.of(SessionStatus.values())
                .flatMap(status -> Stream.of(BundleKind.values()).map(kind -> Arguments.of(status, kind)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("validExamplesInEveryKind")
    void exportsEveryValidExampleWithoutValidationErrors(String file, BundleKind kind) {
        Bundle bundle = EXPORTER.toBundle(ExampleSessions.read(file), kind);

        FhirValidationResult result = FhirValidation.shared().validate(bundle);

        result.warnings().forEach(w -> WARNINGS.add(file + " " + kind + ": " + w.describe()));
        assertThat(result.errors()).isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("everyStatusInEveryKind")
    void exportsASessionOfEveryStatusWithoutValidationErrors(SessionStatus status, BundleKind kind) {
        InjectionSession session = ExampleSessions.read(ExampleSessions.BOTULINUM).toBuilder()
                .status(status)
                .statusReason(status == SessionStatus.ABORTED ? "Patient felt faint" : null)
                .end(
                        status == SessionStatus.IN_PROGRESS
                                ? null
                                : ExampleSessions.read(ExampleSessions.BOTULINUM)
                                        .end())
                .build();

        assertThat(FhirValidation.shared()
                        .validate(EXPORTER.toBundle(session, kind))
                        .errors())
                .isEmpty();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("validExamplesInEveryKind")
    void resolvesEveryInternalReferenceInsideTheBundle(String file, BundleKind kind) {
        InjectionSession session = ExampleSessions.read(file);
        Bundle bundle = EXPORTER.toBundle(session, kind);

        assertThat(BundleChecks.danglingReferences(bundle, session, OPTIONS)).isEmpty();
        assertThat(BundleChecks.internalReferences(bundle, OPTIONS))
                .isNotEmpty()
                .allSatisfy(reference -> assertThat(reference.getReference()).startsWith("urn:uuid:"));
        assertThat(BundleChecks.bodySitesWithoutLaterality(bundle)).isEmpty();
    }

    /** The valid examples whose expectations list FHIR resource counts (only those; never none). */
    static Stream<Example> examplesWithResourceCounts() {
        return Examples.valid().stream().filter(example -> !example.fhirCounts().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examplesWithResourceCounts")
    void emitsTheResourceCountsTheExpectationsList(Example example) {
        Map<String, Integer> counts =
                BundleChecks.counts(EXPORTER.toBundle(ExampleSessions.read(example.file()), BundleKind.COLLECTION));

        Map<String, Integer> emitted = new LinkedHashMap<>();
        example.fhirCounts().keySet().forEach(type -> emitted.put(type, counts.getOrDefault(type, 0)));
        assertThat(emitted).isEqualTo(example.fhirCounts());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.tpidoc.fhir.ExampleSessions#valid")
    void listsPneumothoraxAmongTheConsentRisksWhenAChestWallMuscleWasNeedled(String file) {
        InjectionSession session = ExampleSessions.read(file);
        Bundle bundle = EXPORTER.toBundle(session, BundleKind.COLLECTION);

        assertThat(disclosedRisks(bundle).contains("pneumothorax")).isEqualTo(chestWall(session) || disclosed(session));
    }

    @Test
    void putsEveryTransactionEntryByItsDeterministicIdSoRepostingCreatesNoDuplicates() {
        Bundle bundle = EXPORTER.toBundle(ExampleSessions.read(ExampleSessions.NECK_SHOULDER), BundleKind.TRANSACTION);
        Bundle again = EXPORTER.toBundle(ExampleSessions.read(ExampleSessions.NECK_SHOULDER), BundleKind.TRANSACTION);

        assertThat(bundle.getEntry()).allSatisfy(entry -> {
            String id = entry.getResource().getIdElement().getIdPart();
            assertThat(entry.getFullUrl()).isEqualTo("urn:uuid:" + id);
            assertThat(entry.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT);
            assertThat(entry.getRequest().getUrl())
                    .isEqualTo(entry.getResource().fhirType() + "/" + id);
        });
        assertThat(again.getEntry())
                .extracting(e -> e.getRequest().getUrl())
                .containsExactlyElementsOf(bundle.getEntry().stream()
                        .map(e -> e.getRequest().getUrl())
                        .toList());
    }

    @Test
    void opensADocumentWithItsCompositionAndDatesItFromTheSession() {
        Bundle bundle = EXPORTER.toBundle(ExampleSessions.read(ExampleSessions.NECK_SHOULDER), BundleKind.DOCUMENT);

        assertThat(bundle.getEntryFirstRep().getResource()).isInstanceOf(Composition.class);
        assertThat(bundle.getTimestampElement().getValueAsString()).isEqualTo("2026-11-20T10:35:00-05:00");
        assertThat(bundle.getIdentifier().getValue())
                .isEqualTo("urn:uuid:" + bundle.getIdElement().getIdPart());
        assertThat(bundle.getEntry()).noneMatch(e -> e.hasRequest());
    }

    @Test
    void givesEveryResourceAGeneratedNarrative() {
        for (BundleKind kind : BundleKind.values()) {
            Bundle bundle = EXPORTER.toBundle(ExampleSessions.read(ExampleSessions.BOTULINUM), kind);
            assertThat(bundle.getEntry()).allSatisfy(entry -> {
                DomainResource resource = (DomainResource) entry.getResource();
                assertThat(resource.getText().getStatus())
                        .isEqualTo(org.hl7.fhir.r4.model.Narrative.NarrativeStatus.GENERATED);
                assertThat(resource.getText().getDivAsString()).startsWith("<div");
            });
        }
    }

    @Test
    void givesResourcesOnTheirOwnRelativeReferencesAndNoComposition() {
        List<Resource> resources = EXPORTER.toResources(ExampleSessions.read(ExampleSessions.NECK_SHOULDER));

        assertThat(resources).noneMatch(r -> r instanceof Composition);
        assertThat(resources).allSatisfy(resource -> assertThat(
                        Fhir.context().newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class))
                .allSatisfy(reference -> assertThat(reference.getReference()).doesNotStartWith("urn:")));
    }

    @Test
    void exportsTheSameBytesTwice() {
        for (String file : ExampleSessions.valid()) {
            for (BundleKind kind : BundleKind.values()) {
                InjectionSession session = ExampleSessions.read(file);
                assertThat(EXPORTER.toJson(session, kind)).isEqualTo(new FhirExporter(OPTIONS).toJson(session, kind));
                assertThat(EXPORTER.toXml(session, kind)).isEqualTo(EXPORTER.toXml(session, kind));
            }
        }
    }

    @Test
    void exportsTheSameFromThreadsSharingOneExporter() throws Exception {
        List<InjectionSession> sessions =
                ExampleSessions.valid().stream().map(ExampleSessions::read).toList();
        List<String> expected = new ArrayList<>();
        for (InjectionSession session : sessions) {
            for (BundleKind kind : BundleKind.values()) {
                expected.add(EXPORTER.toJson(session, kind));
            }
        }
        Callable<List<String>> exportAll = () -> {
            List<String> out = new ArrayList<>();
            for (InjectionSession session : sessions) {
                for (BundleKind kind : BundleKind.values()) {
                    out.add(EXPORTER.toJson(session, kind));
                }
            }
            return out;
        };
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> results = pool.invokeAll(List.of(exportAll, exportAll, exportAll, exportAll));
            for (Future<List<String>> result : results) {
                assertThat(result.get()).containsExactlyElementsOf(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void readsBackItsXmlAsTheSameBundle() {
        InjectionSession session = ExampleSessions.read(ExampleSessions.BOTULINUM);
        Bundle fromJson = Fhir.context()
                .newJsonParser()
                .setOverrideResourceIdWithBundleEntryFullUrl(false)
                .parseResource(Bundle.class, EXPORTER.toJson(session, BundleKind.COLLECTION));
        Bundle fromXml = Fhir.context()
                .newXmlParser()
                .setOverrideResourceIdWithBundleEntryFullUrl(false)
                .parseResource(Bundle.class, EXPORTER.toXml(session, BundleKind.COLLECTION));

        // XML carries the narratives' line breaks between elements as spaces: equal but for whitespace.
        assertThat(fromXml.getEntry()).isNotEmpty().hasSameSizeAs(fromJson.getEntry());
        for (int i = 0; i < fromJson.getEntry().size(); i++) {
            DomainResource json = (DomainResource) fromJson.getEntry().get(i).getResource();
            DomainResource xml = (DomainResource) fromXml.getEntry().get(i).getResource();
            assertThat(xml.getText().getDivAsString().replaceAll("\\s+", " "))
                    .isEqualTo(json.getText().getDivAsString().replaceAll("\\s+", " "));
            json.setText(null);
            xml.setText(null);
        }
        assertThat(fromXml.equalsDeep(fromJson)).isTrue();
    }

    private static List<String> disclosedRisks(Bundle bundle) {
        return BundleChecks.resources(bundle, Consent.class).stream()
                .flatMap(c -> c.getExtensionsByUrl(OPTIONS.extension(Extensions.DISCLOSED_RISK)).stream())
                .map(e -> ((CodeableConcept) e.getValue()).getCodingFirstRep().getCode())
                .toList();
    }

    private static boolean chestWall(InjectionSession session) {
        return session.sites().stream().anyMatch(site -> Catalog.builtIn()
                .muscle(site.muscle())
                .map(Muscle::chestWall)
                .orElse(false));
    }

    private static boolean disclosed(InjectionSession session) {
        return session.consent() != null && session.consent().risksDisclosed().contains("pneumothorax");
    }
}
