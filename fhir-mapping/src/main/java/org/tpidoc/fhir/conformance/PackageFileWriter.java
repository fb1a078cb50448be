package org.tpidoc.fhir.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the {@linkplain ConformancePackage#builtIn() built-in conformance package} (the built-in catalogue,
 * the default canonical base) as an NPM {@code package.tgz} to files: the build runs it after compiling the
 * module (exec-maven-plugin, phase {@code process-classes}) to make the artifact {@code
 * tpidoc-fhir-package-<version>.tgz}. Run it as {@code PackageFileWriter FILE...}: the package is built once and
 * the same bytes written to every file named, creating its folder and replacing the file if it exists.
 */
public final class PackageFileWriter {

    /** What the arguments must be. */
    static final String USAGE = "usage: PackageFileWriter FILE... (the package.tgz files to write, at least one)";

    private static final Logger LOG = LoggerFactory.getLogger(PackageFileWriter.class);

    private PackageFileWriter() {}

    /**
     * Writes the built-in package to every file of {@code args}. Returns normally on success (it never exits
     * the JVM, so it may run inside the build's own).
     *
     * @param args the files to write, one or more, none blank
     * @throws IllegalArgumentException when no file is named or one is blank (the message gives the usage)
     * @throws IOException when a file cannot be written (the message names it)
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0 || Arrays.stream(args).anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(USAGE);
        }
        ConformancePackage conformance = ConformancePackage.builtIn();
        write(conformance, Arrays.stream(args).map(Path::of).toList());
        LOG.info(
                "Wrote the FHIR package {}#{} ({} resources) to {}",
                conformance.name(),
                conformance.version(),
                conformance.resources().size(),
                String.join(", ", args));
    }

    /**
     * Writes {@code conformance} as {@code package.tgz} to each of {@code files}, creating their folders.
     *
     * @throws IOException when a file cannot be written (the message names it)
     */
    static void write(ConformancePackage conformance, List<Path> files) throws IOException {
        byte[] tgz = conformance.toTgz();
        for (Path file : files) {
            Path target = file.toAbsolutePath();
            try {
                Files.createDirectories(target.getParent());
                Files.write(target, tgz);
            } catch (IOException e) {
                throw new IOException("cannot write the FHIR package to " + target + ": " + e, e);
            }
        }
    }
}
