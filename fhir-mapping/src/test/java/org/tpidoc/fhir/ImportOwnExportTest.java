package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Procedure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.api.ImportResult;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.api.MappingOptions.Include;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.synthetic.Defect;
import org.tpidoc.synthetic.SessionGenerator;

/** Our own exports: invalid sessions, other options, other input forms, and exports changed after the fact. */
class ImportOwnExportTest {

    private static final FhirExporter EXPORTER = FhirExporter.standard();
    private static final FhirImporter IMPORTER = FhirImporter.standard();
    private static final InjectionSession SAMPLE = ExampleSessions.read(ExampleSessions.NECK_SHOULDER);

    @ParameterizedTest
    @EnumSource(Defect.class)
    void importsSessionsWithAClinicalDefectBackEqual(Defect defect) {
        for (InjectionSession session :
                SessionGenerator.seeded(61L).withDefects(defect).list(5)) {
            ImportResult result = IMPORTER.importBundle(EXPORTER.toJson(session, BundleKind.COLLECTION));

            assertThat(result.allFindings()).isEmpty();
            assertThat(result.sessionList()).containsExactly(session);
        }
    }

    @Test
    void keepsEveryDigitOfATimeAndItsOffset() {
        InjectionSession precise = SAMPLE.toBuilder()
                .start(SAMPLE.start().withNano(123_456_789))
                .end(SAMPLE.end().withNano(120_000_000).withOffsetSameInstant(java.time.ZoneOffset.UTC))
                .timeOut(new org.tpidoc.session.TimeOut(
                        SAMPLE.timeOut().at().withOffsetSameInstant(java.time.ZoneOffset.ofHoursMinutes(5, 45)), true))
                .build();

        for (BundleKind kind : BundleKind.values()) {
            assertThat(IMPORTER.importBundle(EXPORTER.toJson(precise, kind)).sessionList())
                    .containsExactly(precise);
            assertThat(IMPORTER.importBundle(EXPORTER.toXml(precise, kind)).sessionList())
                    .containsExactly(precise);
        }
    }

    @Test
    void importsWithTheOptionsItWasExportedWith() {
        MappingOptions options = MappingOptions.defaults()
                .withCanonicalBase("https://ehr.example.org/fhir/tpi/")
                .withIdentifierSystem("https://ehr.example.org/sessions")
                .withOrganization(Reference.to("Organization/clinic", "Clinic"));
        FhirExporter exporter = new FhirExporter(options);

        for (BundleKind kind : BundleKind.values()) {
            ImportResult result = new FhirImporter(options).importBundle(exporter.toXml(SAMPLE, kind));

            assertThat(result.allFindings()).isEmpty();
            assertThat(result.sessionList()).containsExactly(SAMPLE);
        }
    }

    @Test
    void leavesOutWhatTheExportLeftOutWithoutFindings() {
        FhirExporter lean = new FhirExporter(MappingOptions.defaults()
                .without(Include.CONSENT)
                .without(Include.PAIN_OBSERVATIONS)
                .without(Include.SITE_OBSERVATIONS)
                .without(Include.PROVENANCE));

        ImportResult result = IMPORTER.importBundle(lean.toJson(SAMPLE, BundleKind.TRANSACTION));

        assertThat(result.allFindings()).isEmpty();
        assertThat(result.sessionList())
                .containsExactly(SAMPLE.toBuilder()
                        .consent(null)
                        .painBefore(null)
                        .painAfter(null)
                        .build());
    }

    @Test
    void readsAnExportUnderAnotherCanonicalBaseAsAnotherSystemsData() {
        FhirExporter other =
                new FhirExporter(MappingOptions.defaults().withCanonicalBase("https://other.example/fhir"));

        ImportResult result = IMPORTER.importBundle(other.toJson(SAMPLE, BundleKind.COLLECTION));

        assertThat(result.sessions()).singleElement().satisfies(imported -> {
            assertThat(imported.needsReview()).isTrue();
            assertThat(imported.session().patient()).isEqualTo(SAMPLE.patient());
            assertThat(imported.session().start()).isEqualTo(SAMPLE.start());
            assertThat(imported.session().sites())
                    .extracting(site -> site.muscle() + "/" + site.laterality().code())
                    .containsExactly("trapezius/left", "levator-scapulae/right");
        });
        assertThat(result.findings(ImportCode.UNMAPPED_ELEMENT.code())).isNotEmpty();
    }

