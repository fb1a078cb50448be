package org.tpidoc.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.tpidoc.fhir.api.Fhir;

class ExportBundleExampleTest {

    @Test
    void printsAValidTransactionBundleOfTheSample() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        Bundle bundle = ExportBundleExample.run(
                SampleSession.neckShoulder(), new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        Bundle printed =
                Fhir.context().newJsonParser().parseResource(Bundle.class, buffer.toString(StandardCharsets.UTF_8));
        assertThat(printed.getEntry()).hasSameSizeAs(bundle.getEntry());
        assertThat(printed.getEntry())
                .allSatisfy(e -> assertThat(e.getRequest().getMethod()).isEqualTo(Bundle.HTTPVerb.PUT));
    }

    @Test
    void refusesASessionWithErrorFindings() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> ExportBundleExample.run(
                        ValidateSessionExample.withoutPneumothoraxDisclosed(),
                        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)))
                .withMessageContaining("error findings");
    }
}
