package org.tpidoc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkExportExampleTest {

    @TempDir
    Path dir;

    @Test
    void writesOneNdjsonFilePerResourceTypeAndAManifest() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();

        Map<String, Long> counts =
                BulkExportExample.run(dir, 20, new PrintStream(buffer, true, StandardCharsets.UTF_8));

        assertThat(counts).containsEntry("Procedure", 20L);
        for (Map.Entry<String, Long> entry : counts.entrySet()) {
            assertThat(Files.readAllLines(dir.resolve(entry.getKey() + ".ndjson")))
                    .as(entry.getKey())
                    .hasSize(entry.getValue().intValue());
        }
        assertThat(dir.resolve("manifest.json")).isNotEmptyFile();
        assertThat(buffer.toString(StandardCharsets.UTF_8)).startsWith("Wrote 20 sessions to ");
    }
}
