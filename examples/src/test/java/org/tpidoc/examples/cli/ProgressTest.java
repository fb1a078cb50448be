package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final StringWriter err = new StringWriter();

    @Test
    void unknownTotalShowsALineEveryThousandSessionsAndALastOne() {
        try (Progress progress = Progress.start("export", -1, false, null, new PrintWriter(err, true))) {
            for (int i = 0; i < 2500; i++) {
                progress.step();
            }
        }

        assertThat(err.toString()).isEqualTo("export: 1000 sessions\nexport: 2000 sessions\nexport: 2500 sessions\n");
    }

    @Test
    void aSlowRunShowsALineEveryIntervalItAsksFor() {
        try (Progress progress = Progress.start("push", -1, 100, false, null, new PrintWriter(err, true))) {
            for (int i = 0; i < 250; i++) {
                progress.step();
            }
        }

        assertThat(err.toString()).isEqualTo("push: 100 sessions\npush: 200 sessions\npush: 250 sessions\n");
    }

    @Test
    void knownTotalShowsEveryTenthWithoutRepeatingTheLast() {
        try (Progress progress = Progress.start("generate", 5, false, null, new PrintWriter(err, true))) {
            for (int i = 0; i < 5; i++) {
                progress.step();
            }
        }

        assertThat(err.toString().lines())
                .containsExactly(
                        "generate: 1/5 sessions (20%)",
                        "generate: 2/5 sessions (40%)",
                        "generate: 3/5 sessions (60%)",
                        "generate: 4/5 sessions (80%)",
                        "generate: 5/5 sessions (100%)");
    }

    @Test
    void quietShowsNothingEvenOnATerminal() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        CliEnvironment.Terminal terminal =
                new CliEnvironment.Terminal(new PrintStream(screen, true, StandardCharsets.UTF_8), 80);

        try (Progress progress = Progress.start("export", 3, true, terminal, new PrintWriter(err, true))) {
            progress.step();
        }

        assertThat(err.toString()).isEmpty();
        assertThat(screen.size()).isZero();
    }

    @Test
    void terminalGetsABarAndStderrNoLines() {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        CliEnvironment.Terminal terminal =
                new CliEnvironment.Terminal(new PrintStream(screen, true, StandardCharsets.UTF_8), 80);

        try (Progress progress = Progress.start("export", 4, false, terminal, new PrintWriter(err, true))) {
            for (int i = 0; i < 4; i++) {
                progress.step();
            }
        }

        assertThat(err.toString()).isEmpty();
        assertThat(screen.toString(StandardCharsets.UTF_8))
                .contains("export 100%")
                .contains("4/4 sessions");
    }
}
