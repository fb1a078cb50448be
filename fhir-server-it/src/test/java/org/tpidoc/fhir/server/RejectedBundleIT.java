package org.tpidoc.fhir.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;
import org.tpidoc.fhir.FhirSender;
import org.tpidoc.fhir.SendResult;
import org.tpidoc.fhir.SendResult.Outcome;
import org.tpidoc.validation.Severity;

/**
 * A batch in which one session refers to a Patient the server does not have: under referential integrity
 * the server refuses that transaction whole, the sender reports the server's issue, and the sessions after it
 * are still sent and accepted.
 */
@SpringJUnitConfig(JpaServerConfig.class)
class RejectedBundleIT {

    /** Where these sessions start in the generator's sequence: after those the other tests send. */
    private static final int FIRST = 1_000;

    @Autowired
    private JpaServer server;

    @Test
    void refusesTheSessionWhosePatientTheServerDoesNotHaveAndAcceptsTheRestOfTheBatch() {
        List<SessionUnderTest> batch = IntStream.iterate(FIRST, i -> i + 1)
                .mapToObj(SessionUnderTest::generated)
                .filter(session -> session.literalPatient().isPresent())
                .limit(3)
                .toList();
        String missing = batch.get(1).literalPatient().orElseThrow();
        List<SendResult> results = new ArrayList<>();
        try (FhirSender sender = server.sender()) {
            assertThat(sender.send(EmrRecords.referencedBy(batch, reference -> !reference.equals(missing))
                                    .transaction())
                            .isAccepted())
                    .isTrue();
            batch.forEach(session -> results.add(sender.send(session.transaction())));
        }

        assertThat(results)
                .extracting(SendResult::outcome)
                .containsExactly(Outcome.ACCEPTED, Outcome.REJECTED, Outcome.ACCEPTED);
        SendResult refused = results.get(1);
        assertThat(refused.httpStatus()).isEqualTo(400);
        assertThat(refused.attempts()).isEqualTo(1);
        assertThat(refused.entries()).isEmpty();
        // HAPI names the referring element in the diagnostics only (no expression, no location): the sender
        // places the issue on the Bundle
        assertThat(refused.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.code()).isEqualTo("processing");
            assertThat(issue.path()).isEqualTo("Bundle");
            assertThat(issue.message()).startsWith("HAPI-1094: Resource " + missing + " not found");
        });
        ServerReads reads = new ServerReads(server.client());
        assertThat(reads.read(batch.get(1).ids())).isEmpty();
        for (SessionUnderTest accepted : List.of(batch.get(0), batch.get(2))) {
            assertThat(reads.read(accepted.ids()).keySet()).containsExactlyInAnyOrderElementsOf(accepted.ids());
        }
    }
}
