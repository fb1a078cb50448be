package org.tpidoc.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleDescriptor.Opens;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The public surface of {@code org.tpidoc.core} as its compiled {@code module-info} declares it: the
 * packages it exports, the two it opens to Jackson databind alone, and what it reads. A package added,
 * exported or opened changes this test on purpose. The tests run on the module path, patched into the
 * module, so every other test also proves the descriptor resolves.
 */
class CoreModuleTest {

    @Test
    void testsRunInsideTheNamedModule() {
        assertThat(InjectionSession.class.getModule().getName()).isEqualTo("org.tpidoc.core");
    }

    @Test
    void exportsEveryApiPackageToEveryone() throws IOException {
        ModuleDescriptor module = descriptor();

        assertThat(module.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(module.exports().stream().map(Exports::source))
                .containsExactlyInAnyOrder(
                        "org.tpidoc.billing",
                        "org.tpidoc.catalog",
                        "org.tpidoc.dosing",
                        "org.tpidoc.json",
                        "org.tpidoc.note",
                        "org.tpidoc.session",
                        "org.tpidoc.synthetic",
                        "org.tpidoc.terminology",
                        "org.tpidoc.validation");
    }

    @Test
    void opensOnlyWhatJacksonDatabindReadsReflectively() throws IOException {
        Map<String, Set<String>> opens =
                descriptor().opens().stream().collect(Collectors.toMap(Opens::source, Opens::targets));

        assertThat(opens)
                .containsOnly(
                        Map.entry("org.tpidoc.catalog", Set.of("com.fasterxml.jackson.databind")),
                        Map.entry("org.tpidoc.json", Set.of("com.fasterxml.jackson.databind")));
    }

    @Test
    void readsJacksonGuavaCommonsTextSlf4jAndJSpecifyOnlyAtCompileTime() throws IOException {
        Map<String, Set<Requires.Modifier>> requires = descriptor().requires().stream()
                .filter(r -> !r.modifiers().contains(Requires.Modifier.MANDATED))
                .collect(Collectors.toMap(Requires::name, Requires::modifiers));

        assertThat(requires)
                .containsOnly(
                        Map.entry("com.fasterxml.jackson.annotation", Set.of()),
                        Map.entry("com.fasterxml.jackson.core", Set.of()),
                        Map.entry("com.fasterxml.jackson.databind", Set.of()),
                        Map.entry("com.fasterxml.jackson.datatype.jsr310", Set.of()),
                        Map.entry("com.google.common", Set.of()),
                        Map.entry("org.apache.commons.text", Set.of()),
                        Map.entry("org.slf4j", Set.of()),
                        Map.entry("org.jspecify", Set.of(Requires.Modifier.STATIC, Requires.Modifier.TRANSITIVE)));
    }

    private static ModuleDescriptor descriptor() throws IOException {
        try (InputStream in = InjectionSession.class.getResourceAsStream("/module-info.class")) {
            assertThat(in).as("compiled module-info").isNotNull();
            return ModuleDescriptor.read(in);
        }
    }
}
