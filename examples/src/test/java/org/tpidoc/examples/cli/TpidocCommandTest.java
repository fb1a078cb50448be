package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TpidocCommandTest {

    @TempDir
    Path dir;

    @Test
    void versionNamesTheProjectVersionAndExitsZero() {
        Cli.Result result = Cli.run(dir, "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines().get(0)).matches("tpidoc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void helpListsEverySubcommandAndTheExitCodes() {
        Cli.Result result = Cli.run(dir, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains(
                        "demo",
                        "validate",
                        "export",
                        "import",
                        "note",
                        "billing",
                        "generate",
                        "fhir-validate",
                        "fhir-package",
                        "push")
                .contains("Exit codes:", "  2  the input could not be read");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "demo",
                "validate",
                "export",
                "import",
                "note",
                "billing",
                "generate",
                "fhir-validate",
                "fhir-package",
                "push"
            })
    void everySubcommandHasHelp(String command) {
        Cli.Result result = Cli.run(dir, command, "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: tpidoc " + command);
    }

    @Test
    void noCommandIsAUsageErrorThatExitsTwo() {
        Cli.Result result = Cli.run(dir);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("Missing a command").contains("Usage: tpidoc");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unknownCommandExitsTwo() {
        Cli.Result result = Cli.run(dir, "sign");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("sign");
    }

    @Test
    void unknownOptionExitsTwo() {
        Cli.Result result = Cli.run(dir, "validate", "--colour", "x.json");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("--colour");
    }

    @Test
    void missingRequiredOptionExitsTwo() {
        Cli.Result result = Cli.run(dir, "billing");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("--in");
    }
}
