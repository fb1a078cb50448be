package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code docs/cli.md} says what {@code --help} says: every command (from picocli's {@link CommandSpec},
 * so a command or option added later is checked too) is in the cheat sheet and has a row in the
 * commands table, and every option of it is named in that row or in the section about the command.
 */
class CliDocsTest {

    private static final Path CLI_MD = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath()
            .getParent()
            .resolve("docs/cli.md");

    private static List<String> lines;

    @BeforeAll
    static void readTheDocs() throws IOException {
        lines = Files.readAllLines(CLI_MD);
    }

    /** Every subcommand of {@code tpidoc}, as picocli builds it. */
    static Stream<CommandSpec> commands() {
        return new CommandLine(new TpidocCommand())
                .getCommandSpec().subcommands().values().stream()
                        .map(CommandLine::getCommandSpec)
                        .distinct();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyCommandIsInTheCheatSheet(CommandSpec command) {
        assertThat(block("## Cheat sheet"))
                .as("the cheat sheet of docs/cli.md has a line for `tpidoc %s`", command.name())
                .anyMatch(line ->
                        line.equals("tpidoc " + command.name()) || line.startsWith("tpidoc " + command.name() + " "));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("commands")
    void everyOptionOfEveryCommandIsDocumentedWithIt(CommandSpec command) {
        String documented = documentation(command.name());
        List<String> missing = new ArrayList<>();
        for (OptionSpec option : command.options()) {
            if (option.usageHelp() || option.versionHelp() || option.hidden()) {
                continue;
            }
            String name = option.longestName();
            if (!Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])")
                    .matcher(documented)
                    .find()) {
                missing.add(name);
            }
        }
        assertThat(missing)
                .as("options of `%s` missing from its row of the commands table in docs/cli.md", command.name())
                .isEmpty();
    }

    @Test
    void everyRowOfTheCommandsTableIsACommand() {
        List<String> names = commands().map(CommandSpec::name).toList();

        assertThat(tableRows()).allSatisfy(row -> assertThat(names).contains(commandOf(row)));
    }

    @Test
    void theStandardOptionsEveryCommandHasAreSaidOnce() {
        List<String> sentence = block("## Commands").stream()
                .filter(line -> line.startsWith("Every command has "))
                .toList();
        List<String> standard = commands()
                .flatMap(command -> command.options().stream())
                .filter(option -> option.usageHelp() || option.versionHelp())
                .flatMap(option -> Stream.of(option.names()))
                .distinct()
                .toList();

        assertThat(sentence).hasSize(1);
        assertThat(standard).isNotEmpty().allSatisfy(name -> assertThat(sentence.get(0))
                .contains("`" + name + "`"));
    }

    /** The row of {@code command} in the commands table, and the section whose heading names it. */
    private static String documentation(String command) {
        StringBuilder text = new StringBuilder();
        tableRows().stream().filter(row -> commandOf(row).equals(command)).forEach(text::append);
        assertThat(text)
                .as("docs/cli.md's commands table has a row for `%s`", command)
                .isNotEmpty();
        lines.stream()
                .filter(line -> line.startsWith("## ") && line.contains("`" + command + "`"))
                .forEach(heading -> text.append('\n').append(String.join("\n", block(heading))));
        return text.toString();
    }

    /** The rows of the table under {@code ## Commands}, but its header. */
    private static List<String> tableRows() {
        return block("## Commands").stream()
                .filter(line -> line.startsWith("| `"))
                .toList();
    }

    /** The command a row of the commands table is about: the first word of its first cell. */
    private static String commandOf(String row) {
        return row.substring("| `".length()).split("[ `]", 2)[0];
    }

    /** The lines after the heading {@code heading}, up to the next heading of its level. */
    private static List<String> block(String heading) {
        int start = lines.indexOf(heading);
        assertThat(start).as("docs/cli.md has the heading %s", heading).isNotNegative();
        List<String> block = new ArrayList<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            block.add(line);
        }
        return block;
    }
}
