package org.tpidoc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/**
 * A catalogue file (the JSON form of the built-in catalogue) read through {@link
 * CatalogBuilder#readJson}: a vendor's file extends the built-in catalogue, and a broken file fails as
 * a whole with the JSON path and the problem. JSON below is written with {@code '} for {@code "}.
 */
class CatalogFileTest {

    private static final String SNOMED = "'system': 'http://snomed.info/sct'";
    private static final String HCPCS = "'system': '" + CodeSystems.HCPCS + "'";
    private static final String RISK = "{'slug': 'pain', 'name': 'pain'}";
    private static final String MUSCLE =
            "{'slug': 'a-muscle', 'name': 'a muscle', 'region': 'neck', 'chestWall': false";
    private static final String DRUG =
            "{'slug': 'a-drug', 'name': 'a drug', 'drugClass': 'corticosteroid', 'doseUnit': 'mg'}";
    private static final String J3301 =
            "{'code': {" + HCPCS + ", 'code': 'J3301'}, 'perUnit': 10, " + "'singleDoseContainer': false}";
    private static final String PRODUCT =
            "{'slug': 'a-product', 'name': 'a product', 'drug': 'a-drug', 'form': 'liquid', 'strength': 40";

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                broken(
                        "{'risks': [" + RISK + ", " + RISK + "]}",
                        "$.risks[1]",
                        "\"pain\" is already listed at $.risks[0]"),
                broken(
                        "{'muscles': [" + MUSCLE + ", 'partOf': 'scalene'}]}",
                        "$.muscles[0].partOf",
                        "no muscle \"scalene\" in this file or its base"),
                broken(
                        "{'muscles': [" + MUSCLE + ", 'colour': 'red'}]}",
                        "$.muscles[0].colour",
                        "unknown key (expected one of chestWall, code, name, partOf, region, slug)"),
                broken("{'muscle': []}", "$.muscle", "unknown key (expected one of complications, drugs,"),
                broken("{'risks': [{'slug': 'pain'}]}", "$.risks[0].name", "missing required key"),
                broken("{'risks': [{'slug': 'pain', 'name': null}]}", "$.risks[0].name", "must not be null"),
                broken("{'risks': [" + RISK + ", null]}", "$.risks[1]", "must not be null"),
                broken("{'risks': [{'slug': 'pain', 'name': 5}]}", "$.risks[0].name", "expected text"),
                broken(
                        "{'muscles': [" + MUSCLE.replace("false", "'false'") + "}]}",
                        "$.muscles[0].chestWall",
                        "expected true or false"),
                broken(
                        "{'muscles': [" + MUSCLE.replace("neck", "throat") + "}]}",
                        "$.muscles[0].region",
                        "expected \"head\", \"neck\", \"shoulder\""),
                broken(
                        "{'risks': [{'slug': 'Pain', 'name': 'pain'}]}",
                        "$.risks[0]",
                        "risk slug must be lower-case kebab-case"),
                broken(
                        "{'muscles': [" + MUSCLE + ", 'partOf': 'b-muscle'}, " + MUSCLE.replace("a-muscle", "b-muscle")
                                + ", 'partOf': 'a-muscle'}]}",
                        "$.muscles[0].partOf",
                        "muscle \"a-muscle\" is part of a loop through \"a-muscle\""),
                broken(
                        "{'muscles': [" + MUSCLE + ", 'code': {" + SNOMED + ", 'code': '31764009'}}]}",
                        "$.muscles[0].code.code",
                        "SNOMED CT id 31764009 fails its Verhoeff check digit"),
                broken(
                        "{'muscles': [" + MUSCLE + ", 'code': {'system': 'http://loinc.org', 'code': '1-8'}}]}",
                        "$.muscles[0].code.system",
                        "a muscle is coded in SNOMED CT only"),
                broken(
                        "{'muscles': [" + MUSCLE + ", 'code': {" + SNOMED + ", 'code': ' '}}]}",
                        "$.muscles[0].code",
                        "code must not be blank"),
                broken(
                        "{'products': [" + PRODUCT + "}]}",
                        "$.products[0].drug",
                        "no drug \"a-drug\" in this file or its base"),
                broken(
                        "{'drugs': [" + DRUG + "], 'products': [" + PRODUCT + ", 'hcpcs': 'J9999'}]}",
                        "$.products[0].hcpcs",
                        "no HCPCS code \"J9999\" in this file or its base"),
                broken(
                        "{'drugs': [" + DRUG + "], 'products': [" + PRODUCT.replace("liquid", "gel") + "}]}",
                        "$.products[0].form",
                        "expected \"liquid\" or \"powder\""),
                broken(
                        "{'drugs': [" + DRUG + "], 'products': [" + PRODUCT.replace("40", "'40'") + "}]}",
                        "$.products[0].strength",
                        "expected a number"),
                broken(
                        "{'drugs': [" + DRUG + "], 'products': [" + PRODUCT.replace("40", "0") + "}]}",
                        "$.products[0]",
                        "strength must be positive"),
                broken("{'drugs': [" + DRUG + "]}", "$.drugs", "drug \"a-drug\" is used by no product"),
                broken("{'hcpcsCodes': [" + J3301 + "]}", "$.hcpcsCodes", "HCPCS code \"J3301\" is used by no product"),
                broken(
                        "{'hcpcsCodes': [" + J3301.replace(HCPCS, "'system': 'http://www.ama-assn.org/go/cpt'") + "]}",
                        "$.hcpcsCodes[0].code.system",
                        "expected " + CodeSystems.HCPCS),
                broken(
                        "{'risks': [{'slug': 'pain', 'slug': 'ache', 'name': 'pain'}]}",
                        "$.risks[0]",
                        "not well-formed JSON at line 1, column 35: Duplicate field 'slug'"),
                broken("{'risks': [" + RISK + "]} {}", "$", "content after the catalogue object at line 1, column 47"),
                broken("{'risks': [" + RISK, "$.risks", "not well-formed JSON"),
                broken("[]", "$", "expected an object"),
                broken("null", "$", "expected an object"),
                broken("", "$", "expected an object"));
    }

    private static Arguments broken(String json, String path, String problem) {
        return Arguments.of(json.replace('\'', '"'), path, problem);
    }

    @ParameterizedTest(name = "{1}: {2}")
    @MethodSource("brokenFiles")
    void brokenFileFailsNamingPathAndProblem(String json, String path, String problem) {
        CatalogBuilder builder = Catalog.builder(Catalog.builtIn());

        assertThatExceptionOfType(CatalogReadException.class)
                .isThrownBy(() -> builder.readJson(stream(json)))
                .satisfies(e -> {
                    assertThat(e.path()).as("path").contains(path);
                    assertThat(e.problem()).as("problem").startsWith(problem);
                    assertThat(e.getMessage()).isEqualTo(path + ": " + e.problem());
                });
    }

    @Test
    void brokenFileLeavesTheBuilderUnchanged() {
        CatalogBuilder builder = Catalog.builder(Catalog.builtIn());
        String addsARiskThenFails = "{'risks': [{'slug': 'sunburn', 'name': 'sunburn'}], 'drugs': [" + DRUG + "]}";

        assertThatExceptionOfType(CatalogReadException.class)
                .isThrownBy(() -> builder.readJson(stream(addsARiskThenFails.replace('\'', '"'))));

        assertThat(builder.build().risk("sunburn")).isEmpty();
        assertThat(builder.build().risks())
                .containsExactlyElementsOf(Catalog.builtIn().risks());
    }

    @Test
    void vendorFileExtendsTheBuiltInCatalogueReferringToItsEntries() {
        String vendor = """
                {'muscles': [{'slug': 'scalenus-medius', 'name': 'scalenus medius', 'region': 'neck',
                              'chestWall': true, 'partOf': 'scalenes'}],
                 'products': [{'slug': 'lidocaine-15mg-ml', 'name': 'lidocaine 15 mg/mL', 'drug': 'lidocaine',
                               'form': 'liquid', 'strength': 15,
                               'codes': [{'system': 'http://hl7.org/fhir/sid/ndc', 'code': '12345-6789-01'}]},
                              {'slug': 'triamcinolone-acetonide-40mg-ml', 'name': 'Kenalog-40', 'drug': 'triamcinolone',
                               'form': 'liquid', 'strength': 40.0, 'hcpcs': 'J3301'}],
                 'risks': [{'slug': 'sunburn', 'name': 'sunburn'}]}
                """.replace('\'', '"');
        Catalog builtIn = Catalog.builtIn();

        Catalog catalog = Catalog.builder(builtIn).readJson(stream(vendor)).build();

        assertThat(catalog.muscles()).hasSize(builtIn.muscles().size() + 1);
        assertThat(catalog.musclesContaining("scalenus-medius")).containsExactly("scalenes");
        Product lidocaine = catalog.product("lidocaine-15mg-ml").orElseThrow();
        assertThat(lidocaine.drug())
                .isEqualTo(builtIn.product("lidocaine-10mg-ml").orElseThrow().drug());
        assertThat(lidocaine.codes()).containsExactly(new Concept(CodeSystems.NDC, "12345-6789-01", null));
        Product kenalog = catalog.product("triamcinolone-acetonide-40mg-ml").orElseThrow();
        assertThat(kenalog.name()).isEqualTo("Kenalog-40");
        assertThat(kenalog.strength()).isEqualTo(new BigDecimal("40.0"));
        assertThat(kenalog.hcpcs())
                .isEqualTo(builtIn.product("triamcinolone-acetonide-40mg-ml")
                        .orElseThrow()
                        .hcpcs());
        assertThat(catalog.products())
                .extracting(Product::slug)
                .as("an override keeps its place; a new product comes last")
                .containsSubsequence("triamcinolone-acetonide-40mg-ml", "sodium-chloride-9mg-ml", "lidocaine-15mg-ml");
        assertThat(catalog.risks()).last().isEqualTo(new Risk("sunburn", "sunburn"));
        assertThat(catalog.complications()).containsExactlyElementsOf(builtIn.complications());
    }

    @Test
    void fileAloneMakesAWholeCatalogue() {
        String file = ("{'drugs': [" + DRUG + "], 'hcpcsCodes': [" + J3301 + "], 'products': [" + PRODUCT
                        + ", 'hcpcs': 'J3301'}]}")
                .replace('\'', '"');

        Catalog catalog = new CatalogBuilder().readJson(stream(file)).build();

        assertThat(catalog.products()).extracting(Product::slug).containsExactly("a-product");
        assertThat(catalog.product("a-product").orElseThrow().hcpcsCode())
                .hasValueSatisfying(h -> assertThat(h.perUnit()).isEqualTo(new BigDecimal("10")));
        assertThat(catalog.muscles()).isEmpty();
    }

    private static InputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }
}
