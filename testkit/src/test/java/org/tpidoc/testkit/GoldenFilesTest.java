package org.tpidoc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenFilesTest {

    @TempDir
    Path folder;

    private final Map<String, String> produced = new LinkedHashMap<>();

    @BeforeEach
    void threeFilesOneUpToDateOneStaleOneMissing() throws IOException {
        Files.writeString(folder.resolve("same.txt"), "same\n");
        Files.writeString(folder.resolve("stale.txt"), "old\n");
        produced.put("same.txt", "same\n");
        produced.put("stale.txt", "new\n");
        produced.put("case/missing.txt", "created\n");
    }

    @Test
    void failsNamingEveryMissingOrDifferentFileAndWritesNothing() {
        Throwable failure = catchThrowable(() -> GoldenFiles.in(folder, false).assertMatch(produced));

        assertThat(failure)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("stale.txt differs")
                .hasMessageContaining("missing.txt is missing")
                .hasMessageNotContaining("same.txt");
        assertThat(folder.resolve("stale.txt")).hasContent("old\n");
        assertThat(folder.resolve("case/missing.txt")).doesNotExist();
    }

    @Test
    void updateRunRewritesEveryOutOfDateFileAndStillFailsThenTheNextRunPasses() {
        Throwable update = catchThrowable(() -> GoldenFiles.in(folder, true).assertMatch(produced));

        assertThat(update)
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("rewrote 2 golden file(s)")
                .hasMessageContaining("stale.txt")
                .hasMessageContaining("missing.txt")
                .hasMessageNotContaining("same.txt");
        assertThat(folder.resolve("stale.txt")).hasContent("new\n");
        assertThat(folder.resolve("case/missing.txt")).hasContent("created\n");
        assertThatCode(() -> GoldenFiles.in(folder, false).assertMatch(produced))
                .doesNotThrowAnyException();
        assertThatCode(() -> GoldenFiles.in(folder, true).assertMatch(produced))
                .as("an update run with nothing out of date")
                .doesNotThrowAnyException();
    }

    @Test
    void checksOneFile() {
        assertThatCode(() -> GoldenFiles.in(folder, false).assertMatches("same.txt", "same\n"))
                .doesNotThrowAnyException();
        assertThat(catchThrowable(() -> GoldenFiles.in(folder, false).assertMatches("same.txt", "same")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void refusesToCheckNothing() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> GoldenFiles.in(folder, true).assertMatch(Map.of()));
    }

    @Test
    void readsTheUpdateSwitchFromTheSystemProperty() {
        String before = System.getProperty(GoldenFiles.UPDATE_PROPERTY);
        try {
            System.setProperty(GoldenFiles.UPDATE_PROPERTY, "true");
            assertThat(catchThrowable(() -> GoldenFiles.in(folder).assertMatches("stale.txt", "newer\n")))
                    .hasMessageContaining("rewrote 1 golden file(s)");
            System.setProperty(GoldenFiles.UPDATE_PROPERTY, "false");
            assertThatCode(() -> GoldenFiles.in(folder).assertMatches("stale.txt", "newer\n"))
                    .doesNotThrowAnyException();
        } finally {
            if (before == null) {
                System.clearProperty(GoldenFiles.UPDATE_PROPERTY);
            } else {
                System.setProperty(GoldenFiles.UPDATE_PROPERTY, before);
            }
        }
    }
}
