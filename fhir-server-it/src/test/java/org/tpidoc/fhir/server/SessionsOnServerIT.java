package org.tpidoc.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.tpidoc.fhir.SendResult;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.server.PushedSessions.Pushed;
import org.tpidoc.testkit.Examples;

/**
 * Every valid example and {@value SessionUnderTest#GENERATED} generated sessions sent to a real HAPI FHIR JPA
 * server that enforces referential integrity, after the records an EMR would hold (see {@link PushedSessions}):
 * the server takes every transaction, holds exactly what was sent, finds it by patient and by code, and every
 * reference points to a resource it stores.
 */
@SpringJUnitConfig(JpaServerConfig.class)
class SessionsOnServerIT {

    private static final Logger LOG = LoggerFactory.getLogger(SessionsOnServerIT.class);

    @Autowired
    private JpaServer server;

    private PushedSessions pushed;
    private ServerReads reads;

    @BeforeEach
    void push() {
        pushed = PushedSessions.on(server);
        reads = new ServerReads(server.client());
    }

    @Test
    void acceptsEverySessionAndCreatesEachOfItsResources() {
        assertThat(pushed.sessions()).hasSize(Examples.valid().size() + SessionUnderTest.GENERATED);
        for (Pushed session : pushed.sessions()) {
            SendResult result = session.result();
            assertThat(result.outcome()).as(session.session().label()).isEqualTo(SendResult.Outcome.ACCEPTED);
            assertThat(result.created())
                    .as(session.session().label())
                    .isEqualTo(session.session().ids());
            assertThat(result.entries()).as(session.session().label()).allSatisfy(entry -> assertThat(entry.version())
                    .contains("1"));
        }
    }

    @Test
    void holdsExactlyTheResourcesSentAndFindsThePainScoresByCode() {
        Map<String, Long> expected = new LinkedHashMap<>();
        Map<String, Long> added = new LinkedHashMap<>();
        PushedSessions.COUNTED.forEach((search, perSession) -> {
            expected.put(search, sum(perSession));
            added.put(search, pushed.after().get(search) - pushed.before().get(search));
        });

        assertThat(added).isEqualTo(expected);
        assertThat(expected.get("Observation?code=" + SessionUnderTest.PAIN_SCORE_CODE))
                .isPositive();
    }

    /**
     * Each patient's Procedures, MedicationAdministrations and pain scores, searched by patient. A session that
     * names its patient by identifier only is not in any Patient's compartment, and HAPI FHIR 8.8.0 refuses
     * the {@code :identifier} modifier on reference parameters (HAPI-2498): its Procedure is found by the
     * session identifier instead, and its pain scores as part of that Procedure.
     */
    @Test
    void findsEachPatientsProceduresAdministrationsAndPainScoresByPatient() {
        Map<String, List<SessionUnderTest>> byPatient = pushed.byLiteralPatient();
        List<SessionUnderTest> byIdentifierOnly = pushed.withIdentifierOnlyPatient();

        Concurrently.forEach(List.copyOf(byPatient.entrySet()), patientSessions -> {
            String patient = patientSessions.getKey();
            List<SessionUnderTest> sessions = patientSessions.getValue();
            String of = "the patient of " + sessions;
            assertThat(reads.count("Procedure?patient=" + patient)).as(of).isEqualTo(sessions.size());
            assertThat(reads.count("MedicationAdministration?patient=" + patient))
                    .as(of)
                    .isEqualTo(sum(sessions, s -> s.count("MedicationAdministration")));
            assertThat(reads.count("Observation?patient=" + patient + "&code=" + SessionUnderTest.PAIN_SCORE_CODE))
                    .as(of)
                    .isEqualTo(sum(sessions, SessionUnderTest::painScores));
        });
        Concurrently.forEach(byIdentifierOnly, session -> {
            Identifier identifier = session.procedure().getIdentifierFirstRep();
            String procedure = SessionUnderTest.id(session.procedure());
            assertThat(reads.count("Procedure?identifier=" + identifier.getSystem() + "|" + identifier.getValue()))
                    .as(session.label())
                    .isEqualTo(1);
            assertThat(reads.count("Observation?part-of=" + procedure + "&code=" + SessionUnderTest.PAIN_SCORE_CODE))
                    .as(session.label())
                    .isEqualTo(session.painScores());
        });
        LOG.info(
                "searched {} patients by patient, {} sessions with an identifier-only patient by session",
                byPatient.size(),
                byIdentifierOnly.size());
    }

    @Test
    void resolvesEveryReferenceToAResourceItStores() {
        assertThat(reads.read(pushed.records().literalReferences()).keySet())
                .containsExactlyInAnyOrderElementsOf(pushed.records().literalReferences());
        Concurrently.forEach(pushed.sessions(), pushedSession -> {
            SessionUnderTest session = pushedSession.session();
            Map<String, Resource> stored = reads.read(session.ids());
            assertThat(stored.keySet()).as(session.label()).containsExactlyInAnyOrderElementsOf(session.ids());
            String procedure = SessionUnderTest.id(session.procedure());
            for (Resource resource : stored.values()) {
                for (Reference reference :
                        Fhir.context().newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
                    if (reference.hasReference()) {
                        assertThat(reference.getReference())
                                .as("%s: a reference in %s", session.label(), resource.fhirType())
                                .satisfiesAnyOf(target -> assertThat(stored).containsKey(target), target -> assertThat(
                                                pushed.records().holds(target))
                                        .isTrue());
                    }
                }
                if (resource instanceof MedicationAdministration administration) {
                    assertThat(administration.getPartOf())
                            .extracting(Reference::getReference)
                            .containsExactly(procedure);
                } else if (resource instanceof Observation observation) {
                    assertThat(observation.getPartOf())
                            .extracting(Reference::getReference)
                            .containsExactly(procedure);
                } else if (resource instanceof Consent consent) {
                    assertThat(consent.getProvision().getData())
                            .extracting(data -> data.getReference().getReference())
                            .containsExactly(procedure);
                }
            }
        });
    }

    private long sum(ToLongFunction<SessionUnderTest> perSession) {
        return sum(pushed.sessions().stream().map(Pushed::session).toList(), perSession);
    }

    private static long sum(List<SessionUnderTest> sessions, ToLongFunction<SessionUnderTest> perSession) {
        return sessions.stream().mapToLong(perSession).sum();
    }
}
