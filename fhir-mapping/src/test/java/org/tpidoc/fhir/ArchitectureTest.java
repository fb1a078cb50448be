package org.tpidoc.fhir;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of the FHIR mapping, in one direction: the API facades, then the session-level assembly, the
 * transport to a FHIR server (used by the sender only) and the conformance package (with the code systems it publishes), then one package per resource, then the datatype pairs, input safety and the kernel, then the public values
 * the API takes and gives. A newcomer adding a resource or a datatype is held to it by this test.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() throws URISyntaxException {
        // The module's own classes, wherever the build put them (never its tests)
        Path main = Path.of(FhirExporter.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        classes = new ClassFileImporter().importPath(main);
    }

    @Test
    void importsEveryLayer() {
        assertThat(classes.stream().map(c -> c.getPackageName()).distinct())
                .contains(
                        "org.tpidoc.fhir",
                        "org.tpidoc.fhir.api",
                        "org.tpidoc.fhir.assembly",
                        "org.tpidoc.fhir.conformance",
                        "org.tpidoc.fhir.datatype",
                        "org.tpidoc.fhir.input",
                        "org.tpidoc.fhir.kernel",
                        "org.tpidoc.fhir.resource.procedure",
                        "org.tpidoc.fhir.terminology",
                        "org.tpidoc.fhir.transport");
    }

    @Test
    void layersDependInOneDirection() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .layer("Facades")
                .definedBy("org.tpidoc.fhir")
                .layer("Assembly")
                .definedBy("org.tpidoc.fhir.assembly..")
                .layer("Transport")
                .definedBy("org.tpidoc.fhir.transport..")
                .layer("Conformance")
                .definedBy("org.tpidoc.fhir.conformance..", "org.tpidoc.fhir.terminology..")
                .layer("Resources")
                .definedBy("org.tpidoc.fhir.resource..")
                .layer("Datatypes")
                .definedBy("org.tpidoc.fhir.datatype..")
                .layer("Input")
                .definedBy("org.tpidoc.fhir.input..")
                .layer("Kernel")
                .definedBy("org.tpidoc.fhir.kernel..")
                .layer("Values")
                .definedBy("org.tpidoc.fhir.api..")
                .whereLayer("Facades")
                .mayNotBeAccessedByAnyLayer()
                .whereLayer("Assembly")
                .mayOnlyBeAccessedByLayers("Facades")
                .whereLayer("Transport")
                .mayOnlyBeAccessedByLayers("Facades")
                .whereLayer("Conformance")
                .mayOnlyBeAccessedByLayers("Facades")
                .whereLayer("Resources")
                .mayOnlyBeAccessedByLayers("Facades", "Assembly")
                .whereLayer("Datatypes")
                .mayOnlyBeAccessedByLayers("Facades", "Assembly", "Resources")
                .whereLayer("Input")
                .mayOnlyBeAccessedByLayers("Facades", "Assembly")
                .whereLayer("Kernel")
                .mayOnlyBeAccessedByLayers("Facades", "Assembly", "Conformance", "Resources", "Datatypes", "Input")
                .check(classes);
    }

    @Test
    void packagesAreFreeOfCycles() {
        slices().matching("org.tpidoc.fhir.(**)").should().beFreeOfCycles().check(classes);
    }
}
