package org.tpidoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValidateSessionExampleTest {

    @Test
    void printsTheSampleAsValidAndTheCopyWithoutPneumothoraxAsNotToBeSigned() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        int invalid = ValidateSessionExample.run(
                List.of(SampleSession.neckShoulder(), ValidateSessionExample.withoutPneumothoraxDisclosed()),
                new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(invalid).isEqualTo(1);
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains("Session " + SampleSession.neckShoulder().id() + ": valid")
                .contains(": must not be signed")
                .contains("  error consent-risk-not-disclosed at $.consent.risksDisclosed")
                .contains("pneumothorax");
    }
}
