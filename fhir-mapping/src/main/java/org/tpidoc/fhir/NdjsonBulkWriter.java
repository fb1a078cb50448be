package org.tpidoc.fhir;

import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Resource;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.assembly.NdjsonBulkReader;
import org.tpidoc.session.InjectionSession;

/**
 * Writes sessions as bulk FHIR NDJSON: one file per resource type ({@code Procedure.ndjson}, {@code
 * Observation.ndjson}, ...), one resource per line, and on {@link #close()} a {@value #MANIFEST} that lists
 * each file with its resource type and line count, after the FHIR Bulk Data export manifest (without a
 * transaction time: nothing here reads the clock). Resources refer to each other as {@code Type/id}.
 *
 * <p>Streaming: each session is mapped, written and dropped before the next, so memory stays bounded by
 * one session however many are written; only the open files and their counts are kept. Not thread-safe:
 * one writer per thread of output.
 */
public final class NdjsonBulkWriter implements Closeable {

    /** The manifest's file name. */
    public static final String MANIFEST = NdjsonBulkReader.MANIFEST;

    private final Path directory;
    private final FhirExporter exporter;
    private final IParser parser = Fhir.context().newJsonParser().setPrettyPrint(false);
    private final Map<String, BufferedWriter> files = new TreeMap<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private long sessions;
    private boolean closed;

    private NdjsonBulkWriter(Path directory, FhirExporter exporter) {
        this.directory = directory;
        this.exporter = exporter;
    }

    /**
     * A writer into {@code directory} (created if missing), mapping with {@code exporter}.
     *
     * @throws IOException if the directory cannot be created
     */
    public static NdjsonBulkWriter open(Path directory, FhirExporter exporter) throws IOException {
        Files.createDirectories(Objects.requireNonNull(directory, "directory"));
        return new NdjsonBulkWriter(directory, Objects.requireNonNull(exporter, "exporter"));
    }

    /**
     * Appends the resources of one session, each to its type's file.
     *
     * @throws IOException if writing fails
     */
    public void write(InjectionSession session) throws IOException {
        if (closed) {
            throw new IllegalStateException("the writer is closed");
        }
        for (Resource resource : exporter.toResources(session)) {
            BufferedWriter file = file(resource.fhirType());
            parser.encodeResourceToWriter(resource, file);
            file.write('\n');
            counts.merge(resource.fhirType(), 1L, Long::sum);
        }
        sessions++;
    }

    /**
     * Appends every session of {@code stream}, in order, consuming it lazily.
     *
     * @throws IOException if writing fails
     */
    public void writeAll(Stream<InjectionSession> stream) throws IOException {
        try {
            stream.forEachOrdered(session -> {
                try {
                    write(session);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The sessions written so far. */
    public long sessions() {
        return sessions;
    }

    /** The resources written so far, by resource type in alphabetical order. */
    public Map<String, Long> counts() {
        return new LinkedHashMap<>(counts);
    }

    /**
     * Closes every file and writes the manifest. Calling it again does nothing.
     *
     * @throws IOException if a file cannot be closed or the manifest cannot be written
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        IOException failure = null;
        for (BufferedWriter file : files.values()) {
            try {
                file.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
        List<Map<String, Object>> output = new ArrayList<>();
        counts.forEach((type, count) -> {
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("type", type);
            file.put("url", fileName(type));
            file.put("count", count);
            output.add(file);
        });
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", "application/fhir+ndjson");
        manifest.put("sessions", sessions);
        manifest.put("output", output);
        manifest.put("error", List.of());
        new ObjectMapper()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(directory.resolve(MANIFEST).toFile(), manifest);
    }

    private BufferedWriter file(String resourceType) throws IOException {
        BufferedWriter file = files.get(resourceType);
        if (file == null) {
            file = Files.newBufferedWriter(directory.resolve(fileName(resourceType)), StandardCharsets.UTF_8);
            files.put(resourceType, file);
        }
        return file;
    }

    /** The file of a resource type: {@code <Type>.ndjson}. */
    public static String fileName(String resourceType) {
        return resourceType + ".ndjson";
    }
}
