package org.tpidoc.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.tpidoc.fhir.FhirImporter;
import org.tpidoc.fhir.api.ImportResult;
import org.tpidoc.fhir.api.ImportedSession;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Preparation;

/**
 * What the server holds reads back into the sessions sent: each patient's {@code Patient/$everything} imports
 * ({@link FhirImporter}) into exactly that patient's sessions, equal to those sent, with no finding (the
 * equality of the project's round-trip tests).
 */
@SpringJUnitConfig(JpaServerConfig.class)
class EverythingRoundTripIT {

    private static final Logger LOG = LoggerFactory.getLogger(EverythingRoundTripIT.class);

    @Autowired
    private JpaServer server;

    private PushedSessions pushed;
    private ServerReads reads;

    @BeforeEach
    void push() {
        pushed = PushedSessions.on(server);
        reads = new ServerReads(server.client());
    }

    /**
     * The importer lists a session's preparations in the order their Medications come in, and {@code
     * $everything} returns resources in the server's order, not the order they were sent in: the sessions are
     * compared with their preparations in id order, and how many came back in another order is logged.
     */
    @Test
    void everyPatientsEverythingImportsIntoTheSessionsSent() {
        Map<String, List<SessionUnderTest>> byPatient = pushed.byLiteralPatient();
        AtomicInteger reordered = new AtomicInteger();
        long started = System.nanoTime();

        Concurrently.forEach(List.copyOf(byPatient.entrySet()), patient -> {
            List<InjectionSession> sent =
                    patient.getValue().stream().map(SessionUnderTest::session).toList();
            ImportResult result = FhirImporter.standard().importBundle(reads.everything(patient.getKey()));

            assertClean(result, patient.getValue().toString());
            assertThat(result.sessionList().stream().map(EverythingRoundTripIT::preparationsById))
                    .as(patient.getValue().toString())
                    .containsExactlyInAnyOrderElementsOf(sent.stream()
                            .map(EverythingRoundTripIT::preparationsById)
                            .toList());
            if (!sent.containsAll(result.sessionList())) {
                reordered.incrementAndGet();
            }
        });

        LOG.info(
                "{} patients' $everything read and imported in {} ms; {} with preparations in another order",
                byPatient.size(),
                (System.nanoTime() - started) / 1_000_000,
                reordered.get());
    }

    /**
     * A session that names its patient by identifier only has nothing in any Patient's compartment, so {@code
     * $everything} cannot return it: the resources the server stores for it, read by id in the order sent,
     * import instead.
     */
    @Test
    void theStoredResourcesOfASessionWithAnIdentifierOnlyPatientImportIntoTheSessionSent() {
        Concurrently.forEach(pushed.withIdentifierOnlyPatient(), session -> {
            Bundle stored = new Bundle().setType(Bundle.BundleType.SEARCHSET);
            for (Resource resource : reads.read(session.ids()).values()) {
                stored.addEntry()
                        .setFullUrl(server.getBaseUrl() + "/" + SessionUnderTest.id(resource))
                        .setResource(resource);
            }
            ImportResult result = FhirImporter.standard().importBundle(stored);

            assertClean(result, session.label());
            assertThat(result.sessionList()).as(session.label()).containsExactly(session.session());
        });
    }

    private static void assertClean(ImportResult result, String what) {
        assertThat(result.allFindings()).as(what).isEmpty();
        assertThat(result.isClean()).as(what).isTrue();
        assertThat(result.sessions()).as(what).noneMatch(ImportedSession::needsReview);
    }

    private static InjectionSession preparationsById(InjectionSession session) {
        return session.toBuilder()
                .preparations(session.preparations().stream()
                        .sorted(Comparator.comparing(Preparation::id))
                        .toList())
                .build();
    }
}
