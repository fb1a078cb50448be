package org.tpidoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RenderNoteExampleTest {

    @Test
    void printsTheProcedureNoteThenTheAftercareHandout() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        String[] documents = RenderNoteExample.run(
                SampleSession.neckShoulder(), new PrintStream(buffer, true, StandardCharsets.UTF_8));

        String printed = buffer.toString(StandardCharsets.UTF_8);
        assertThat(documents[0]).startsWith("Trigger point injection").contains("lidocaine");
        assertThat(documents[1]).contains("911");
        assertThat(printed.indexOf(documents[1])).isGreaterThan(printed.indexOf(documents[0]));
    }
}
