package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PushReportTest {

    @TempDir
    Path dir;

    @Test
    void fileAppearsWholeOnlyWhenClosedAndReplacesTheOldOne() throws IOException {
        Path target = dir.resolve("reports/report.ndjson");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "{\"old\":true}\n");

        try (PushReport report = PushReport.file(target)) {
            report.write("{\"n\":1}");
            report.write("{\"n\":2}");

            assertThat(Files.readString(target)).isEqualTo("{\"old\":true}\n");
            assertThat(report.lines()).isEqualTo(2);
        }

        assertThat(Files.readString(target)).isEqualTo("{\"n\":1}\n{\"n\":2}\n");
        assertThat(namesIn(target.getParent())).containsExactly("report.ndjson");
    }

    @Test
    void createsTheDirectoryOfTheFile() throws IOException {
        Path target = dir.resolve("a/b/report.ndjson");

        try (PushReport report = PushReport.file(target)) {
            report.write("{}");
        }

        assertThat(Files.readString(target)).isEqualTo("{}\n");
    }

    @Test
    void aDirectoryInTheWayFailsBeforeAnythingIsWritten() throws IOException {
        Files.createDirectories(dir.resolve("report.ndjson"));

        assertThatThrownBy(() -> PushReport.file(dir.resolve("report.ndjson")))
                .isInstanceOf(FileSystemException.class)
                .hasMessageContaining("is a directory");
        assertThat(namesIn(dir)).containsExactly("report.ndjson");
    }

    @Test
    void standardOutputGetsEachLineAtOnce() throws IOException {
        StringWriter out = new StringWriter();

        try (PushReport report = PushReport.to(new PrintWriter(out))) {
            report.write("{\"n\":1}");

            assertThat(out.toString()).isEqualTo("{\"n\":1}\n");
        }
    }

    private static List<String> namesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
