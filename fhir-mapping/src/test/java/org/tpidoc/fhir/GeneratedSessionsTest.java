package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Consent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.Muscle;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;

/**
 * 500 generated sessions (every scenario of the generator) exported and validated in all three bundle
 * kinds: about 1,500 validations, some 65–90 ms each once the validator is warm (two minutes on two
 * shared cores). Warnings are summarized by message id, with the time taken, in {@code
 * target/fhir-validation/generated-<kind>.txt}.
 */
class GeneratedSessionsTest {

    private static final int COUNT = 500;
    private static final List<InjectionSession> SESSIONS =
            SessionGenerator.seeded(20261120L).list(COUNT);
    private static final MappingOptions OPTIONS = MappingOptions.defaults();
    private static final FhirExporter EXPORTER = new FhirExporter(OPTIONS);

    @ParameterizedTest
    @EnumSource(BundleKind.class)
    void exportWithoutValidationErrors(BundleKind kind) {
        List<String> errors = new ArrayList<>();
        Map<String, Integer> warnings = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        long started = System.nanoTime();
        int validated = 0;
        for (int i = 0; i < COUNT; i++) {
            FhirValidationResult result = FhirValidation.shared().validate(EXPORTER.toBundle(SESSIONS.get(i), kind));
            validated++;
            int index = i;
            result.errors().forEach(error -> errors.add("session " + index + ": " + error.describe()));
            result.warnings().forEach(warning -> {
                warnings.merge(warning.code(), 1, Integer::sum);
                examples.putIfAbsent(warning.code(), warning.message());
            });
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        List<String> report = new ArrayList<>();
        report.add(kind + ": " + validated + " bundles exported and validated in " + millis + " ms ("
                + millis / validated + " ms each), " + errors.size() + " errors");
        warnings.forEach((id, count) -> report.add("  " + count + " x " + id + ", e.g. " + examples.get(id)));
        BundleChecks.report("generated-" + kind.name().toLowerCase(java.util.Locale.ROOT), report);

        assertThat(errors).isEmpty();
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
