package org.tpidoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.api.ImportResult;

class ImportBundleExampleTest {

    @Test
    void theSampleComesBackFromItsTransactionBundleEqualAndClean() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        ImportResult result = ImportBundleExample.run(
                SampleSession.neckShoulder(), new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(result.sessionList()).containsExactly(SampleSession.neckShoulder());
        assertThat(result.isClean()).isTrue();
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .contains("Imported 1 session")
                .contains("equal to the original: true");
    }
}
