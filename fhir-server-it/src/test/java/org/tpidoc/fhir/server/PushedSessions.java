package org.tpidoc.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tpidoc.fhir.FhirSender;
import org.tpidoc.fhir.SendResult;

/**
 * Every valid shared example and the {@value SessionUnderTest#GENERATED} generated sessions, sent once per
 * test JVM to the shared {@link JpaServer} with {@link FhirSender}, after the records they refer to ({@link
 * EmrRecords}); with what the server answered and what it counted before and after. The test classes that
 * read them share them: the first to ask pays for the sending.
 */
final class PushedSessions {

    private static final Logger LOG = LoggerFactory.getLogger(PushedSessions.class);

    /** The searches counted before and after, each with how many of a session's resources it finds. */
    static final Map<String, ToLongFunction<SessionUnderTest>> COUNTED = counted();

    private static PushedSessions pushed;

    private final List<Pushed> sessions;
    private final EmrRecords records;
    private final Map<String, Long> before;
    private final Map<String, Long> after;

    private PushedSessions(
            List<Pushed> sessions, EmrRecords records, Map<String, Long> before, Map<String, Long> after) {
        this.sessions = List.copyOf(sessions);
        this.records = records;
        this.before = Map.copyOf(before);
        this.after = Map.copyOf(after);
    }

    /** The sessions on {@code server}, sent now if they were not yet. */
    static synchronized PushedSessions on(JpaServer server) {
        if (pushed == null) {
            pushed = push(server);
        }
        return pushed;
    }

    private static PushedSessions push(JpaServer server) {
        List<SessionUnderTest> sessions = SessionUnderTest.examplesAndGenerated();
        ServerReads reads = new ServerReads(server.client());
        EmrRecords records = EmrRecords.referencedBy(sessions);
        List<Pushed> results = new ArrayList<>();
        long started = System.nanoTime();
        long seeded;
        long sending;
        Map<String, Long> before;
        try (FhirSender sender = server.sender()) {
            SendResult stored = sender.send(records.transaction());
            assertThat(stored.outcome()).isEqualTo(SendResult.Outcome.ACCEPTED);
            assertThat(stored.entries()).hasSize(records.size());
            seeded = System.nanoTime();
            before = counts(reads);
            sending = System.nanoTime();
            // the examples one by one (the server's first writes of each profile), then the rest concurrently
            int examples = sessions.size() - SessionUnderTest.GENERATED;
            for (SessionUnderTest session : sessions.subList(0, examples)) {
                results.add(new Pushed(session, sender.send(session.transaction())));
            }
            results.addAll(Concurrently.map(
                    sessions.subList(examples, sessions.size()),
                    session -> new Pushed(session, sender.send(session.transaction()))));
        }
        long sent = System.nanoTime();
        Map<String, Long> after = counts(reads);
        LOG.info(
                "{} EMR records stored in {} ms; {} sessions sent in {} ms ({} ms each, {} at once)",
                records.size(),
                millis(seeded - started),
                sessions.size(),
                millis(sent - sending),
                millis(sent - sending) / sessions.size(),
                Concurrently.THREADS);
        return new PushedSessions(results, records, before, after);
    }

    /** What {@link #COUNTED} finds on the server now. */
    static Map<String, Long> counts(ServerReads reads) {
        Map<String, Long> counts = new LinkedHashMap<>();
        COUNTED.keySet().forEach(search -> counts.put(search, reads.count(search)));
        return counts;
    }

    /** The sessions sent, in order, with the server's answer to each. */
    List<Pushed> sessions() {
        return sessions;
    }

    /**
     * The sessions that refer to their patient literally ({@code Patient/id}), by that reference, in order;
     * one patient has more than one session (two examples share theirs).
     */
    Map<String, List<SessionUnderTest>> byLiteralPatient() {
        Map<String, List<SessionUnderTest>> byPatient = new LinkedHashMap<>();
        for (Pushed session : sessions) {
            session.session().literalPatient().ifPresent(patient -> byPatient
                    .computeIfAbsent(patient, p -> new ArrayList<>())
                    .add(session.session()));
        }
        assertThat(byPatient.values()).anySatisfy(shared -> assertThat(shared).hasSizeGreaterThan(1));
        return byPatient;
    }

    /** The sessions that name their patient by identifier only, in order (never empty). */
    List<SessionUnderTest> withIdentifierOnlyPatient() {
        List<SessionUnderTest> byIdentifier = sessions.stream()
                .map(Pushed::session)
                .filter(session -> session.literalPatient().isEmpty())
                .toList();
        assertThat(byIdentifier).isNotEmpty();
        return byIdentifier;
    }

    /** The records the sessions refer to, stored before them. */
    EmrRecords records() {
        return records;
    }

    /** How many resources each of {@link #COUNTED} found before the sessions were sent. */
    Map<String, Long> before() {
        return before;
    }

    /** How many resources each of {@link #COUNTED} found right after the sessions were sent. */
    Map<String, Long> after() {
        return after;
    }

    private static Map<String, ToLongFunction<SessionUnderTest>> counted() {
        Map<String, ToLongFunction<SessionUnderTest>> counted = new LinkedHashMap<>();
        for (String type : List.of(
                "Procedure",
                "BodyStructure",
                "Medication",
                "MedicationAdministration",
                "Consent",
                "Observation",
                "Provenance")) {
            counted.put(type, session -> session.count(type));
        }
        counted.put("Observation?code=" + SessionUnderTest.PAIN_SCORE_CODE, SessionUnderTest::painScores);
        return java.util.Collections.unmodifiableMap(counted);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /**
     * One session sent, and what the server answered.
     *
     * @param session the session and its bundle
     * @param result the server's answer to the first sending
     */
    record Pushed(SessionUnderTest session, SendResult result) {}
}
