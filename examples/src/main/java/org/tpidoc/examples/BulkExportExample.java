package org.tpidoc.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.NdjsonBulkWriter;
import org.tpidoc.synthetic.SessionGenerator;
import org.tpidoc.validation.SessionValidator;

/**
 * Bulk-exports generated sessions to FHIR NDJSON: one file per resource type and a manifest, streamed
 * one session at a time, so memory stays bounded however many sessions there are. The sessions are
 * synthetic (seeded, no patient data); in an EMR the stream would come from the database.
 *
 * <p>Arguments: the output directory (default {@code tpidoc-bulk}) and the number of sessions (default
 * 100).
 */
public final class BulkExportExample {

    private BulkExportExample() {}

    /** Writes {@code args[1]} (100) generated sessions into the directory {@code args[0]} ({@code tpidoc-bulk}). */
    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args.length > 0 ? args[0] : "tpidoc-bulk");
        long count = args.length > 1 ? Long.parseLong(args[1]) : 100;
        run(directory, count, System.out);
    }

    /**
     * Writes {@code count} sessions of a generator seeded with 42 into {@code directory} and prints what
     * was written.
     *
     * @return the resources written, by resource type
     */
    static Map<String, Long> run(Path directory, long count, PrintStream out) throws IOException {
        SessionGenerator generator = SessionGenerator.seeded(42);
        SessionValidator validator = SessionValidator.standard();
        NdjsonBulkWriter writer = NdjsonBulkWriter.open(directory, FhirExporter.standard());
        try (writer) {
            // lazy: one session in memory at a time; only sessions without error findings are exported
            writer.writeAll(
                    generator.stream(count).filter(s -> validator.validate(s).isValid()));
        }
        out.println("Wrote " + writer.sessions() + " sessions to " + directory.toAbsolutePath() + ":");
        writer.counts().forEach((type, n) -> out.println("  " + NdjsonBulkWriter.fileName(type) + "  " + n));
        out.println("  " + NdjsonBulkWriter.MANIFEST);
        return writer.counts();
    }
}
