package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CliEnvironmentTest {

    private final CliEnvironment environment =
            new CliEnvironment(new ByteArrayInputStream(new byte[0]), null, Path.of("/home/me/visits"));

    @Test
    void hasNoVariablesUnlessGivenSome() {
        assertThat(environment.variable("HOME")).isEmpty();
        assertThat(environment.withVariables(Map.of("FHIR_TOKEN", "t0ken")).variable("FHIR_TOKEN"))
                .contains("t0ken");
    }

    @Test
    void toStringNamesNoVariableAndNoValue() {
        String text = environment.withVariables(Map.of("FHIR_TOKEN", "s3cr3t")).toString();

        assertThat(text)
                .contains("/home/me/visits")
                .contains("variables=1")
                .doesNotContain("FHIR_TOKEN")
                .doesNotContain("s3cr3t");
    }
}
