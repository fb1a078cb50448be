package org.tpidoc.examples;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.examples.cli.TpidocCommand;
import org.tpidoc.fhir.FhirExporter;

/**
 * No package of the three modules depends, through others, on itself: core, fhir-mapping and examples are
 * each free of package cycles (fhir-mapping's layers are held by its own ArchitectureTest).
 */
class PackageCyclesTest {

    @Test
    void noModuleHasAPackageCycle() throws URISyntaxException {
        JavaClasses classes = new ClassFileImporter()
                .importLocations(Set.of(
                        mainClassesOf(Catalog.class),
                        mainClassesOf(FhirExporter.class),
                        mainClassesOf(TpidocCommand.class)));

        assertThat(classes.stream().map(JavaClass::getPackageName).distinct())
                .contains("org.tpidoc.session", "org.tpidoc.fhir.assembly", "org.tpidoc.examples.cli");
        slices().matching("org.tpidoc.(**)").should().beFreeOfCycles().check(classes);
    }

    /** Where the build put a module's main classes (a folder, or a jar in a full build), never its tests. */
    private static Location mainClassesOf(Class<?> type) throws URISyntaxException {
        URL url = type.getProtectionDomain().getCodeSource().getLocation();
        return url.getPath().endsWith(".jar") ? Location.of(new URI("jar:" + url + "!/")) : Location.of(url);
    }
}
