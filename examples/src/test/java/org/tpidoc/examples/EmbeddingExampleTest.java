package org.tpidoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.api.Fhir;

class EmbeddingExampleTest {

    @Test
    void documentsAValidSessionAndExportsItsTransactionBundle() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        Optional<String> bundle = EmbeddingExample.run(new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(bundle).isPresent();
        assertThat(Fhir.context()
                        .newJsonParser()
                        .parseResource(Bundle.class, bundle.orElseThrow())
                        .getType())
                .isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(buffer.toString(StandardCharsets.UTF_8))
                .as("only warnings are printed before the bundle")
                .doesNotContain("error ");
    }
}
