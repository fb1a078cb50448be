package org.tpidoc.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/** A vendor extends and overrides the built-in catalogue through {@link Catalog#builder(Catalog)}. */
class CatalogBuilderTest {

    private static final Concept NDC_LIDOCAINE = new Concept(CodeSystems.NDC, "12345-6789-01", "an example NDC");

    @Test
    void vendorAddsItsOwnMuscle() {
        Muscle rectusFemoris = new Muscle("rectus-femoris", "rectus femoris", Region.LEG, false, null);

        Catalog catalog =
                Catalog.builder(Catalog.builtIn()).muscle(rectusFemoris).build();

        assertThat(catalog.muscle("rectus-femoris")).contains(rectusFemoris);
        assertThat(catalog.muscles())
                .hasSize(Catalog.builtIn().muscles().size() + 1)
                .endsWith(rectusFemoris);
        assertThat(catalog.muscle("trapezius")).isEqualTo(Catalog.builtIn().muscle("trapezius"));
    }

    @Test
    void followsPartOfToTheWholeMuscleAndStopsOnAVendorsCircularChain() {
        Catalog circular = Catalog.builder(Catalog.builtIn())
                .muscle(new Muscle("upper-part", "upper part", Region.NECK, false, null, "lower-part"))
                .muscle(new Muscle("lower-part", "lower part", Region.NECK, false, null, "upper-part"))
                .build();

        assertThat(Catalog.builtIn().musclesContaining("scalenus-anterior")).containsExactly("scalenes");
        assertThat(Catalog.builtIn().wholeMuscleOf("psoas-major")).isEqualTo("iliopsoas");
        assertThat(Catalog.builtIn().musclesContaining("trapezius")).isEmpty();
        assertThat(Catalog.builtIn().wholeMuscleOf("a-vendor-muscle")).isEqualTo("a-vendor-muscle");
        assertThat(circular.musclesContaining("upper-part")).containsExactly("lower-part");
    }

    @Test
    void vendorAddsItsOwnProductWithAnNdc() {
        Drug lidocaine =
                Catalog.builtIn().product("lidocaine-10mg-ml").orElseThrow().drug();
        Product product = new Product(
                        "vendor-lidocaine-15mg-ml",
                        "lidocaine 15 mg/mL (compounded)",
                        lidocaine,
                        ProductForm.LIQUID,
                        new BigDecimal("15"),
                        List.of(),
                        null)
                .withCode(NDC_LIDOCAINE);

        Catalog catalog = Catalog.builder(Catalog.builtIn()).product(product).build();

        Product found = catalog.product("vendor-lidocaine-15mg-ml").orElseThrow();
        assertThat(found.codes()).containsExactly(NDC_LIDOCAINE);
        assertThat(found.drug()).isEqualTo(lidocaine);
        assertThat(catalog.products()).hasSize(Catalog.builtIn().products().size() + 1);
    }

    @Test
    void vendorOverridesABuiltInProductBySlugKeepingItsPlace() {
        Product builtIn = Catalog.builtIn()
                .product("dexamethasone-sodium-phosphate-4mg-ml")
                .orElseThrow();
        Product withNdc = builtIn.withCode(new Concept(CodeSystems.NDC, "12345-0004-01", null));

        Catalog catalog = Catalog.builder(Catalog.builtIn()).product(withNdc).build();

        assertThat(catalog.product(builtIn.slug())).contains(withNdc);
        assertThat(withNdc.codes())
                .containsExactly(builtIn.codes().get(0), new Concept(CodeSystems.NDC, "12345-0004-01", null));
        assertThat(catalog.products())
                .extracting(Product::slug)
                .containsExactlyElementsOf(
                        Catalog.builtIn().products().stream().map(Product::slug).toList());
    }

    @Test
    void extendingLeavesTheBuiltInCatalogueUnchanged() {
        Product builtInLidocaine =
                Catalog.builtIn().product("lidocaine-10mg-ml").orElseThrow();
        int muscles = Catalog.builtIn().muscles().size();

        Catalog.builder(Catalog.builtIn())
                .product(builtInLidocaine.withCode(NDC_LIDOCAINE))
                .muscle(new Muscle("rectus-femoris", "rectus femoris", Region.LEG, false, null))
                .risk(new Risk("vendor-risk", "a vendor's risk"))
                .build();

        assertThat(Catalog.builtIn().product("lidocaine-10mg-ml")).contains(builtInLidocaine);
        assertThat(builtInLidocaine.codes()).isEmpty();
        assertThat(Catalog.builtIn().muscles()).hasSize(muscles);
        assertThat(Catalog.builtIn().muscle("rectus-femoris")).isEmpty();
        assertThat(Catalog.builtIn().risk("vendor-risk")).isEmpty();
    }

    @Test
    void vendorAddsRisksComplicationsFindingsAndPriorTherapies() {
        Catalog catalog = Catalog.builder(Catalog.builtIn())
                .risk(new Risk("skin-discoloration", "skin discoloration"))
                .complication(new Complication("syncope", "syncope"))
                .finding(new ExamFinding("restricted-range", "restricted range of motion"))
                .priorTherapy(new PriorTherapy("acupuncture", "acupuncture"))
                .build();

        assertThat(catalog.risk("skin-discoloration")).isPresent();
        assertThat(catalog.complication("syncope")).isPresent();
        assertThat(catalog.finding("restricted-range")).isPresent();
        assertThat(catalog.priorTherapy("acupuncture")).isPresent();
    }

    @Test
    void builtCatalogueIsNotChangedByLaterBuilderCalls() {
        CatalogBuilder builder = Catalog.builder(Catalog.builtIn());
        Catalog first = builder.build();

        builder.muscle(new Muscle("rectus-femoris", "rectus femoris", Region.LEG, false, null));

        assertThat(first.muscle("rectus-femoris")).isEmpty();
        assertThat(builder.build().muscle("rectus-femoris")).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"Rectus-Femoris", "rectus femoris", "rectus_femoris", "-rectus", "rectus-", "rectus--femoris", ""
            })
    void rejectsMuscleSlugThatIsNotKebabCase(String slug) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Muscle(slug, "rectus femoris", Region.LEG, false, null))
                .withMessage("muscle slug must be lower-case kebab-case");
    }

    @Test
    void rejectsProductSlugThatIsNotKebabCase() {
        Drug lidocaine =
                Catalog.builtIn().product("lidocaine-10mg-ml").orElseThrow().drug();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Product(
                        "Lidocaine 1%", "lidocaine 1%", lidocaine, ProductForm.LIQUID, BigDecimal.TEN, List.of(), null))
                .withMessage("product slug must be lower-case kebab-case");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rectus-femoris", "bupivacaine-2.5mg-ml", "c7", "onabotulinumtoxina-100-unit-vial"})
    void acceptsKebabCaseSlugs(String slug) {
        assertThat(new Muscle(slug, "a muscle", Region.LEG, false, null).slug()).isEqualTo(slug);
    }
}
