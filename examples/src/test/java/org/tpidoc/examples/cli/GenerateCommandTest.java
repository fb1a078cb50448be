package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.SessionValidator;

class GenerateCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesValidSessionsAsNdjson() throws IOException {
        Cli.Result result = Cli.run(dir, "generate", "--count", "25", "--seed", "7", "--out", "sessions.ndjson", "-q");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Wrote 25 sessions to " + dir.resolve("sessions.ndjson"));
        Path file = dir.resolve("sessions.ndjson");
        assertThat(Files.readAllLines(file)).hasSize(25);
        List<InjectionSession> sessions = SessionJson.standard().reader().readAll(file);
        assertThat(sessions).hasSize(25).allSatisfy(s -> assertThat(
                        SessionValidator.standard().validate(s).isValid())
                .isTrue());
    }

    @Test
    void theSameSeedGivesTheSameFileAndAnotherSeedAnother() throws IOException {
        Cli.run(dir, "generate", "--count", "5", "--seed", "3", "--out", "a.ndjson", "-q");
        Cli.run(dir, "generate", "--count", "5", "--seed", "3", "--out", "b.ndjson", "-q");
        Cli.run(dir, "generate", "--count", "5", "--seed", "4", "--out", "c.ndjson", "-q");

        assertThat(Files.mismatch(dir.resolve("a.ndjson"), dir.resolve("b.ndjson")))
                .isEqualTo(-1);
        assertThat(Files.mismatch(dir.resolve("a.ndjson"), dir.resolve("c.ndjson")))
                .isNotEqualTo(-1);
    }

    @Test
    void writesToStandardOutputForDash() {
        Cli.Result result = Cli.run(dir, "generate", "--count", "3", "--out", "-", "--quiet");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).hasSize(3).allSatisfy(line -> assertThat(line)
                .startsWith("{\"schemaVersion\":1"));
        assertThat(result.err()).isEmpty();
    }

    @Test
    void showsPlainProgressLinesWhenNotOnATerminal() {
        Cli.Result result = Cli.run(dir, "generate", "--count", "20", "--out", "s.ndjson");

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines())
                .hasSize(10)
                .startsWith("generate: 2/20 sessions (10%)")
                .endsWith("generate: 20/20 sessions (100%)");
    }

    @Test
    void showsNothingOnStderrWhenQuiet() {
        Cli.Result result = Cli.run(dir, "generate", "--count", "20", "--out", "s.ndjson", "--quiet");

        assertThat(result.err()).isEmpty();
    }

    @Test
    void drawsAProgressBarOnATerminal() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        PrintStream terminal = new PrintStream(screen, true, StandardCharsets.UTF_8);

        Cli.Result result = Cli.onTerminal(dir, terminal, "generate", "--count", "20", "--out", "s.ndjson");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .contains("generate")
                .contains("100%")
                .contains("20/20");
    }

    @Test
    void negativeCountIsAUsageError() {
        Cli.Result result = Cli.run(dir, "generate", "--count", "-1", "--out", "s.ndjson");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("--count");
    }

    @Test
    void unwritableOutputExitsTwo() throws IOException {
        Files.writeString(dir.resolve("file"), "in the way");

        Cli.Result result = Cli.run(dir, "generate", "--count", "1", "--out", "file/s.ndjson", "-q");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).startsWith("file/s.ndjson: cannot write");
    }
}
