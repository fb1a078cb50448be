package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;
import org.tpidoc.terminology.CodeSystems;

/**
 * 500 generated sessions (every scenario of the generator) exported and validated strictly against our
 * profiles. The default build validates each session once, in one of the four forms in turn (transaction,
 * collection and document bundles, and the NDJSON resources on their own): 500 validations, on every core.
 * {@code -Dtpidoc.fullValidation=true} (the {@code full-validation} Maven profile) validates every session in
 * every form: 2,000 validations, about 0.35 s each on a busy core. Warnings are summarized by message id, with
 * the time taken, in {@code target/fhir-validation/generated-<form>.txt}; only the pinned kinds may appear.
 */
class GeneratedSessionsTest {

    private static final int COUNT = 500;
    private static final List<InjectionSession> SESSIONS =
            SessionGenerator.seeded(20261120L).list(COUNT);
    private static final MappingOptions OPTIONS = MappingOptions.defaults();
    private static final FhirExporter EXPORTER = new FhirExporter(OPTIONS);
    private static final boolean FULL = Boolean.getBoolean("tpidoc.fullValidation");
    private static final List<String> FORMS = List.of("transaction", "collection", "document", "ndjson");

    /**
     * The warnings a generated session may carry, by HAPI message id: a code system that cannot be checked
     * offline, R4's consent-policy value set, and HAPI's own failure on the LOINC document type (see
     * docs/fhir-export.md).
     */
    private static final Set<String> EXPECTED_WARNINGS = Set.of(
            "Terminology_PassThrough_TX_Message",
            "Terminology_TX_NoValid_2_CC",
            "Terminology_TX_Error_CodeableConcept");

    /** The code systems a pass-through warning may name: those no offline validator can check. */
    private static final List<String> EXTERNAL_SYSTEMS = List.of(
            CodeSystems.LOINC,
            CodeSystems.RXNORM,
            CodeSystems.CPT,
            CodeSystems.ICD_10_CM,
            CodeSystems.ATC,
            CodeSystems.SNOMED_CT);

    static List<String> forms() {
        return FORMS;
    }

    @ParameterizedTest
    @MethodSource("forms")
    void exportWithoutValidationErrorsAgainstOurProfiles(String form) {
        int formIndex = FORMS.indexOf(form);
        List<Integer> indexes = IntStream.range(0, COUNT)
                .filter(i -> FULL || i % FORMS.size() == formIndex)
                .boxed()
                .toList();
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> warnings = new ConcurrentSkipListMap<>();
        Map<String, String> examples = new ConcurrentSkipListMap<>();
        long started = System.nanoTime();
        indexes.parallelStream().forEach(i -> {
            for (Resource resource : export(form, SESSIONS.get(i))) {
                FhirValidationResult result = FhirValidation.shared().validate(resource);
                result.errors().forEach(error -> errors.add("session " + i + ": " + error.describe()));
                result.warnings().forEach(warning -> {
                    warnings.merge(warning.code(), 1, Integer::sum);
                    examples.putIfAbsent(warning.code(), warning.message());
                    if (warning.code().equals("Terminology_PassThrough_TX_Message")
                            && EXTERNAL_SYSTEMS.stream().noneMatch(warning.message()::contains)) {
                        errors.add("session " + i + ": a warning for a code system we publish: " + warning.describe());
                    }
                });
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<String> report = new ArrayList<>();
        report.add(form + ": " + indexes.size() + " sessions exported and validated in " + millis + " ms, "
                + errors.size() + " errors");
        warnings.forEach((id, count) -> report.add("  " + count + " x " + id + ", e.g. " + examples.get(id)));
        BundleChecks.report("generated-" + form, report);

        assertThat(indexes).hasSizeGreaterThanOrEqualTo(COUNT / FORMS.size());
        assertThat(errors).isEmpty();
        assertThat(warnings.keySet()).isSubsetOf(EXPECTED_WARNINGS);
    }

    private static List<Resource> export(String form, InjectionSession session) {
        if (form.equals("ndjson")) {
            return EXPORTER.toResources(session);
        }
        return List.of(EXPORTER.toBundle(session, BundleKind.valueOf(form.toUpperCase(Locale.ROOT))));
    }

    @Test
    void resolveEveryReferenceAndStateEverySidesInEveryKind() {
        for (InjectionSession session : SESSIONS) {
            for (BundleKind kind : BundleKind.values()) {
                Bundle bundle = EXPORTER.toBundle(session, kind);
                assertThat(BundleChecks.danglingReferences(bundle, session, OPTIONS))
                        .isEmpty();
                assertThat(BundleChecks.bodySitesWithoutLaterality(bundle)).isEmpty();
            }
        }
    }

    @Test
    void discloseThePneumothoraxRiskWheneverAChestWallMuscleWasNeedled() {
        List<InjectionSession> chestWall = SESSIONS.stream()
                .filter(session -> session.sites().stream().anyMatch(site -> Catalog.builtIn()
                        .muscle(site.muscle())
                        .map(Muscle::chestWall)
                        .orElse(false)))
                .toList();

        assertThat(chestWall).isNotEmpty();
        for (InjectionSession session : chestWall) {
            Bundle bundle = EXPORTER.toBundle(session, BundleKind.COLLECTION);
            assertThat(BundleChecks.resources(bundle, Consent.class))
                    .singleElement()
                    .satisfies(consent -> assertThat(
                                    consent.getExtensionsByUrl(OPTIONS.extension(Extensions.DISCLOSED_RISK)))
                            .extracting(e -> ((CodeableConcept) e.getValue())
                                    .getCodingFirstRep()
                                    .getCode())
                            .contains("pneumothorax"));
        }
    }

    @Test
    void exportTheSameBytesTwice() {
        for (InjectionSession session : SESSIONS.subList(0, 50)) {
            assertThat(EXPORTER.toJson(session, BundleKind.DOCUMENT))
                    .isEqualTo(EXPORTER.toJson(session, BundleKind.DOCUMENT));
        }
    }
}
