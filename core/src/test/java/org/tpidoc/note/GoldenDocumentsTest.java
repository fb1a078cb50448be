package org.tpidoc.note;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.session.InjectionSession;

/**
 * The procedure note and the aftercare handout (English and Spanish) of every readable example
 * session, as text and as HTML, compared with golden files under {@code
 * src/test/resources/golden/note/<example>/}.
 *
 * <p>To accept a deliberate change, rewrite the golden files and review the diff before committing:
 *
 * <pre>
 * mvn -B -q -Dtpidoc.target=target-note -pl core test -Dtest='org.tpidoc.note.GoldenDocumentsTest' -Dtpidoc.updateGolden=true
 * </pre>
 *
 * (Surefire passes the {@code -D} property on to the test JVM.) With the property, a golden file that
 * differs is rewritten and its test is reported as aborted (skipped), never as passed: a rewritten file
 * is not compared with itself. Without the property a missing or different golden file fails the test.
 */
class GoldenDocumentsTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "note");
    private static final boolean UPDATE = Boolean.getBoolean("tpidoc.updateGolden");
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    static List<String> examples() {
        return ExampleSessions.readableNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void procedureNoteMatchesItsGoldenFiles(String example) throws IOException {
        ProcedureNote note = ProcedureNote.of(ExampleSessions.read(example), Catalog.builtIn());

        assertMatchesGolden(example, "note.txt", DocumentRenderer.plainText().render(note));
        assertMatchesGolden(example, "note.html", DocumentRenderer.html().render(note));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aftercareHandoutMatchesItsGoldenFilesInEnglishAndSpanish(String example) throws IOException {
        InjectionSession session = ExampleSessions.read(example);
        for (Locale locale : List.of(Locale.ENGLISH, SPANISH)) {
            AftercareHandout handout = AftercareHandout.of(session, Catalog.builtIn(), locale);
            String prefix = "handout-" + locale.getLanguage();

            assertMatchesGolden(
                    example, prefix + ".txt", DocumentRenderer.plainText().render(handout));
            assertMatchesGolden(
                    example, prefix + ".html", DocumentRenderer.html().render(handout));
        }
    }

    private static void assertMatchesGolden(String example, String file, String actual) throws IOException {
        Path golden = GOLDEN.resolve(example).resolve(file);
        if (UPDATE
                && !(Files.exists(golden)
                        && Files.readString(golden, StandardCharsets.UTF_8).equals(actual))) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
            Assumptions.abort("rewrote " + golden + ": review the diff");
        }
        assertThat(golden)
                .as("golden file %s (run with -Dtpidoc.updateGolden=true to create it)", golden)
                .exists();
        assertThat(actual)
                .as("%s differs from %s", file, golden)
                .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
