package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.tpidoc.catalog.Catalog;

class CatalogCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void withoutAKindListsEveryKindWithItsCount() {
        Cli.Result result = Cli.run(dir, "catalog");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines())
                .extracting(line -> line.split("\\s+")[0])
                .containsExactly(
                        "muscles",
                        "products",
                        "risks",
                        "complications",
                        "findings",
                        "prior-therapies",
                        "allergy-classes");
        assertThat(result.outLines().get(0))
                .endsWith(" " + Catalog.builtIn().muscles().size());
    }

    @Test
    void musclesAreListedWithTheirWordsAndSnomedCodes() {
        Cli.Result result = Cli.run(dir, "catalog", "muscles");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines()).hasSize(Catalog.builtIn().muscles().size());
        String trapezius =
                Catalog.builtIn().muscle("trapezius").orElseThrow().code().code();
        assertThat(result.outLines()).anySatisfy(line -> assertThat(line)
                .startsWith("trapezius ")
                .contains(" trapezius ")
                .endsWith("[http://snomed.info/sct|" + trapezius + "]"));
    }

    @Test
    void productsNameTheirHcpcsCodeWhereBilledSeparately() {
        Cli.Result result = Cli.run(dir, "catalog", "products", "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<JsonNode> lines =
                result.outLines().stream().map(CatalogCommandTest::json).toList();
        assertThat(lines).hasSize(Catalog.builtIn().products().size());
        assertThat(lines)
                .allSatisfy(line -> assertThat(line.get("kind").asText()).isEqualTo("products"));
        Catalog.builtIn().products().stream()
                .filter(p -> p.hcpcsCode().isPresent())
                .forEach(product -> assertThat(lines)
                        .filteredOn(line -> line.get("slug").asText().equals(product.slug()))
                        .singleElement()
                        .satisfies(line -> assertThat(line.get("codes"))
                                .extracting(code -> code.get("code").asText())
                                .contains(
                                        product.hcpcsCode().orElseThrow().code().code())));
    }

    @ParameterizedTest
    @EnumSource(CatalogCommand.Kind.class)
    void everyKindListsEverySlugASessionMayName(CatalogCommand.Kind kind) {
        Cli.Result result = Cli.run(dir, "catalog", kind.toString(), "--json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.outLines())
                .map(line -> json(line).get("slug").asText())
                .containsExactlyElementsOf(kind.entries(Catalog.builtIn()).stream()
                        .map(CatalogCommand.Entry::slug)
                        .toList())
                .isNotEmpty()
                .doesNotHaveDuplicates();
    }

    @Test
    void unknownKindIsAUsageErrorListingTheKinds() {
        Cli.Result result = Cli.run(dir, "catalog", "muscle");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("'muscle'", "muscles", "prior-therapies", "allergy-classes");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (java.io.IOException e) {
            throw new AssertionError(line, e);
        }
    }
}
