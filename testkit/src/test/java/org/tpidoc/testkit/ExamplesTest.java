package org.tpidoc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExamplesTest {

    /** The kit's copy, as the module holds it (Surefire runs in the module folder). */
    private static final Path KIT = Path.of("src", "main", "resources", "examples");

    /**
     * The project's source of the examples, beside the repository ({@code ../shared/examples}); a clone on
     * its own (CI) does not have it.
     */
    private static final Path SHARED = Path.of("..", "..", "shared", "examples");

    @Test
    void holdsTheSharedExamplesByteForByteWhereTheyAreBesideTheRepository() throws IOException {
        assumeTrue(Files.isDirectory(SHARED), "no ../shared/examples beside the repository (a clone on its own)");

        Map<String, byte[]> kit = files(KIT);
        Map<String, byte[]> shared = files(SHARED);

        assertThat(kit.keySet()).as("files of %s and %s", KIT, SHARED).isEqualTo(shared.keySet());
        kit.forEach((file, bytes) -> assertThat(bytes).as(file).isEqualTo(shared.get(file)));
        assertThat(kit).hasSize(Examples.all().size() + 1);
    }

    @Test
    void listsEverySessionFileOnceInExpectationsOrder() throws IOException {
        List<String> onDisk;
        try (Stream<Path> files = Files.list(KIT.resolve("sessions"))) {
            onDisk = files.map(file -> file.getFileName().toString()).sorted().toList();
        }

        assertThat(Examples.all()).extracting(Example::file).doesNotHaveDuplicates();
        assertThat(Examples.all()).extracting(Example::file).containsExactlyInAnyOrderElementsOf(onDisk);
        assertThat(Examples.all()).first().extracting(Example::file).isEqualTo(Examples.NECK_SHOULDER);
    }

    @Test
    void namesEveryListedFileByAConstant() {
        assertThat(Examples.all())
                .extracting(Example::file)
                .containsExactly(
                        Examples.NECK_SHOULDER,
                        Examples.LOW_BACK,
                        Examples.FULL_RECORD,
                        Examples.DRY_NEEDLING,
                        Examples.BOTULINUM,
                        Examples.LIDOCAINE_ABOVE_MAXIMUM,
                        Examples.PNEUMOTHORAX_NOT_DISCLOSED,
                        Examples.MALFORMED_UNKNOWN_PROPERTY);
    }

    @Test
    void selectsReadableAndValidExamplesFromTheExpectations() {
        assertThat(Examples.readable()).hasSize(7).noneMatch(e -> e.file().startsWith("malformed-"));
        assertThat(Examples.valid())
                .extracting(Example::file)
                .containsExactly(
                        Examples.NECK_SHOULDER,
                        Examples.LOW_BACK,
                        Examples.FULL_RECORD,
                        Examples.DRY_NEEDLING,
                        Examples.BOTULINUM);
    }

    @Test
    void readsTheExpectationsOfOneExample() {
        Example botulinum = Examples.named(Examples.BOTULINUM);
        Example overdose = Examples.named(Examples.LIDOCAINE_ABOVE_MAXIMUM);

        assertThat(botulinum.name()).isEqualTo("botulinum-cervical-ultrasound");
        assertThat(botulinum.billing().orElseThrow())
                .extracting(Example.Charge::line)
                .contains("J0585 x40 [JW]");
        assertThat(botulinum.doses()).isNotEmpty();
        assertThat(overdose.valid()).isFalse();
        assertThat(overdose.errors()).containsExactly("dose-above-maximum");
        assertThat(overdose.billing()).isEmpty();
        assertThat(Examples.named(Examples.NECK_SHOULDER).fhirCounts()).containsEntry("Procedure", 1);
    }

    @Test
    void givesTheTextAndAPathOfTheSameBytes() throws IOException {
        String text = Examples.text(Examples.DRY_NEEDLING);

        assertThat(text).startsWith("{").contains("\"schemaVersion\"");
        assertThat(Examples.named(Examples.DRY_NEEDLING).text()).isEqualTo(text);
        assertThat(Examples.path(Examples.DRY_NEEDLING)).hasContent(text).hasFileName(Examples.DRY_NEEDLING);
    }

    @Test
    void refusesAnUnknownExample() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Examples.named("nowhere.json"))
                .withMessageContaining("nowhere.json");
        assertThatIllegalArgumentException().isThrownBy(() -> Examples.text("nowhere.json"));
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }
}
