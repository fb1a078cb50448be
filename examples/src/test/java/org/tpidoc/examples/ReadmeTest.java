package org.tpidoc.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.examples.cli.CliEnvironment;
import org.tpidoc.examples.cli.TpidocCommand;
import picocli.CommandLine;

/** The README (and docs/cli.md) say what is true: its commands, its code and its links. */
class ReadmeTest {

    private static final Path ROOT = Path.of(System.getProperty("basedir", System.getProperty("user.dir")))
            .toAbsolutePath()
            .getParent();

    @TempDir
    Path dir;

    @Test
    void statesTheTwoCommands() throws IOException {
        assertThat(readme())
                .contains("mvn -B -q package -DskipTests && java -jar examples/target/tpidoc.jar demo\n")
                .contains("\nmvn -B verify\n");
    }

    @Test
    void theMainJobDemoWritesItsFourFilesWithNoArguments() throws IOException {
        StringWriter out = new StringWriter();
        int exitCode = new CommandLine(new TpidocCommand(new CliEnvironment(System.in, null, dir)))
                .setOut(new PrintWriter(out, true))
                .setErr(new PrintWriter(new StringWriter(), true))
                .execute("demo");

        assertThat(exitCode).isZero();
        for (String file : List.of("session.json", "bundle.json", "note.txt", "handout.txt")) {
            assertThat(dir.resolve("tpidoc-demo").resolve(file)).isNotEmptyFile();
            assertThat(readme()).contains(file);
        }
        assertThat(out.toString()).contains("Wrote 4 files to " + dir.resolve("tpidoc-demo"));
    }

    @Test
    void quotesTheEmbeddingExampleWordForWord() throws IOException {
        String source =
                Files.readString(ROOT.resolve("examples/src/main/java/org/tpidoc/examples/EmbeddingExample.java"));
        String quoted = source.substring(
                source.indexOf("// README:begin\n") + "// README:begin\n".length(),
                source.indexOf("    // README:end"));
        String expected = Arrays.stream(quoted.split("\n", -1))
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .reduce((a, b) -> a + "\n" + b)
                .orElseThrow();

        assertThat(readme()).contains("```java\n" + expected + "```\n");
    }

    static Stream<String> cheatSheetLines() throws IOException {
        List<String> lines = new ArrayList<>();
        for (String text : List.of(readme(), Files.readString(ROOT.resolve("docs/cli.md")))) {
            Matcher blocks = Pattern.compile("```sh\n(.*?)```", Pattern.DOTALL).matcher(text);
            while (blocks.find()) {
                blocks.group(1)
                        .lines()
                        .filter(line -> line.startsWith("tpidoc "))
                        .map(line -> line.replaceFirst("\\s+#.*$", "").strip())
                        .forEach(lines::add);
            }
        }
        return lines.stream();
    }

    @ParameterizedTest
    @MethodSource("cheatSheetLines")
    void everyCheatSheetLineIsAValidCommandLine(String line) {
        String[] args = line.substring("tpidoc ".length()).split("\\s+");

        assertThatNoException().as(line).isThrownBy(() -> new CommandLine(new TpidocCommand()).parseArgs(args));
    }

    @Test
    void cheatSheetsCoverEveryCommand() throws IOException {
        List<String> commands =
                cheatSheetLines().map(l -> l.split("\\s+")[1]).distinct().toList();

        assertThat(commands)
                .containsAll(
                        new CommandLine(new TpidocCommand()).getSubcommands().keySet());
    }

    @Test
    void linksToTheDocs() throws IOException {
        for (String doc : List.of(
                "domain-model.md",
                "fhir-export.md",
                "fhir-import.md",
                "documents.md",
                "terminology.md",
                "clinical-rules.md",
                "cli.md",
                "design.md",
                "style.md")) {
            assertThat(readme()).contains("(docs/" + doc + ")");
        }
    }

    /** The README and every page under docs/, as paths from the repository root. */
    static Stream<String> pages() throws IOException {
        List<String> pages = new ArrayList<>(List.of("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.map(p -> "docs/" + p.getFileName())
                    .filter(p -> p.endsWith(".md"))
                    .sorted()
                    .forEach(pages::add);
        }
        return pages.stream();
    }

    @Test
    void checksTheReadmeAndEveryDoc() throws IOException {
        assertThat(pages().toList())
                .contains("README.md", "docs/design.md", "docs/style.md", "docs/terminology.md")
                .hasSizeGreaterThanOrEqualTo(10);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyRelativeLinkResolvesInsideTheRepository(String page) throws IOException {
        Path file = ROOT.resolve(page);
        Matcher links = Pattern.compile("\\]\\(([^)#:]+)(#[^)]*)?\\)").matcher(Files.readString(file));
        while (links.find()) {
            Path target = file.getParent().resolve(links.group(1)).normalize();
            assertThat(target)
                    .as(page + " links " + links.group(1))
                    .startsWithRaw(ROOT)
                    .exists();
        }
    }

    /**
     * Nothing the docs rely on lives beside the repository (the design, terminology and style notes were
     * once in {@code ../shared}): every path climbing with {@code ../} stays inside the repository and
     * exists, every page named (such as {@code terminology.md}) is one of the repository's, and no
     * shared folder outside it is named.
     */
    @ParameterizedTest
    @MethodSource("pages")
    void namesNoFileOutsideTheRepository(String page) throws IOException {
        Path file = ROOT.resolve(page);
        String text = Files.readString(file);
        Matcher climbing = Pattern.compile("(?:\\.\\./)+[\\w./-]*[\\w/]").matcher(text);
        while (climbing.find()) {
            Path target = file.getParent().resolve(climbing.group()).normalize();
            assertThat(target)
                    .as(page + " names " + climbing.group())
                    .startsWithRaw(ROOT)
                    .exists();
        }
        Matcher pages = Pattern.compile("[\\w./-]+\\.md\\b").matcher(text);
        while (pages.find()) {
            String name = pages.group();
            assertThat(Stream.of(file.getParent(), ROOT)
                            .map(dir -> dir.resolve(name).normalize()))
                    .as(page + " names " + name)
                    .anyMatch(p -> p.startsWith(ROOT) && Files.isRegularFile(p));
        }
        assertThat(text).as(page).doesNotContain("../shared").doesNotContain("/work/");
    }

    @Test
    void linksToAnExampleProgramThatExistsForEachUseCase() throws IOException {
        Matcher links =
                Pattern.compile("\\((examples/src/main/java/[^)]+\\.java)\\)").matcher(readme());
        int count = 0;
        while (links.find()) {
            assertThat(ROOT.resolve(links.group(1))).as(links.group(1)).isRegularFile();
            count++;
        }
        assertThat(count).isGreaterThanOrEqualTo(6);
    }

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }
}
