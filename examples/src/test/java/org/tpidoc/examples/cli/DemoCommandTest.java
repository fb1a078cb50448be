package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hl7.fhir.r4.model.Bundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tpidoc.examples.SampleSession;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.json.SessionJson;

class DemoCommandTest {

    @TempDir
    Path dir;

    @Test
    void withNoArgumentsWritesItsFourFilesToTpidocDemoAndSaysWhere() throws IOException {
        Cli.Result result = Cli.run(dir, "demo");

        Path written = dir.resolve("tpidoc-demo");
        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).contains("Wrote 4 files to " + written);
        try (var files = Files.list(written)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("session.json", "bundle.json", "note.txt", "handout.txt");
        }
    }

    @Test
    void printsTheNoteAndTheFindingsOfTheSample() {
        Cli.Result result = Cli.run(dir, "demo", "--out", "out");

        assertThat(result.out())
                .contains("Trigger point injection\n=======================")
                .contains("Validation: valid");
    }

    @Test
    void filesHoldTheSampleSessionItsBundleNoteAndHandout() throws IOException {
        Cli.run(dir, "demo", "--out", "out");

        Path out = dir.resolve("out");
        assertThat(SessionJson.standard().read(Files.readString(out.resolve("session.json"))))
                .isEqualTo(SampleSession.neckShoulder());
        IParser parser = Fhir.context().newJsonParser();
        Bundle bundle = parser.parseResource(Bundle.class, Files.readString(out.resolve("bundle.json")));
        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(bundle.getEntry())
                .extracting(e -> e.getResource().fhirType())
                .contains("Procedure", "Consent");
        assertThat(Files.readString(out.resolve("note.txt"))).startsWith("Trigger point injection");
        assertThat(Files.readString(out.resolve("handout.txt"))).contains("911");
    }

    @Test
    void directoryThatCannotBeMadeExitsTwo() throws IOException {
        Files.writeString(dir.resolve("taken"), "a file, not a directory");

        Cli.Result result = Cli.run(dir, "demo", "--out", "taken");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("taken: cannot write");
    }
}
