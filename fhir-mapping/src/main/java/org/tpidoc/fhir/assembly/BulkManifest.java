package org.tpidoc.fhir.assembly;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The manifest of a bulk NDJSON export, in the form of the FHIR Bulk Data Access export manifest
 * ({@code transactionTime}, {@code request}, {@code requiresAccessToken}, {@code output} with each file's
 * {@code type}, {@code url} and {@code count}, and {@code error}), with the number of sessions in its
 * {@code extension} object, the place the specification reserves for a server's own information.
 *
 * @param transactionTime when the export started (written to the millisecond, UTC)
 * @param request the URL the export was asked for at
 * @param requiresAccessToken whether reading the files' URLs needs a bearer token
 * @param outputBase the absolute URL each file name is resolved against for its {@code url}
 * @param output one file per resource type, in the order given
 * @param sessions how many sessions the files hold
 */
public record BulkManifest(
        Instant transactionTime,
        URI request,
        boolean requiresAccessToken,
        URI outputBase,
        List<File> output,
        long sessions) {

    /** The key, inside {@code extension}, of the number of sessions. */
    public static final String SESSIONS = "sessions";

    /** Checks the URLs are absolute and copies the list. */
    public BulkManifest {
        Objects.requireNonNull(transactionTime, "transactionTime");
        checkArgument(request.isAbsolute(), "the request must be an absolute URL");
        checkArgument(outputBase.isAbsolute(), "the output base must be an absolute URL");
        output = List.copyOf(output);
        checkArgument(sessions >= 0, "sessions must not be negative");
    }

    /**
     * One NDJSON file of the export.
     *
     * @param type the resource type of every line
     * @param fileName the file's name in the directory
     * @param count the number of lines (resources)
     */
    public record File(String type, String fileName, long count) {

        /** Checks the parts are present and the count not negative. */
        public File {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(fileName, "fileName");
            checkArgument(count >= 0, "count must not be negative");
        }
    }

    /** The base that makes each file's {@code url} the file itself in {@code directory}. */
    public static URI directoryBase(Path directory) {
        return directory.toAbsolutePath().normalize().toUri();
    }

    /**
     * Writes the manifest as pretty-printed JSON.
     *
     * @throws IOException if it cannot be written
     */
    public void writeTo(Path file) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put(
                "transactionTime",
                transactionTime.truncatedTo(ChronoUnit.MILLIS).toString());
        manifest.put("request", request.toString());
        manifest.put("requiresAccessToken", requiresAccessToken);
        manifest.put(
                "output",
                output.stream()
                        .map(f -> {
                            Map<String, Object> entry = new LinkedHashMap<>();
                            entry.put("type", f.type());
                            entry.put("url", base().resolve(f.fileName()).toString());
                            entry.put("count", f.count());
                            return entry;
                        })
                        .toList());
        manifest.put("error", List.of());
        manifest.put("extension", Map.of(SESSIONS, sessions));
        JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValue(file.toFile(), manifest);
    }

    private URI base() {
        String base = outputBase.toString();
        return base.endsWith("/") ? outputBase : URI.create(base + "/");
    }
}
