package org.tpidoc.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.tpidoc.fhir.FhirSender;
import org.tpidoc.fhir.SendResult;
import org.tpidoc.fhir.SendResult.Entry;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.session.PainScore;

/**
 * Sending again: the same sessions change nothing on the server (no new resource, no new version), and a
 * session changed since it was sent is updated in place (new versions of what changed, no new resource).
 */
@SpringJUnitConfig(JpaServerConfig.class)
class RepeatedPushIT {

    @Autowired
    private JpaServer server;

    private ServerReads reads;

    @BeforeEach
    void connect() {
        reads = new ServerReads(server.client());
    }

    @Test
    void sendingEverySessionAgainChangesNoCountAndNoVersion() {
        PushedSessions pushed = PushedSessions.on(server);
        Map<String, Long> before = PushedSessions.counts(reads);

        try (FhirSender sender = server.sender()) {
            Concurrently.forEach(pushed.sessions(), session -> {
                SendResult again = sender.send(session.session().transaction());

                assertThat(again.outcome()).as(session.session().label()).isEqualTo(SendResult.Outcome.ACCEPTED);
                assertThat(again.created()).as(session.session().label()).isEmpty();
                assertThat(again.updated())
                        .as(session.session().label())
                        .isEqualTo(session.session().ids());
                assertThat(again.entries())
                        .as(session.session().label())
                        .extracting(Entry::version)
                        .isEqualTo(session.result().entries().stream()
                                .map(Entry::version)
                                .toList());
            });
        }
        assertThat(PushedSessions.counts(reads)).isEqualTo(before);
    }

    @Test
    void sendingAnUpdatedSessionUpdatesItInPlace() {
        SessionUnderTest original = IntStream.iterate(SessionUnderTest.GENERATED, i -> i + 1)
                .mapToObj(SessionUnderTest::generated)
                .filter(s -> s.literalPatient().isPresent() && s.session().painAfter() != null)
                .findFirst()
                .orElseThrow();
        String patient = original.literalPatient().orElseThrow();
        PainScore after = original.session().painAfter();
        PainScore changedAfter = new PainScore(after.score() == 0 ? 1 : after.score() - 1, after.at());
        SessionUnderTest updated = SessionUnderTest.of(
                original.label() + ", updated",
                original.session().toBuilder()
                        .painAfter(changedAfter)
                        .note("Reviewed the next day: pain eased further.")
                        .build());
        Set<String> changed = changed(original, updated);
        try (FhirSender sender = server.sender()) {
            assertThat(sender.send(EmrRecords.referencedBy(List.of(original)).transaction())
                            .isAccepted())
                    .isTrue();
            assertThat(sender.send(original.transaction()).created()).isEqualTo(original.ids());
            Map<String, Long> before = PushedSessions.counts(reads);
            long ofPatient = reads.count("Observation?patient=" + patient);

            SendResult result = sender.send(updated.transaction());

            assertThat(result.outcome()).isEqualTo(SendResult.Outcome.ACCEPTED);
            assertThat(result.created()).isEmpty();
            assertThat(result.updated()).isEqualTo(original.ids());
            for (Entry entry : result.entries()) {
                String id = entry.resourceId().orElseThrow();
                assertThat(entry.version()).as(id).contains(changed.contains(id) ? "2" : "1");
            }
            assertThat(PushedSessions.counts(reads)).isEqualTo(before);
            assertThat(reads.count("Observation?patient=" + patient)).isEqualTo(ofPatient);
        }
        Map<String, Resource> stored = reads.read(List.copyOf(changed));
        assertThat(stored.values())
                .filteredOn(resource -> resource instanceof Observation observation
                        && observation.getCode().getCoding().stream()
                                .anyMatch(c ->
                                        SessionUnderTest.PAIN_SCORE_CODE.equals(c.getSystem() + "|" + c.getCode())))
                .singleElement()
                .satisfies(pain -> assertThat(
                                ((Observation) pain).getValueIntegerType().getValue())
                        .isEqualTo(changedAfter.score()));
        assertThat(stored.get(SessionUnderTest.id(original.procedure())))
                .isInstanceOfSatisfying(Procedure.class, procedure -> assertThat(procedure.getNote())
                        .extracting(note -> note.getText())
                        .contains("Reviewed the next day: pain eased further."));
    }

    /** The {@code Type/id} of every resource whose export differs between the two sessions (same ids in both). */
    private static Set<String> changed(SessionUnderTest original, SessionUnderTest updated) {
        assertThat(updated.ids()).isEqualTo(original.ids());
        Set<String> changed = new LinkedHashSet<>();
        for (int i = 0; i < original.resources().size(); i++) {
            Resource before = original.resources().get(i);
            Resource after = updated.resources().get(i);
            if (!json(before).equals(json(after))) {
                changed.add(SessionUnderTest.id(before));
            }
        }
        assertThat(changed)
                .contains(SessionUnderTest.id(original.procedure()))
                .hasSizeLessThan(original.ids().size());
        return changed;
    }

    private static String json(Resource resource) {
        return Fhir.context().newJsonParser().encodeResourceToString(resource);
    }
}
