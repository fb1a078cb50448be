package org.tpidoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.testkit.Examples;

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
    void sampleBuiltInCodeEqualsTheSharedNeckShoulderExampleFile() {
        assertThat(SampleSession.neckShoulder())
                .isEqualTo(SessionJson.standard().read(Examples.text(Examples.NECK_SHOULDER)));
    }
}
