package org.tpidoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;

class DocumentSessionExampleTest {

    @Test
    void printsTheSampleSessionAsJsonThatReadsBackEqual() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        InjectionSession built = DocumentSessionExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(printed).startsWith("{").contains("\"schemaVersion\"");
        assertThat(SessionJson.standard().read(printed)).isEqualTo(built);
    }

    @Test
    void sampleBuiltInCodeEqualsTheSharedNeckShoulderExampleFile() throws IOException {
        try (InputStream in =
                getClass().getResourceAsStream("/examples/sessions/neck-shoulder-lidocaine-triamcinolone.json")) {
            assertThat(in).as("shared example copied into test resources").isNotNull();
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(SampleSession.neckShoulder())
                    .isEqualTo(SessionJson.standard().read(json));
        }
    }
}
