package org.tpidoc.fhir.conformance;

import ca.uhn.fhir.parser.IParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.utilities.npm.NpmPackage;
import org.hl7.fhir.utilities.npm.PackageGenerator;
import org.hl7.fhir.utilities.npm.PackageGenerator.PackageType;
import org.tpidoc.fhir.api.Fhir;

/**
 * Writes and reads an NPM FHIR package ({@code package.tgz}) with the HL7 FHIR core library's {@link
 * NpmPackage}, which writes {@code package/package.json} and the {@code .index.json} of the resources.
 */
final class PackageFiles {

    /** The folder of an NPM package that holds its resources. */
    static final String FOLDER = "package";
    /** The FHIR core package every package of R4 definitions depends on. */
    static final String CORE_PACKAGE = "hl7.fhir.r4.core";
    /** The FHIR version of the package. */
    static final String FHIR_VERSION = "4.0.1";

    private PackageFiles() {}

    /** Writes {@code resources} as the package {@code name}#{@code version} of {@code canonical}, gzipped tar. */
    static void write(String name, String version, String canonical, List<Resource> resources, OutputStream out)
            throws IOException {
        PackageGenerator manifest = new PackageGenerator(new ByteArrayOutputStream())
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
        NpmPackage npm = NpmPackage.empty(manifest);
        IParser parser = Fhir.context().newJsonParser().setPrettyPrint(true);
        for (Resource resource : resources) {
            String file = resource.fhirType() + "-" + resource.getIdElement().getIdPart() + ".json";
            byte[] json = parser.encodeResourceToString(resource).getBytes(StandardCharsets.UTF_8);
            npm.addFile(FOLDER, file, json, null);
        }
        npm.save(out);
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
