package org.tpidoc.fhir;

import static com.google.common.base.Preconditions.checkArgument;

import ca.uhn.fhir.parser.IParser;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Resource;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.assembly.BulkManifest;
import org.tpidoc.fhir.assembly.NdjsonBulkReader;
import org.tpidoc.session.InjectionSession;

/**
 * Writes sessions as bulk FHIR NDJSON: one file per resource type ({@code Procedure.ndjson}, {@code
 * Observation.ndjson}, ...), one resource per line, and on {@link #close()} a {@value #MANIFEST} in the form of
 * the FHIR Bulk Data Access export manifest: {@code transactionTime} (when the writer was opened), {@code
 * request}, {@code requiresAccessToken}, {@code output} (each file's type, URL and line count), an empty
 * {@code error}, and the number of sessions in {@code extension.sessions}. By default the request and
 * every file's URL are {@code file:} URLs of the directory and no access token is required; a writer built
 * with {@link #builder(Path)} takes the URLs the files will be served at. Resources refer to each other as
 * {@code Type/id}.
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
    private final Instant transactionTime;
    private final URI request;
    private final URI outputBase;
    private final boolean requiresAccessToken;
    private final IParser parser = Fhir.context().newJsonParser().setPrettyPrint(false);
    private final Map<String, BufferedWriter> files = new TreeMap<>();
    private final Map<String, Long> counts = new TreeMap<>();
    private long sessions;
    private boolean closed;

    private NdjsonBulkWriter(Builder builder) {
        this.directory = builder.directory;
        this.exporter = builder.exporter;
        this.transactionTime = builder.clock.instant();
        this.request = builder.request == null ? BulkManifest.directoryBase(directory) : builder.request;
        this.outputBase = builder.outputBase == null ? BulkManifest.directoryBase(directory) : builder.outputBase;
        this.requiresAccessToken = builder.requiresAccessToken;
    }

    /**
     * A writer into {@code directory} (created if missing), mapping with {@code exporter}, with the
     * manifest's defaults ({@code file:} URLs, no access token, the system clock).
     *
     * @throws IOException if the directory cannot be created
     */
    public static NdjsonBulkWriter open(Path directory, FhirExporter exporter) throws IOException {
        return builder(directory).exporter(exporter).open();
    }

    /** A builder of a writer into {@code directory}, for the manifest's URLs, token flag and clock. */
    public static Builder builder(Path directory) {
        return new Builder(directory);
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
        List<BulkManifest.File> output = new ArrayList<>();
        counts.forEach((type, count) -> output.add(new BulkManifest.File(type, fileName(type), count)));
        new BulkManifest(transactionTime, request, requiresAccessToken, outputBase, output, sessions)
                .writeTo(directory.resolve(MANIFEST));
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

    /**
     * Builds a {@link NdjsonBulkWriter}: the exporter ({@link FhirExporter#standard()} by default) and what
     * the manifest says about where the export came from and where its files are served.
     */
    public static final class Builder {

        private final Path directory;
        private FhirExporter exporter = FhirExporter.standard();
        private @Nullable URI request;
        private @Nullable URI outputBase;
        private boolean requiresAccessToken;
        private Clock clock = Clock.systemUTC();

        private Builder(Path directory) {
            this.directory = Objects.requireNonNull(directory, "directory");
        }

        /** The exporter that maps each session. */
        public Builder exporter(FhirExporter exporter) {
            this.exporter = Objects.requireNonNull(exporter, "exporter");
            return this;
        }

        /** The manifest's {@code request}: the absolute URL the export was asked for at. */
        public Builder request(URI request) {
            checkArgument(request.isAbsolute(), "the request must be an absolute URL");
            this.request = request;
            return this;
        }

        /**
         * The absolute URL the files will be served under: each file's {@code url} in the manifest is its
         * name resolved against it (a missing final {@code /} is added).
         */
        public Builder outputBase(URI outputBase) {
            checkArgument(outputBase.isAbsolute(), "the output base must be an absolute URL");
            this.outputBase = outputBase;
            return this;
        }

        /** The manifest's {@code requiresAccessToken}: whether the files' URLs need a bearer token. */
        public Builder requiresAccessToken(boolean requiresAccessToken) {
            this.requiresAccessToken = requiresAccessToken;
            return this;
        }

        /** The clock of the manifest's {@code transactionTime}, read once when the writer opens. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * The writer; creates the directory if missing.
         *
         * @throws IOException if the directory cannot be created
         */
        public NdjsonBulkWriter open() throws IOException {
            Files.createDirectories(directory);
            return new NdjsonBulkWriter(this);
        }
    }
}
