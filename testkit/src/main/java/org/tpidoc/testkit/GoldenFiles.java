package org.tpidoc.testkit;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.SoftAssertions;
import org.jspecify.annotations.Nullable;

/**
 * Golden files: text a test produces, compared with files kept in the repository (UTF-8, byte for byte).
 *
 * <p>Without the update switch, a missing or different file fails the test, naming every such file of the
 * call at once. With {@code -Dtpidoc.updateGolden=true} (Surefire passes it on to the test JVM), every
 * file that is missing or out of date is rewritten and the test then <em>fails</em>, listing what it
 * rewrote: an update run never passes, so rewritten files are never silently compared with themselves.
 * Every case of a run rewrites its own files, so one update run brings them all up to date; review the
 * diff, then run again without the switch, which passes.
 *
 * <pre>{@code
 * private static final GoldenFiles GOLDEN = GoldenFiles.in(Path.of("src", "test", "resources", "golden"));
 *
 * GOLDEN.assertMatches("neck/note.txt", text);
 * GOLDEN.assertMatch(Map.of("neck/note.txt", text, "neck/note.html", html)); // both checked, both rewritten
 * }</pre>
 */
public final class GoldenFiles {

    /** The system property that switches on rewriting: {@code tpidoc.updateGolden}. */
    public static final String UPDATE_PROPERTY = "tpidoc.updateGolden";

    private final Path folder;
    private final boolean update;

    private GoldenFiles(Path folder, boolean update) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.update = update;
    }

    /**
     * The golden files under {@code folder} (relative paths resolve against the working directory, which
     * Surefire sets to the module), rewritten when the system property {@value #UPDATE_PROPERTY} is {@code
     * true}.
     */
    public static GoldenFiles in(Path folder) {
        return new GoldenFiles(folder, Boolean.getBoolean(UPDATE_PROPERTY));
    }

    /** The golden files under {@code folder}, rewritten when {@code update} is set (for tests of this kit). */
    public static GoldenFiles in(Path folder, boolean update) {
        return new GoldenFiles(folder, update);
    }

    /** Checks one file, as {@link #assertMatch(Map)} does. */
    public void assertMatches(String file, String actual) {
        assertMatch(Map.of(file, actual));
    }

    /**
     * Checks that each file (a path relative to the folder) holds exactly its text. Without the
     * update switch it fails naming every missing or differing file; with it, it rewrites those files and
     * fails listing them. It passes only when every file already matched.
     *
     * @param actualByFile the text each file must hold; at least one
     * @throws AssertionError when a file was missing or different, whether or not it was rewritten
     */
    public void assertMatch(Map<String, String> actualByFile) {
        if (actualByFile.isEmpty()) {
            throw new IllegalArgumentException("no golden file to check");
        }
        if (update) {
            rewriteOutOfDate(actualByFile);
            return;
        }
        SoftAssertions softly = new SoftAssertions();
        actualByFile.forEach((file, actual) -> {
            Path golden = folder.resolve(file);
            String expected = read(golden);
            if (expected == null) {
                softly.fail("golden file %s is missing (run with -D%s=true to create it)", golden, UPDATE_PROPERTY);
            } else {
                softly.assertThat(actual)
                        .as(
                                "%s differs from golden file %s (after an intended change: -D%s=true)",
                                file, golden, UPDATE_PROPERTY)
                        .isEqualTo(expected);
            }
        });
        softly.assertAll();
    }

    private void rewriteOutOfDate(Map<String, String> actualByFile) {
        List<Path> rewritten = new ArrayList<>();
        actualByFile.forEach((file, actual) -> {
            Path golden = folder.resolve(file);
            if (!actual.equals(read(golden))) {
                write(golden, actual);
                rewritten.add(golden);
            }
        });
        if (!rewritten.isEmpty()) {
            fail(
                    "rewrote %d golden file(s) because -D%s=true: %s. Review the diff, then run again without the"
                            + " switch (an update run never passes).",
                    rewritten.size(), UPDATE_PROPERTY, rewritten);
        }
    }

    private static @Nullable String read(Path golden) {
        if (!Files.exists(golden)) {
            return null;
        }
        try {
            return Files.readString(golden, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path golden, String text) {
        try {
            Path parent = golden.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(golden, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
