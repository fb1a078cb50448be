package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tpidoc.examples.SampleSession;
import org.tpidoc.json.SessionJson;

class NoteCommandTest {

    @TempDir
    Path dir;

    private final String neckShoulder =
            Cli.example("neck-shoulder-lidocaine-triamcinolone.json").toString();

    @Test
    void printsThePlainTextProcedureNote() {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("Trigger point injection\n=======================\n")
                .contains("Myalgia, other site (ICD-10-CM M79.18)")
                .doesNotContain("example-123");
    }

    @Test
    void printsTheNoteAsAFhirNarrativeDiv() {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder, "--format", "html");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .startsWith("<div xmlns=\"http://www.w3.org/1999/xhtml\"")
                .contains("Trigger point injection");
    }

    @Test
    void printsTheAftercareHandoutInTheLanguageAsked() {
        Cli.Result english = Cli.run(dir, "note", "--in", neckShoulder, "--handout");
        Cli.Result spanish = Cli.run(dir, "note", "--in", neckShoulder, "--handout", "--language", "es");

        assertThat(english.exitCode()).isZero();
        assertThat(english.out()).contains("911");
        assertThat(spanish.exitCode()).isZero();
        assertThat(spanish.out()).contains("911").isNotEqualTo(english.out());
    }

    @Test
    void notesOfSeveralSessionsFollowEachOtherAndAnInvalidOneShowsItsOpenFindings() {
        String ndjson = SessionJson.standard().write(SampleSession.neckShoulder()) + "\n"
                + SessionJson.standard()
                        .write(SampleSession.neckShoulder().toBuilder()
                                .timeOut(null)
                                .build()) + "\n";

        Cli.Result result = Cli.withStdin(dir, ndjson, "note", "--in", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().split("Trigger point injection\n=+\n", -1)).hasSize(3);
        assertThat(result.out()).contains("time-out-missing");
    }

    @Test
    void unknownFormatIsAUsageError() {
        Cli.Result result = Cli.run(dir, "note", "--in", neckShoulder, "--format", "pdf");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("'pdf'").contains("text, html");
    }

    @Test
    void malformedInputExitsTwo() {
        Cli.Result result = Cli.run(
                dir,
                "note",
                "--in",
                Cli.example("malformed-unknown-property.json").toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("$.painScoreBefore");
    }
}
