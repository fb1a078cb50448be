package org.tpidoc.note;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.testkit.GoldenFiles;

/**
 * The procedure note and the aftercare handout (English and Spanish) of every readable example
 * session, as text and as HTML, compared with golden files under {@code
 * src/test/resources/golden/note/<example>/}.
 *
 * <p>To accept a deliberate change, rewrite the golden files, review the diff, and run again without the
 * switch:
 *
 * <pre>
 * mvn -B -q -pl core -am test -Dtest='org.tpidoc.note.GoldenDocumentsTest' -Dsurefire.failIfNoSpecifiedTests=false -Dtpidoc.updateGolden=true
 * </pre>
 *
 * With the switch every out-of-date file is rewritten and its test fails ({@link GoldenFiles}): an update
 * run never passes. Without it a missing or different golden file fails the test.
 */
class GoldenDocumentsTest {

    private static final GoldenFiles GOLDEN = GoldenFiles.in(Path.of("src", "test", "resources", "golden", "note"));
    private static final Locale SPANISH = Locale.forLanguageTag("es");

    static List<String> examples() {
        return ExampleSessions.readableNames();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void procedureNoteMatchesItsGoldenFiles(String example) {
        ProcedureNote note = ProcedureNote.of(ExampleSessions.read(example), Catalog.builtIn());

        Map<String, String> files = new LinkedHashMap<>();
        files.put(example + "/note.txt", DocumentRenderer.plainText().render(note));
        files.put(example + "/note.html", DocumentRenderer.html().render(note));
        GOLDEN.assertMatch(files);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aftercareHandoutMatchesItsGoldenFilesInEnglishAndSpanish(String example) {
        InjectionSession session = ExampleSessions.read(example);
        Map<String, String> files = new LinkedHashMap<>();
        for (Locale locale : List.of(Locale.ENGLISH, SPANISH)) {
            AftercareHandout handout = AftercareHandout.of(session, Catalog.builtIn(), locale);
            String prefix = example + "/handout-" + locale.getLanguage();

            files.put(prefix + ".txt", DocumentRenderer.plainText().render(handout));
            files.put(prefix + ".html", DocumentRenderer.html().render(handout));
        }
        GOLDEN.assertMatch(files);
    }
}
