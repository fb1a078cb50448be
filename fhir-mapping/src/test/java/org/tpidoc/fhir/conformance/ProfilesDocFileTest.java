package org.tpidoc.fhir.conformance;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tpidoc.testkit.GoldenFiles;

/**
 * {@code docs/profiles.md} is the conformance package described for people, generated from the same
 * definitions the validator loads: a changed profile or extension changes the file, and this test fails until
 * it is regenerated ({@code -Dtpidoc.updateGolden=true}).
 */
class ProfilesDocFileTest {

    @Test
    void docsProfilesMdIsGeneratedFromTheBuiltInPackage() {
        GoldenFiles.in(Path.of("..", "docs"))
                .assertMatches("profiles.md", ConformancePackage.builtIn().profilesMarkdown());
    }
}
