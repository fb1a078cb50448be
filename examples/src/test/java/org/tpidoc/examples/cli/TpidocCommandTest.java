package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

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

    /** Every subcommand's name, from the command's own spec, so a new one is covered. */
    static Stream<String> subcommands() {
        return new CommandLine(new TpidocCommand()).getSubcommands().keySet().stream();
    }

    /** The subcommands but {@code help}, whose argument is the command to explain. */
    static Stream<String> subcommandsButHelp() {
        return subcommands().filter(command -> !command.equals("help"));
    }

    @ParameterizedTest
    @MethodSource("subcommandsButHelp")
    void versionOnEverySubcommandPrintsTheVersion(String command) {
        Cli.Result result = Cli.run(dir, command, "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.outLines()).isNotEmpty();
        assertThat(result.outLines().get(0)).isEqualTo("tpidoc " + VersionProvider.version());
        assertThat(result.err()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("subcommands")
    void helpCommandPrintsTheUsageOfTheCommandNamed(String command) {
        Cli.Result result = Cli.run(dir, "help", command);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo(Cli.run(dir, command, "--help").out());
    }

    @Test
    void helpCommandWithoutACommandPrintsTheUsageOfTpidoc() {
        Cli.Result result = Cli.run(dir, "help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).startsWith("Usage: tpidoc ").contains("Exit codes:");
    }

    @Test
    void helpCommandOfAnUnknownCommandIsAUsageError() {
        Cli.Result result = Cli.run(dir, "help", "sign");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("sign");
    }

    @Test
    void completionPrintsABashScriptThatCompletesEveryCommand() {
        Cli.Result result = Cli.run(dir, "completion");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_tpidoc");
        subcommands().forEach(command -> assertThat(result.out()).contains(command));
        assertThat(result.out()).contains("--handout", "--emergency-number", "--canonical-base");
    }

    @Test
    void completionScriptCompletesSubcommandsAndOptionsInBash() throws Exception {
        Path bash = Path.of("/bin/bash");
        assumeTrue(Files.isExecutable(bash), "bash is installed");
        Path script = dir.resolve("tpidoc_completion");
        Files.writeString(script, Cli.run(dir, "completion").out());

        assertThat(complete(bash, script, "tpidoc", "no")).contains("note").doesNotContain("billing");
        assertThat(complete(bash, script, "tpidoc", "note", "--hand")).containsExactly("--handout");
    }

    /** What the script completes the last of {@code words} to, as bash would at the end of the line. */
    private List<String> complete(Path bash, Path script, String... words) throws Exception {
        String line = String.join(" ", words);
        String program =
                "source " + script + "; COMP_WORDS=(" + line + "); COMP_CWORD=" + (words.length - 1) + "; COMP_LINE='"
                        + line + "'; COMP_POINT=${#COMP_LINE}; _complete_tpidoc; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process process = new ProcessBuilder(bash.toString(), "-c", program)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(out).isZero();
        return out.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
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
