package org.tpidoc.fhir.conformance;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The build's writer of the package file; the file it writes is checked by {@code PackageArtifactTest}. */
class PackageFileWriterTest {

    static Stream<Arguments> badArguments() {
        return Stream.of(arguments((Object) new String[] {}), arguments((Object) new String[] {""}), arguments((Object)
                new String[] {"package.tgz", " "}));
    }

    @ParameterizedTest
    @MethodSource("badArguments")
    void refusesArgumentsThatNameNoFileWithTheUsage(String[] args) {
        assertThatThrownBy(() -> PackageFileWriter.main(args))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("usage: PackageFileWriter FILE... (the package.tgz files to write, at least one)");
    }
}
