package org.tpidoc.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;

/**
 * Pins the built-in catalogue entry by entry: slugs and their order as in DESIGN §3, every code and
 * display as in terminology.md, and "text only" entries without a code.
 */
class BuiltInCatalogTest {

    private static final Catalog CATALOG = Catalog.builtIn();

    // ---------------------------------------------------------------- muscles

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            trapezius            | trapezius                   | upper-back | true  | 31764008  | Structure of trapezius muscle
            levator-scapulae     | levator scapulae            | neck       | false | 11327007  | Structure of levator scapulae muscle
            rhomboid-major       | rhomboid major              | upper-back | true  |           |
            rhomboid-minor       | rhomboid minor              | upper-back | true  |           |
            supraspinatus        | supraspinatus               | shoulder   | false | 6423006   | Supraspinatus muscle structure
            infraspinatus        | infraspinatus               | shoulder   | false | 72573008  | Infraspinatus muscle structure
            teres-major          | teres major                 | shoulder   | false | 1193009   | Structure of teres major muscle
            teres-minor          | teres minor                 | shoulder   | false | 51159009  | Structure of teres minor muscle
            deltoid              | deltoid                     | shoulder   | false | 35259002  | Structure of deltoid muscle
            pectoralis-major     | pectoralis major            | chest      | true  | 60005003  | Pectoralis major muscle structure
            pectoralis-minor     | pectoralis minor            | chest      | true  | 18686000  | Pectoralis minor muscle structure
            serratus-anterior    | serratus anterior           | chest      | true  | 18346003  | Structure of serratus anterior muscle
            latissimus-dorsi     | latissimus dorsi            | upper-back | true  | 15665001  | Structure of latissimus dorsi muscle
            sternocleidomastoid  | sternocleidomastoid         | neck       | false | 22823000  | Structure of sternocleidomastoid muscle
            scalenes             | scalene muscles             | neck       | true  | 714469004 | Structure of scalene muscle
            scalenus-anterior    | scalenus anterior           | neck       | true  | 50755001  | Structure of scalenus anterior muscle
            splenius-capitis     | splenius capitis            | neck       | false | 1600003   | Splenius capitis muscle
            semispinalis-capitis | semispinalis capitis        | neck       | false | 2666009   | Structure of semispinalis capitis muscle
            suboccipitals        | suboccipital muscles        | neck       | false | 244847002 | Suboccipital muscle
            temporalis           | temporalis                  | head       | false | 52927003  | Structure of temporalis muscle
            masseter             | masseter                    | head       | false | 79368004  | Masseter muscle structure
            erector-spinae       | erector spinae              | low-back   | false | 44947003  | Structure of erector spinae muscle
            thoracic-paraspinals | thoracic paraspinal muscles | upper-back | true  | 424072006 | Structure of thoracic paraspinous muscle group
            multifidus           | multifidus                  | low-back   | false | 5709001   | Multifidus muscles
            quadratus-lumborum   | quadratus lumborum          | low-back   | false | 6001004   | Quadratus lumborum muscle
            iliopsoas            | iliopsoas                   | hip        | false | 68455001  | Structure of iliopsoas muscle
            psoas-major          | psoas major                 | hip        | false | 57240007  | Structure of psoas major muscle
            gluteus-maximus      | gluteus maximus             | hip        | false | 206007    | Gluteus maximus muscle
            gluteus-medius       | gluteus medius              | hip        | false | 78333006  | Structure of gluteus medius muscle
            gluteus-minimus      | gluteus minimus             | hip        | false |           |
            piriformis           | piriformis                  | hip        | false | 75699001  | Structure of piriformis muscle
            tensor-fasciae-latae | tensor fasciae latae        | hip        | false |           |
            gastrocnemius        | gastrocnemius               | leg        | false |           |
            soleus               | soleus                      | leg        | false |           |
            """)
    void muscleIsAsInTerminology(
            String slug,
            String name,
            String region,
            boolean chestWall,
            @Nullable String snomedCode,
            @Nullable String display) {
        Muscle muscle = CATALOG.muscle(slug).orElseThrow();

        assertThat(muscle.slug()).isEqualTo(slug);
        assertThat(muscle.name()).isEqualTo(name);
        assertThat(muscle.region().code()).isEqualTo(region);
        assertThat(muscle.chestWall()).as("chestWall").isEqualTo(chestWall);
        if (snomedCode == null) {
            assertThat(muscle.code()).as("text only: no code").isNull();
            assertThat(muscle.snomed()).isEmpty();
        } else {
            assertThat(muscle.code()).isEqualTo(new Concept(CodeSystems.SNOMED_CT, snomedCode, display));
            assertThat(muscle.snomed()).contains(muscle.code());
        }
    }

    @Test
    void musclesAreExactlyTheDesignListInOrder() {
        assertThat(CATALOG.muscles())
                .extracting(Muscle::slug)
                .containsExactly(
                        "trapezius",
                        "levator-scapulae",
                        "rhomboid-major",
                        "rhomboid-minor",
                        "supraspinatus",
                        "infraspinatus",
                        "teres-major",
                        "teres-minor",
                        "deltoid",
                        "pectoralis-major",
                        "pectoralis-minor",
                        "serratus-anterior",
                        "latissimus-dorsi",
                        "sternocleidomastoid",
                        "scalenes",
                        "scalenus-anterior",
                        "splenius-capitis",
                        "semispinalis-capitis",
                        "suboccipitals",
                        "temporalis",
                        "masseter",
                        "erector-spinae",
                        "thoracic-paraspinals",
                        "multifidus",
                        "quadratus-lumborum",
                        "iliopsoas",
                        "psoas-major",
                        "gluteus-maximus",
                        "gluteus-medius",
                        "gluteus-minimus",
                        "piriformis",
                        "tensor-fasciae-latae",
                        "gastrocnemius",
                        "soleus");
    }

    @Test
    void exactlyTheTextOnlyMusclesHaveNoCode() {
        assertThat(CATALOG.muscles())
                .filteredOn(m -> m.code() == null)
                .extracting(Muscle::slug)
                .containsExactlyInAnyOrder(
                        "rhomboid-major",
                        "rhomboid-minor",
                        "gluteus-minimus",
                        "tensor-fasciae-latae",
                        "gastrocnemius",
                        "soleus");
    }

    @Test
    void chestWallMusclesAreExactlyThoseWhereANeedleCanReachThePleura() {
        assertThat(CATALOG.muscles())
                .filteredOn(Muscle::chestWall)
                .extracting(Muscle::slug)
                .containsExactlyInAnyOrder(
                        "trapezius",
                        "rhomboid-major",
                        "rhomboid-minor",
                        "serratus-anterior",
                        "pectoralis-major",
                        "pectoralis-minor",
                        "latissimus-dorsi",
                        "scalenes",
                        "scalenus-anterior",
                        "thoracic-paraspinals");
    }

    // --------------------------------------------------------------- products

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lidocaine-10mg-ml                      | lidocaine          | amide-local-anesthetic | LIQUID | 10  |         |                                                     |       |                                                                    |    |
            lidocaine-20mg-ml                      | lidocaine          | amide-local-anesthetic | LIQUID | 20  |         |                                                     |       |                                                                    |    |
            bupivacaine-2.5mg-ml                   | bupivacaine        | amide-local-anesthetic | LIQUID | 2.5 |         |                                                     |       |                                                                    |    |
            bupivacaine-5mg-ml                     | bupivacaine        | amide-local-anesthetic | LIQUID | 5   |         |                                                     |       |                                                                    |    |
            triamcinolone-acetonide-40mg-ml        | triamcinolone      | corticosteroid         | LIQUID | 40  |         |                                                     | J3301 | triamcinolone acetonide NOS, per 10 mg                             | 10 | false
            methylprednisolone-acetate-40mg-ml     | methylprednisolone | corticosteroid         | LIQUID | 40  |         |                                                     | J1010 | methylprednisolone acetate, per 1 mg                               | 1  | false
            methylprednisolone-acetate-80mg-ml     | methylprednisolone | corticosteroid         | LIQUID | 80  |         |                                                     | J1010 | methylprednisolone acetate, per 1 mg                               | 1  | false
            dexamethasone-sodium-phosphate-4mg-ml  | dexamethasone      | corticosteroid         | LIQUID | 4   | 1116927 | dexamethasone phosphate 4 MG/ML Injectable Solution | J1100 | dexamethasone sodium phosphate, per 1 mg                           | 1  | false
            dexamethasone-sodium-phosphate-10mg-ml | dexamethasone      | corticosteroid         | LIQUID | 10  |         |                                                     | J1100 | dexamethasone sodium phosphate, per 1 mg                           | 1  | false
            betamethasone-6mg-ml                   | betamethasone      | corticosteroid         | LIQUID | 6   |         |                                                     | J0702 | betamethasone acetate 3 mg and betamethasone sodium phosphate 3 mg | 6  | false
            onabotulinumtoxina-100-unit-vial       | onabotulinumtoxina | botulinum-toxin        | POWDER | 100 |         |                                                     | J0585 | onabotulinumtoxinA, per 1 unit                                     | 1  | true
            onabotulinumtoxina-200-unit-vial       | onabotulinumtoxina | botulinum-toxin        | POWDER | 200 |         |                                                     | J0585 | onabotulinumtoxinA, per 1 unit                                     | 1  | true
            sodium-chloride-9mg-ml                 | sodium-chloride    | diluent                | LIQUID | 9   | 313002  | Sodium Chloride 9 MG/ML Injectable Solution         |       |                                                                    |    |
            """)
    void productIsAsInTerminology(
            String slug,
            String drug,
            String drugClass,
            ProductForm form,
            BigDecimal strength,
            @Nullable String rxnorm,
            @Nullable String rxnormDisplay,
            @Nullable String hcpcs,
            @Nullable String hcpcsDisplay,
            @Nullable BigDecimal perUnit,
            @Nullable Boolean singleDoseContainer) {
        Product product = CATALOG.product(slug).orElseThrow();

        assertThat(product.slug()).isEqualTo(slug);
        assertThat(product.drug().slug()).isEqualTo(drug);
        assertThat(product.drug().drugClass().code()).isEqualTo(drugClass);
        assertThat(product.form()).isEqualTo(form);
        assertThat(product.strength()).isEqualByComparingTo(strength);
        assertThat(product.codes())
                .as("product codes: RxNorm where terminology.md has one, else none")
                .isEqualTo(
                        rxnorm == null ? List.of() : List.of(new Concept(CodeSystems.RXNORM, rxnorm, rxnormDisplay)));
        if (hcpcs == null) {
            assertThat(product.hcpcsCode()).as("no separate drug line").isEmpty();
        } else {
            HcpcsCode code = product.hcpcsCode().orElseThrow();
            assertThat(code.code()).isEqualTo(new Concept(CodeSystems.HCPCS, hcpcs, hcpcsDisplay));
            assertThat(code.perUnit()).isEqualByComparingTo(perUnit);
            assertThat(code.singleDoseContainer()).isEqualTo(singleDoseContainer);
        }
    }

    @Test
    void holdsOnlyBotulinumToxinVialsAsSingleDose() {
        // Steroids come in single-dose and multi-dose vials, so billing needs the recorded container.
        assertThat(CATALOG.products().stream().filter(Product::singleDose))
                .extracting(Product::slug)
                .containsExactly("onabotulinumtoxina-100-unit-vial", "onabotulinumtoxina-200-unit-vial");
    }

    @Test
    void productsAreExactlyTheDesignListInOrder() {
        assertThat(CATALOG.products())
                .extracting(Product::slug)
                .containsExactly(
                        "lidocaine-10mg-ml",
                        "lidocaine-20mg-ml",
                        "bupivacaine-2.5mg-ml",
                        "bupivacaine-5mg-ml",
                        "triamcinolone-acetonide-40mg-ml",
                        "methylprednisolone-acetate-40mg-ml",
                        "methylprednisolone-acetate-80mg-ml",
                        "dexamethasone-sodium-phosphate-4mg-ml",
                        "dexamethasone-sodium-phosphate-10mg-ml",
                        "betamethasone-6mg-ml",
                        "onabotulinumtoxina-100-unit-vial",
                        "onabotulinumtoxina-200-unit-vial",
                        "sodium-chloride-9mg-ml");
    }

    @Test
    void localAnestheticsHaveNoHcpcsDrugLine() {
        // terminology.md: local anaesthetics in a TPI are bundled (J2001 is intravenous lidocaine only).
        assertThat(CATALOG.products())
                .filteredOn(p -> p.drug().drugClass().isLocalAnesthetic())
                .allSatisfy(p -> assertThat(p.hcpcsCode()).isEmpty());
    }

    // ------------------------------------------------------------------ drugs

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            lidocaine          | lidocaine          | amide-local-anesthetic | mg    | 6387  | 387480006 | N01BB02
            bupivacaine        | bupivacaine        | amide-local-anesthetic | mg    |       | 387150008 | N01BB01
            triamcinolone      | triamcinolone      | corticosteroid         | mg    | 10759 |           | H02AB08
            methylprednisolone | methylprednisolone | corticosteroid         | mg    | 6902  | 116593003 | H02AB04
            dexamethasone      | dexamethasone      | corticosteroid         | mg    | 3264  |           | H02AB02
            betamethasone      | betamethasone      | corticosteroid         | mg    | 1514  | 29896003  | H02AB01
            onabotulinumtoxina | onabotulinumtoxinA | botulinum-toxin        | units |       |           | M03AX01
            sodium-chloride    | sodium chloride    | diluent                | mg    |       | 70379000  | B05XA03
            """)
    void drugIngredientCodesAreAsInTerminology(
            String slug,
            String name,
            String drugClass,
            String doseUnit,
            @Nullable String rxnormIngredient,
            @Nullable String snomedSubstance,
            String atc) {
        Drug drug = drugs().get(slug);
        assertThat(drug).as(slug).isNotNull();

        List<Concept> expected = new ArrayList<>();
        if (rxnormIngredient != null) {
            expected.add(new Concept(CodeSystems.RXNORM, rxnormIngredient, null));
        }
        if (snomedSubstance != null) {
            expected.add(new Concept(CodeSystems.SNOMED_CT, snomedSubstance, null));
        }
        expected.add(new Concept(CodeSystems.ATC, atc, null));

        assertThat(drug.name()).isEqualTo(name);
        assertThat(drug.drugClass().code()).isEqualTo(drugClass);
        assertThat(drug.doseUnit().code()).isEqualTo(doseUnit);
        assertThat(drug.codes())
                .as("RxNorm IN, SNOMED CT substance, ATC; text only absent")
                .isEqualTo(expected);
    }

    @Test
    void drugsAreExactlyTheMedicationsOfTerminology() {
        assertThat(drugs())
                .containsOnlyKeys(
                        "lidocaine",
                        "bupivacaine",
                        "triamcinolone",
                        "methylprednisolone",
                        "dexamethasone",
                        "betamethasone",
                        "onabotulinumtoxina",
                        "sodium-chloride");
    }

    @Test
    void productsOfOneDrugShareOneDrugValue() {
        Map<String, Drug> seen = new LinkedHashMap<>();
        for (Product product : CATALOG.products()) {
            Drug previous = seen.putIfAbsent(product.drug().slug(), product.drug());
            if (previous != null) {
                assertThat(product.drug()).as(product.slug()).isEqualTo(previous);
            }
        }
    }

    // --------------------------------------------------- risks, complications, findings, prior therapies

    @Test
    void risksAreExactlyTheDesignList() {
        assertThat(CATALOG.risks())
                .extracting(Risk::slug)
                .containsExactly(
                        "pain",
                        "numbness",
                        "swelling",
                        "stiffness",
                        "infection",
                        "bleeding",
                        "bruising",
                        "headache",
                        "nausea-vomiting",
                        "dizziness-fainting",
                        "pneumothorax",
                        "muscle-tendon-injury",
                        "spinal-cord-injury",
                        "nerve-damage",
                        "vascular-injury",
                        "allergic-reaction",
                        "local-anesthetic-toxicity",
                        "steroid-effects",
                        "botulinum-toxin-spread",
                        "worsening-symptoms",
                        "no-improvement");
    }

    @Test
    void complicationsAreExactlyTheDesignList() {
        assertThat(CATALOG.complications())
                .extracting(Complication::slug)
                .containsExactly(
                        "vasovagal-reaction",
                        "bleeding",
                        "hematoma",
                        "pneumothorax",
                        "allergic-reaction",
                        "local-anesthetic-systemic-toxicity",
                        "intravascular-injection",
                        "nerve-injury",
                        "infection",
                        "needle-breakage",
                        "other");
    }

    @Test
    void findingsAreExactlyTheDesignList() {
        assertThat(CATALOG.findings())
                .extracting(ExamFinding::slug)
                .containsExactly("taut-band", "jump-sign", "local-twitch-response", "referred-pain");
    }

    @Test
    void priorTherapiesAreExactlyTheDesignList() {
        assertThat(CATALOG.priorTherapies())
                .extracting(PriorTherapy::slug)
                .containsExactly(
                        "heat",
                        "massage",
                        "myofascial-release",
                        "stretching",
                        "exercise-therapy",
                        "physical-therapy",
                        "oral-analgesics");
    }

    @Test
    void everyEntryHasANameInWords() {
        List<String> names = new ArrayList<>();
        CATALOG.muscles().forEach(e -> names.add(e.name()));
        CATALOG.products().forEach(e -> names.add(e.name()));
        CATALOG.risks().forEach(e -> names.add(e.name()));
        CATALOG.complications().forEach(e -> names.add(e.name()));
        CATALOG.findings().forEach(e -> names.add(e.name()));
        CATALOG.priorTherapies().forEach(e -> names.add(e.name()));
        assertThat(names).allSatisfy(n -> assertThat(n).isNotBlank());
    }

    @Test
    void looksUpEveryEntryBySlug() {
        CATALOG.muscles().forEach(e -> assertThat(CATALOG.muscle(e.slug())).contains(e));
        CATALOG.products().forEach(e -> assertThat(CATALOG.product(e.slug())).contains(e));
        CATALOG.risks().forEach(e -> assertThat(CATALOG.risk(e.slug())).contains(e));
        CATALOG.complications()
                .forEach(e -> assertThat(CATALOG.complication(e.slug())).contains(e));
        CATALOG.findings().forEach(e -> assertThat(CATALOG.finding(e.slug())).contains(e));
        CATALOG.priorTherapies()
                .forEach(e -> assertThat(CATALOG.priorTherapy(e.slug())).contains(e));
        assertThat(CATALOG.muscle("biceps")).isEmpty();
        assertThat(CATALOG.product("lidocaine-1pct")).isEmpty();
    }

    /** The distinct drugs of the built-in products, by slug (the catalogue reaches drugs through products). */
    static Map<String, Drug> drugs() {
        Map<String, Drug> drugs = new LinkedHashMap<>();
        CATALOG.products().forEach(p -> drugs.putIfAbsent(p.drug().slug(), p.drug()));
        return drugs;
    }
}
