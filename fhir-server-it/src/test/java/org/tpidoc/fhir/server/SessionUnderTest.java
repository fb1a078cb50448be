package org.tpidoc.fhir.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;
import org.tpidoc.testkit.Example;
import org.tpidoc.testkit.Examples;

/**
 * A session the tests send to the server and the transaction bundle it is sent as.
 *
 * @param label what the session is, for assertion messages: an example's file name or a generated index,
 *     never patient data
 * @param session the session
 * @param transaction its transaction bundle from {@link FhirExporter#standard()}
 */
record SessionUnderTest(String label, InjectionSession session, Bundle transaction) {

    /** The seed of the project's generated sessions: the one {@code GeneratedSessionsTest} validates. */
    static final long SEED = 20261120L;

    /** How many generated sessions the suite sends. */
    static final int GENERATED = 200;

    /** The search of pain scores, as an integration engineer would write it. */
    static final String PAIN_SCORE_CODE = "http://loinc.org|72514-3";

    SessionUnderTest {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(transaction, "transaction");
    }

    /** {@code session} exported as a transaction. */
    static SessionUnderTest of(String label, InjectionSession session) {
        return new SessionUnderTest(label, session, FhirExporter.standard().toBundle(session, BundleKind.TRANSACTION));
    }

    /** Every valid shared example, then the first {@value #GENERATED} sessions of the seeded generator. */
    static List<SessionUnderTest> examplesAndGenerated() {
        List<SessionUnderTest> sessions = new ArrayList<>();
        for (Example example : Examples.valid()) {
            sessions.add(of(example.name(), SessionJson.standard().read(example.text())));
        }
        for (int i = 0; i < GENERATED; i++) {
            sessions.add(generated(i));
        }
        return List.copyOf(sessions);
    }

    /** Session {@code index} of the seeded generator. */
    static SessionUnderTest generated(int index) {
        return of("generated #" + index, SessionGenerator.seeded(SEED).session(index));
    }

    /** The patient's literal reference ({@code Patient/id}), or empty when the session names it by identifier only. */
    Optional<String> literalPatient() {
        return Optional.ofNullable(session.patient().reference());
    }

    /** The bundle's resources, in order. */
    List<Resource> resources() {
        return transaction.getEntry().stream()
                .map(Bundle.BundleEntryComponent::getResource)
                .toList();
    }

    /** The {@code Type/id} of every resource of the bundle, in order. */
    List<String> ids() {
        return resources().stream().map(SessionUnderTest::id).toList();
    }

    /** The session's Procedure. */
    Procedure procedure() {
        return (Procedure) transaction.getEntryFirstRep().getResource();
    }

    /** How many resources of {@code type} the bundle holds (e.g. {@code "MedicationAdministration"}). */
    long count(String type) {
        return resources().stream().filter(r -> r.fhirType().equals(type)).count();
    }

    /** How many pain scores (Observations coded {@value #PAIN_SCORE_CODE}) the bundle holds. */
    long painScores() {
        return resources().stream()
                .filter(r -> r instanceof Observation observation
                        && observation.getCode().getCoding().stream()
                                .anyMatch(c -> PAIN_SCORE_CODE.equals(c.getSystem() + "|" + c.getCode())))
                .count();
    }

    /** The {@code Type/id} of {@code resource}, without base or version. */
    static String id(Resource resource) {
        return resource.fhirType() + "/" + resource.getIdElement().getIdPart();
    }

    @Override
    public String toString() {
        return label;
    }
}
