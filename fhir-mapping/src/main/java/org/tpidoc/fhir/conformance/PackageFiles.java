package org.tpidoc.fhir.conformance;

import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.hl7.fhir.utilities.npm.PackageGenerator;
import org.hl7.fhir.utilities.npm.PackageGenerator.PackageType;
import org.tpidoc.fhir.api.Fhir;

/**
 * Writes and reads an NPM FHIR package ({@code package.tgz}): {@code package/package.json} from the HL7 FHIR
 * core library's {@link PackageGenerator}, the {@code .index.json} of the resources and one file per resource,
 * written reproducibly with Apache Commons Compress; read back with that library's {@link NpmPackage}, as the
 * HL7 validator and HAPI read packages.
 */
final class PackageFiles {

    /** The folder of an NPM package that holds its resources. */
    static final String FOLDER = "package";
    /** The FHIR core package every package of R4 definitions depends on. */
    static final String CORE_PACKAGE = "hl7.fhir.r4.core";
    /** The FHIR version of the package. */
    static final String FHIR_VERSION = "4.0.1";

    /** The time of every entry: npm's own constant for reproducible packages, 1985-10-26T08:15:00Z. */
    private static final Date ENTRY_TIME = Date.from(Instant.parse("1985-10-26T08:15:00Z"));
    /** rw-r--r--. */
    private static final int FILE_MODE = 0100644;
    /** The gzip header's operating system: Unix. */
    private static final int UNIX = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PackageFiles() {}

    /**
     * Writes {@code resources} as the package {@code name}#{@code version} of {@code canonical}, gzipped tar.
     * The bytes depend on nothing else: entries in a fixed order with a fixed time, no time in the gzip header,
     * so the same package always gives the same file (a reproducible build artifact).
     */
    static void write(String name, String version, String canonical, List<Resource> resources, OutputStream out)
            throws IOException {
        ByteArrayOutputStream packageJson = new ByteArrayOutputStream();
        PackageGenerator manifest = new PackageGenerator(packageJson)
                .name(name)
                .version(version)
                .kind(PackageType.IG)
                .fhirVersions(List.of(FHIR_VERSION))
                .description("tpidoc FHIR R4 conformance resources: the profiles, extensions, code systems and "
                        + "value sets of trigger point injection records")
                .license("Apache-2.0")
                .author("tpidoc", null, null)
                .dependency(CORE_PACKAGE, FHIR_VERSION);
        manifest.getRootJsonObject().add("canonical", canonical);
        manifest.getRootJsonObject().add("url", canonical);
        manifest.commit();
        Map<String, byte[]> files = new TreeMap<>();
        IParser parser = Fhir.context().newJsonParser().setPrettyPrint(true);
        ArrayNode index = JSON.createArrayNode();
        for (Resource resource : resources) {
            String file = resource.fhirType() + "-" + resource.getIdElement().getIdPart() + ".json";
            files.put(file, parser.encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8));
            ObjectNode entry = index.addObject()
                    .put("filename", file)
                    .put("resourceType", resource.fhirType())
                    .put("id", resource.getIdElement().getIdPart());
            if (resource instanceof MetadataResource metadata) {
                entry.put("url", metadata.getUrl());
            }
        }
        ObjectNode indexJson = JSON.createObjectNode().put("index-version", 2);
        indexJson.set("files", index);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(gzip(out))) {
            entry(tar, "package.json", packageJson.toByteArray());
            entry(tar, ".index.json", JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(indexJson));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entry(tar, file.getKey(), file.getValue());
            }
        }
    }

    /** A gzip stream over {@code out} with no time and a fixed operating system in its header; closes {@code out}. */
    private static GzipCompressorOutputStream gzip(OutputStream out) throws IOException {
        GzipParameters parameters = new GzipParameters();
        parameters.setModificationTime(0);
        parameters.setOperatingSystem(UNIX);
        return new GzipCompressorOutputStream(out, parameters);
    }

    private static void entry(TarArchiveOutputStream tar, String file, byte[] bytes) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(FOLDER + "/" + file);
        entry.setSize(bytes.length);
        entry.setModTime(ENTRY_TIME);
        entry.setMode(FILE_MODE);
        tar.putArchiveEntry(entry);
        tar.write(bytes);
        tar.closeArchiveEntry();
    }

    /** The resources of the package read from {@code tgz}, as its {@code .index.json} lists them. */
    static List<IBaseResource> read(InputStream tgz) throws IOException {
        NpmPackage npm = NpmPackage.fromPackage(tgz);
        IParser parser = Fhir.context().newJsonParser();
        List<IBaseResource> resources = new ArrayList<>();
        for (String type : List.of("CodeSystem", "ValueSet", "StructureDefinition")) {
            for (String file : npm.listResources(type)) {
                try (InputStream in = npm.loadResource(file)) {
                    resources.add(parser.parseResource(in));
                }
            }
        }
        return resources;
    }
}
