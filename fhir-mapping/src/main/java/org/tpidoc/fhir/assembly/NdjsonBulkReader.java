package org.tpidoc.fhir.assembly;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.input.DocumentParser;
import org.tpidoc.fhir.input.InputRejected;
import org.tpidoc.fhir.kernel.Findings;
import org.tpidoc.fhir.kernel.Located;

/**
 * The resources of a bulk NDJSON directory: the inverse of {@link org.tpidoc.fhir.NdjsonBulkWriter}. The files are those
 * the {@value #MANIFEST} lists (plain file names in the directory, or the last segment of an
 * http(s) or file URL, always read from the directory itself; never a path), or every {@code
 * *.ndjson} file when there is no manifest. Each line is one resource, checked and parsed on its own
 * (path {@code Procedure.ndjson:12/Procedure}); a line that cannot be read is reported and skipped, a line
 * over the size limit is not even held in memory. Resources refer to each other as {@code Type/id}.
 */
public final class NdjsonBulkReader {

    /** The bulk manifest's file name. */
    public static final String MANIFEST = "manifest.json";

    private static final String FILE_NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,200}\\.ndjson";

    /** A file to read: its name, the resource type the manifest gives it, and its line count. */
    private record Part(String file, @Nullable String type, long count) {}

    private NdjsonBulkReader() {}

    /**
     * The resources of {@code directory}, in file then line order.
     *
     * @throws IOException if the directory or a file cannot be read
     * @throws InputRejected if the manifest cannot be read or there are more resources than allowed
     */
    public static List<Located> read(Path directory, DocumentParser parser, Findings findings)
            throws IOException, InputRejected {
        List<Located> resources = new ArrayList<>();
        for (Part part : parts(directory, parser, findings)) {
            Path file = directory.resolve(part.file());
            if (!Files.isRegularFile(file)) {
                findings.add(ImportCode.UNRESOLVED_REFERENCE, MANIFEST, part.file() + " is not in the directory");
                continue;
            }
            long lines = lines(file, part, parser, findings, resources);
            if (part.count() >= 0 && part.count() != lines) {
                findings.add(
                        ImportCode.INCONSISTENT,
                        MANIFEST,
                        part.file() + " has " + lines + " resources where the manifest says " + part.count());
            }
        }
        return resources;
    }

    private static long lines(Path file, Part part, DocumentParser parser, Findings findings, List<Located> resources)
            throws IOException, InputRejected {
        long read = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            int number = 0;
            for (Line line = Line.next(in, parser.limits().maxBytes());
                    line != null;
                    line = Line.next(in, parser.limits().maxBytes())) {
                number++;
                String where = part.file() + ":" + number;
                if (line.tooLong()) {
                    findings.add(
                            ImportCode.TOO_LARGE,
                            where,
                            "a line over " + parser.limits().maxBytes() + " bytes; skipped");
                    continue;
                }
                String text;
                try {
                    text = StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(line.bytes()))
                            .toString();
                } catch (CharacterCodingException e) {
                    findings.add(ImportCode.MALFORMED, where, "not UTF-8; skipped");
                    continue;
                }
                if (text.isBlank()) {
                    continue;
                }
                if (resources.size() >= parser.limits().maxResources()) {
                    throw new InputRejected(
                            ImportCode.TOO_LARGE,
                            where,
                            "more than " + parser.limits().maxResources() + " resources");
                }
                read++;
                try {
                    DocumentParser.Parsed parsed = parser.parse(text, where + "/", findings, true);
                    if (part.type() != null
                            && !part.type().equals(parsed.resource().fhirType())) {
                        findings.add(
                                ImportCode.INCONSISTENT, parsed.path(), "a resource of another type than its file's");
                    }
                    resources.add(new Located(parsed.resource(), parsed.path(), resources.size(), null));
                } catch (InputRejected e) {
                    findings.add(e.finding());
                }
            }
        }
        return read;
    }

    private static List<Part> parts(Path directory, DocumentParser parser, Findings findings)
            throws IOException, InputRejected {
        Path manifest = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            try (Stream<Path> files = Files.list(directory)) {
                return files.map(p -> p.getFileName().toString())
                        .filter(name -> name.matches(FILE_NAME))
                        .sorted()
                        .map(name -> new Part(name, null, -1))
                        .toList();
            }
        }
        if (Files.size(manifest) > parser.limits().maxBytes()) {
            throw new InputRejected(ImportCode.TOO_LARGE, MANIFEST, "the manifest is over the size limit");
        }
        JsonNode output;
        try {
            output = new ObjectMapper().readTree(manifest.toFile()).path("output");
        } catch (IOException e) {
            throw new InputRejected(ImportCode.MALFORMED, MANIFEST, "the manifest is not well-formed JSON");
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < output.size(); i++) {
            JsonNode file = output.get(i);
            String url = file.path("url").asText("");
            String name = url.startsWith("http://") || url.startsWith("https://") || url.startsWith("file:")
                    ? url.substring(url.lastIndexOf('/') + 1)
                    : url;
            if (!name.matches(FILE_NAME)) {
                findings.add(
                        ImportCode.INVALID_VALUE,
                        MANIFEST + ".output[" + i + "].url",
                        "not the name of an NDJSON file in the directory; skipped");
                continue;
            }
            String type = file.path("type").isTextual() ? file.path("type").asText() : null;
            parts.add(new Part(
                    name,
                    type,
                    file.path("count").canConvertToLong() ? file.path("count").asLong() : -1));
        }
        return parts;
    }

    /** One line's bytes (without the line end), or only that it was too long. */
    private record Line(byte[] bytes, boolean tooLong) {

        /** The next line of {@code in}, keeping at most {@code max} bytes; null at the end. */
        static @Nullable Line next(InputStream in, long max) throws IOException {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            boolean tooLong = false;
            int b = in.read();
            if (b < 0) {
                return null;
            }
            while (b >= 0 && b != '\n') {
                if (!tooLong && bytes.size() >= max) {
                    tooLong = true;
                    bytes.reset();
                }
                if (!tooLong && b != '\r') {
                    bytes.write(b);
                }
                b = in.read();
            }
            return new Line(tooLong ? new byte[0] : bytes.toByteArray(), tooLong);
        }
    }
}
