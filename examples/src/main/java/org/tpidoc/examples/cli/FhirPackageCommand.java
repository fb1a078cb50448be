package org.tpidoc.examples.cli;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.fhir.api.MappingOptions;
import org.tpidoc.fhir.conformance.ConformancePackage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code tpidoc fhir-package --out DIR [--canonical-base URL]}: writes our FHIR R4 conformance package
 * ({@link ConformancePackage}: the profiles, extensions, code systems and value sets of the export, with
 * snapshots) as the NPM package {@code DIR/package.tgz} that FHIR tools load (HAPI's {@code
 * NpmPackageValidationSupport}, the HL7 validator's {@code -ig}). Its resources are those of the built-in
 * catalogue, under the canonical base given (an export made with another base declares profiles and
 * extensions under it). Exit 0 when written, 2 when the URL is not an http(s) URL or DIR cannot be written.
 */
@Command(
        name = "fhir-package",
        mixinStandardHelpOptions = true,
        description = {
            "Writes our FHIR R4 conformance package (profiles, extensions, code systems, value sets) as"
                    + " DIR/package.tgz, the NPM package FHIR validators load.",
            "Exit 2 when the canonical base is not an http(s) URL or DIR cannot be written."
        })
public final class FhirPackageCommand extends CliCommand {

    /** The file written in the output directory. */
    static final String FILE = "package.tgz";

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "Directory to write " + FILE + " to (created if missing; " + FILE + " replaced).")
    String outDirectory = ".";

    @Option(
            names = "--canonical-base",
            paramLabel = "URL",
            defaultValue = MappingOptions.DEFAULT_CANONICAL_BASE,
            description = "Canonical base of every resource of the package, as the export was made with;"
                    + " default: ${DEFAULT-VALUE}.")
    String canonicalBase = MappingOptions.DEFAULT_CANONICAL_BASE;

    /** A fhir-package command; picocli makes one per run. */
    public FhirPackageCommand() {}

    /**
     * Writes the package.
     *
     * @return 0, or 2 when the directory cannot be made or the file cannot be written
     * @throws ParameterException (exit 2, with the usage) when the canonical base is not an http(s) URL
     */
    @Override
    public Integer call() {
        MappingOptions options = MappingOptions.defaults().withCanonicalBase(checkedBase());
        Path directory = environment().resolve(outDirectory).toAbsolutePath().normalize();
        Path target = directory.resolve(FILE);
        try {
            // Before the package is built (seconds), so a directory that cannot be made fails at once
            Files.createDirectories(directory);
        } catch (IOException e) {
            return cannotWrite(outDirectory, e);
        }
        // The default package is the one the build shipped in the library's jar: no snapshots to generate
        byte[] tgz = options.canonicalBase().equals(MappingOptions.DEFAULT_CANONICAL_BASE)
                ? ConformancePackage.builtInTgz()
                : ConformancePackage.of(options, Catalog.builtIn()).toTgz();
        try (OutputStream file = new BufferedOutputStream(create(target))) {
            file.write(tgz);
        } catch (IOException e) {
            return cannotWrite(target, e);
        }
        out().println("Wrote " + ConformancePackage.NAME + "#" + ConformancePackage.libraryVersion() + " ("
                + Reports.count(resourcesIn(tgz), "resource") + ", canonical " + options.canonicalBase() + ") to "
                + target);
        out().flush();
        return ExitCodes.OK;
    }

    /** How many resources the package {@code tgz} holds, as its index lists them. */
    private static int resourcesIn(byte[] tgz) {
        try {
            return ConformancePackage.read(new ByteArrayInputStream(tgz)).size();
        } catch (IOException e) {
            throw new UncheckedIOException("the package just built cannot be read back", e);
        }
    }

    /**
     * The canonical base, checked: an absolute http or https URL with a host, and no query or fragment.
     *
     * @throws ParameterException (exit 2) when it is not
     */
    private String checkedBase() {
        try {
            URI uri = new URI(canonicalBase);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getHost() != null
                    && uri.getRawQuery() == null
                    && uri.getRawFragment() == null) {
                return canonicalBase;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ParameterException(
                spec.commandLine(),
                "Invalid value for option '--canonical-base': '" + canonicalBase
                        + "' is not an http(s) URL without query or fragment (e.g. https://example.org/fhir)");
    }
}