    @Test
    void believesAProcedureMarkedEnteredInErrorAfterTheExport() {
        Bundle bundle = EXPORTER.toBundle(SAMPLE, BundleKind.COLLECTION);
        procedure(bundle).setStatus(Procedure.ProcedureStatus.ENTEREDINERROR);

        ImportResult result = IMPORTER.importBundle(bundle);

        assertThat(result.sessionList()).singleElement().satisfies(s -> assertThat(s.status())
                .isEqualTo(SessionStatus.ENTERED_IN_ERROR));
        assertThat(result.findings(ImportCode.STATUS_CONFLICT.code()))
                .singleElement()
                .satisfies(f -> assertThat(f.path()).isEqualTo("Bundle.entry[0].resource.status"));
        assertThat(result.sessions().get(0).needsReview()).isTrue();
    }

    @Test
    void saysSoWhenAnAdministrationWasRemoved() {
        Bundle bundle = EXPORTER.toBundle(SAMPLE, BundleKind.COLLECTION);
        bundle.getEntry()
                .removeIf(e -> e.getResource().fhirType().equals("MedicationAdministration")
                        && bundle.getEntry().stream()
                                        .filter(o -> o.getResource().fhirType().equals("MedicationAdministration"))
                                        .findFirst()
                                        .orElseThrow()
                                == e);

        ImportResult result = IMPORTER.importBundle(bundle);

        assertThat(result.sessionList()).containsExactly(SAMPLE);
        assertThat(result.findings(ImportCode.INCONSISTENT.code())).hasSize(1);
    }

    @Test
    void importsAParsedBundleAndAStream() throws IOException {
        String json = EXPORTER.toJson(SAMPLE, BundleKind.DOCUMENT);

        assertThat(IMPORTER.importBundle(EXPORTER.toBundle(SAMPLE, BundleKind.DOCUMENT))
                        .sessionList())
                .containsExactly(SAMPLE);
        assertThat(IMPORTER.importBundle(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))
                        .sessionList())
                .containsExactly(SAMPLE);
    }

    @Test
    void importsEveryExportOfACollectionOfBundles() {
        List<InjectionSession> sessions = SessionGenerator.seeded(3L).list(3);
        Bundle collection = new Bundle().setType(Bundle.BundleType.COLLECTION);
        sessions.forEach(s -> collection.addEntry().setResource(EXPORTER.toBundle(s, BundleKind.TRANSACTION)));

        ImportResult result =
                IMPORTER.importBundle(Fhir.context().newJsonParser().encodeResourceToString(collection));

        assertThat(result.allFindings()).isEmpty();
        assertThat(result.sessionList()).containsExactlyElementsOf(sessions);
        assertThat(result.sessions().get(1).source()).isEqualTo("Bundle.entry[1].resource.entry[0].resource");
    }

    @Test
    void isSharedSafelyByThreads() throws Exception {
        List<InjectionSession> sessions = SessionGenerator.seeded(11L).list(80);
        List<String> bundles = new ArrayList<>();
        for (int i = 0; i < sessions.size(); i++) {
            bundles.add(
                    i % 2 == 0
                            ? EXPORTER.toJson(sessions.get(i), BundleKind.TRANSACTION)
                            : EXPORTER.toXml(sessions.get(i), BundleKind.DOCUMENT));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<InjectionSession>> futures = new ArrayList<>();
            for (String bundle : bundles) {
                futures.add(pool.submit(
                        () -> IMPORTER.importBundle(bundle).sessionList().get(0)));
            }
            for (int i = 0; i < sessions.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(sessions.get(i));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static Procedure procedure(Bundle bundle) {
        return bundle.getEntry().stream()
                .map(BundleEntryComponent::getResource)
                .filter(Procedure.class::isInstance)
                .map(Procedure.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
