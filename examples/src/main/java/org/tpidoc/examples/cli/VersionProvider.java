package org.tpidoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** {@code tpidoc --version}: the project version (filtered into {@code version.properties} by Maven) and the Java runtime. */
public final class VersionProvider implements IVersionProvider {

    /** A provider; picocli makes one. */
    public VersionProvider() {}

    /** The version lines: {@code tpidoc <version>}, then the FHIR release and the Java runtime. */
    @Override
    public String[] getVersion() {
        return new String[] {
            "tpidoc " + version(),
            "FHIR R4 (4.0.1)",
            "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"
        };
    }

    /** The project version, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
