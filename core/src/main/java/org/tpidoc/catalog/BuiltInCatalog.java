package org.tpidoc.catalog;

import static org.tpidoc.terminology.CodeSystems.ATC;
import static org.tpidoc.terminology.CodeSystems.HCPCS;
import static org.tpidoc.terminology.CodeSystems.RXNORM;
import static org.tpidoc.terminology.CodeSystems.SNOMED_CT;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tpidoc.terminology.Concept;

/**
 * The built-in catalogue of DESIGN §3. Every code comes from {@code terminology.md}; where it says
 * "text only" the entry has no code. Pinned entry by entry by {@code BuiltInCatalogTest}.
 */
final class BuiltInCatalog {

    static final Catalog INSTANCE = build();

    private BuiltInCatalog() {}

    private static Catalog build() {
        CatalogBuilder b = new CatalogBuilder();
        b.muscle(new Muscle(
                "trapezius",
                "trapezius",
                Region.UPPER_BACK,
                true,
                snomed("31764008", "Structure of trapezius muscle")));
        b.muscle(new Muscle(
                "levator-scapulae",
                "levator scapulae",
                Region.NECK,
                false,
                snomed("11327007", "Structure of levator scapulae muscle")));
        b.muscle(new Muscle("rhomboid-major", "rhomboid major", Region.UPPER_BACK, true, null));
        b.muscle(new Muscle("rhomboid-minor", "rhomboid minor", Region.UPPER_BACK, true, null));
        b.muscle(new Muscle(
                "supraspinatus",
                "supraspinatus",
                Region.SHOULDER,
                false,
                snomed("6423006", "Supraspinatus muscle structure")));
        b.muscle(new Muscle(
                "infraspinatus",
                "infraspinatus",
                Region.SHOULDER,
                false,
                snomed("72573008", "Infraspinatus muscle structure")));
        b.muscle(new Muscle(
                "teres-major",
                "teres major",
                Region.SHOULDER,
                false,
                snomed("1193009", "Structure of teres major muscle")));
        b.muscle(new Muscle(
                "teres-minor",
                "teres minor",
                Region.SHOULDER,
                false,
                snomed("51159009", "Structure of teres minor muscle")));
        b.muscle(new Muscle(
                "deltoid", "deltoid", Region.SHOULDER, false, snomed("35259002", "Structure of deltoid muscle")));
        b.muscle(new Muscle(
                "pectoralis-major",
                "pectoralis major",
                Region.CHEST,
                true,
                snomed("60005003", "Pectoralis major muscle structure")));
        b.muscle(new Muscle(
                "pectoralis-minor",
                "pectoralis minor",
                Region.CHEST,
                true,
                snomed("18686000", "Pectoralis minor muscle structure")));
        b.muscle(new Muscle(
                "serratus-anterior",
                "serratus anterior",
                Region.CHEST,
                true,
                snomed("18346003", "Structure of serratus anterior muscle")));
        b.muscle(new Muscle(
                "latissimus-dorsi",
                "latissimus dorsi",
                Region.UPPER_BACK,
                true,
                snomed("15665001", "Structure of latissimus dorsi muscle")));
        b.muscle(new Muscle(
                "sternocleidomastoid",
                "sternocleidomastoid",
                Region.NECK,
                false,
                snomed("22823000", "Structure of sternocleidomastoid muscle")));
        b.muscle(new Muscle(
                "scalenes", "scalene muscles", Region.NECK, true, snomed("714469004", "Structure of scalene muscle")));
        b.muscle(new Muscle(
                "scalenus-anterior",
                "scalenus anterior",
                Region.NECK,
                true,
                snomed("50755001", "Structure of scalenus anterior muscle"),
                "scalenes"));
        b.muscle(new Muscle(
                "splenius-capitis",
                "splenius capitis",
                Region.NECK,
                false,
                snomed("1600003", "Splenius capitis muscle")));
        b.muscle(new Muscle(
                "semispinalis-capitis",
                "semispinalis capitis",
                Region.NECK,
                false,
                snomed("2666009", "Structure of semispinalis capitis muscle")));
        b.muscle(new Muscle(
                "suboccipitals",
                "suboccipital muscles",
                Region.NECK,
                false,
                snomed("244847002", "Suboccipital muscle")));
        b.muscle(new Muscle(
                "temporalis", "temporalis", Region.HEAD, false, snomed("52927003", "Structure of temporalis muscle")));
        b.muscle(new Muscle(
                "masseter", "masseter", Region.HEAD, false, snomed("79368004", "Masseter muscle structure")));
        b.muscle(new Muscle(
                "erector-spinae",
                "erector spinae",
                Region.LOW_BACK,
                false,
                snomed("44947003", "Structure of erector spinae muscle")));
        b.muscle(new Muscle(
                "thoracic-paraspinals",
                "thoracic paraspinal muscles",
                Region.UPPER_BACK,
                true,
                snomed("424072006", "Structure of thoracic paraspinous muscle group")));
        b.muscle(new Muscle(
                "multifidus", "multifidus", Region.LOW_BACK, false, snomed("5709001", "Multifidus muscles")));
        b.muscle(new Muscle(
                "quadratus-lumborum",
                "quadratus lumborum",
                Region.LOW_BACK,
                false,
                snomed("6001004", "Quadratus lumborum muscle")));
        b.muscle(new Muscle(
                "iliopsoas", "iliopsoas", Region.HIP, false, snomed("68455001", "Structure of iliopsoas muscle")));
        b.muscle(new Muscle(
                "psoas-major",
                "psoas major",
                Region.HIP,
                false,
                snomed("57240007", "Structure of psoas major muscle"),
                "iliopsoas"));
        b.muscle(new Muscle(
                "gluteus-maximus", "gluteus maximus", Region.HIP, false, snomed("206007", "Gluteus maximus muscle")));
        b.muscle(new Muscle(
                "gluteus-medius",
                "gluteus medius",
                Region.HIP,
                false,
                snomed("78333006", "Structure of gluteus medius muscle")));
        b.muscle(new Muscle("gluteus-minimus", "gluteus minimus", Region.HIP, false, null));
        b.muscle(new Muscle(
                "piriformis", "piriformis", Region.HIP, false, snomed("75699001", "Structure of piriformis muscle")));
        b.muscle(new Muscle("tensor-fasciae-latae", "tensor fasciae latae", Region.HIP, false, null));
        b.muscle(new Muscle("gastrocnemius", "gastrocnemius", Region.LEG, false, null));
        b.muscle(new Muscle("soleus", "soleus", Region.LEG, false, null));

        Drug lidocaine = new Drug(
                "lidocaine",
                "lidocaine",
                DrugClass.AMIDE_LOCAL_ANESTHETIC,
                DoseUnit.MG,
                List.of(rxnorm("6387"), snomed("387480006"), atc("N01BB02")));
        Drug bupivacaine = new Drug(
                "bupivacaine",
                "bupivacaine",
                DrugClass.AMIDE_LOCAL_ANESTHETIC,
                DoseUnit.MG,
                List.of(snomed("387150008"), atc("N01BB01")));
        Drug triamcinolone = new Drug(
                "triamcinolone",
                "triamcinolone",
                DrugClass.CORTICOSTEROID,
                DoseUnit.MG,
                List.of(rxnorm("10759"), atc("H02AB08")));
        Drug methylprednisolone = new Drug(
                "methylprednisolone",
                "methylprednisolone",
                DrugClass.CORTICOSTEROID,
                DoseUnit.MG,
                List.of(rxnorm("6902"), snomed("116593003"), atc("H02AB04")));
        Drug dexamethasone = new Drug(
                "dexamethasone",
                "dexamethasone",
                DrugClass.CORTICOSTEROID,
                DoseUnit.MG,
                List.of(rxnorm("3264"), atc("H02AB02")));
        Drug betamethasone = new Drug(
                "betamethasone",
                "betamethasone",
                DrugClass.CORTICOSTEROID,
                DoseUnit.MG,
                List.of(rxnorm("1514"), snomed("29896003"), atc("H02AB01")));
        Drug onabotulinumtoxinA = new Drug(
                "onabotulinumtoxina",
                "onabotulinumtoxinA",
                DrugClass.BOTULINUM_TOXIN,
                DoseUnit.UNITS,
                List.of(atc("M03AX01")));
        Drug sodiumChloride = new Drug(
                "sodium-chloride",
                "sodium chloride",
                DrugClass.DILUENT,
                DoseUnit.MG,
                List.of(snomed("70379000"), atc("B05XA03")));

        HcpcsCode j3301 = hcpcs("J3301", "triamcinolone acetonide NOS, per 10 mg", "10", false);
        HcpcsCode j1010 = hcpcs("J1010", "methylprednisolone acetate, per 1 mg", "1", false);
        HcpcsCode j1100 = hcpcs("J1100", "dexamethasone sodium phosphate, per 1 mg", "1", false);
        HcpcsCode j0702 =
                hcpcs("J0702", "betamethasone acetate 3 mg and betamethasone sodium phosphate 3 mg", "6", false);
        HcpcsCode j0585 = hcpcs("J0585", "onabotulinumtoxinA, per 1 unit", "1", true);

        liquid(b, "lidocaine-10mg-ml", "lidocaine hydrochloride 10 mg/mL", lidocaine, "10", null, null);
        liquid(b, "lidocaine-20mg-ml", "lidocaine hydrochloride 20 mg/mL", lidocaine, "20", null, null);
        liquid(b, "bupivacaine-2.5mg-ml", "bupivacaine hydrochloride 2.5 mg/mL", bupivacaine, "2.5", null, null);
        liquid(b, "bupivacaine-5mg-ml", "bupivacaine hydrochloride 5 mg/mL", bupivacaine, "5", null, null);
        liquid(
                b,
                "triamcinolone-acetonide-40mg-ml",
                "triamcinolone acetonide 40 mg/mL",
                triamcinolone,
                "40",
                null,
                j3301);
        liquid(
                b,
                "methylprednisolone-acetate-40mg-ml",
                "methylprednisolone acetate 40 mg/mL",
                methylprednisolone,
                "40",
                null,
                j1010);
        liquid(
                b,
                "methylprednisolone-acetate-80mg-ml",
                "methylprednisolone acetate 80 mg/mL",
                methylprednisolone,
                "80",
                null,
                j1010);
        liquid(
                b,
                "dexamethasone-sodium-phosphate-4mg-ml",
                "dexamethasone sodium phosphate 4 mg/mL",
                dexamethasone,
                "4",
                rxnorm("1116927", "dexamethasone phosphate 4 MG/ML Injectable Solution"),
                j1100);
        liquid(
                b,
                "dexamethasone-sodium-phosphate-10mg-ml",
                "dexamethasone sodium phosphate 10 mg/mL",
                dexamethasone,
                "10",
                null,
                j1100);
        liquid(
                b,
                "betamethasone-6mg-ml",
                "betamethasone 6 mg/mL (3 mg acetate and 3 mg sodium phosphate per mL)",
                betamethasone,
                "6",
                null,
                j0702);
        b.product(new Product(
                "onabotulinumtoxina-100-unit-vial",
                "onabotulinumtoxinA 100-unit vial",
                onabotulinumtoxinA,
                ProductForm.POWDER,
                new BigDecimal("100"),
                List.of(),
                j0585));
        b.product(new Product(
                "onabotulinumtoxina-200-unit-vial",
                "onabotulinumtoxinA 200-unit vial",
                onabotulinumtoxinA,
                ProductForm.POWDER,
                new BigDecimal("200"),
                List.of(),
                j0585));
        liquid(
                b,
                "sodium-chloride-9mg-ml",
                "sodium chloride 9 mg/mL (0.9%)",
                sodiumChloride,
                "9",
                rxnorm("313002", "Sodium Chloride 9 MG/ML Injectable Solution"),
                null);

        b.risk(new Risk("pain", "pain at the injection site"));
        b.risk(new Risk("numbness", "numbness"));
        b.risk(new Risk("swelling", "swelling"));
        b.risk(new Risk("stiffness", "stiffness"));
        b.risk(new Risk("infection", "infection"));
        b.risk(new Risk("bleeding", "bleeding"));
        b.risk(new Risk("bruising", "bruising"));
        b.risk(new Risk("headache", "headache"));
        b.risk(new Risk("nausea-vomiting", "nausea or vomiting"));
        b.risk(new Risk("dizziness-fainting", "dizziness or fainting"));
        b.risk(new Risk("pneumothorax", "pneumothorax (collapsed lung)"));
        b.risk(new Risk("muscle-tendon-injury", "muscle or tendon injury"));
        b.risk(new Risk("spinal-cord-injury", "spinal cord injury"));
        b.risk(new Risk("nerve-damage", "nerve damage"));
        b.risk(new Risk("vascular-injury", "blood vessel injury"));
        b.risk(new Risk("allergic-reaction", "allergic reaction"));
        b.risk(new Risk("local-anesthetic-toxicity", "local anaesthetic toxicity"));
        b.risk(new Risk(
                "steroid-effects", "corticosteroid side effects (skin thinning or lightening, raised blood sugar)"));
        b.risk(new Risk(
                "botulinum-toxin-spread",
                "spread of botulinum toxin effect (weakness, trouble swallowing or breathing)"));
        b.risk(new Risk("worsening-symptoms", "worsening of symptoms"));
        b.risk(new Risk("no-improvement", "no improvement"));

        b.complication(new Complication("vasovagal-reaction", "vasovagal reaction"));
        b.complication(new Complication("bleeding", "bleeding"));
        b.complication(new Complication("hematoma", "hematoma"));
        b.complication(new Complication("pneumothorax", "pneumothorax"));
        b.complication(new Complication("allergic-reaction", "allergic reaction"));
        b.complication(new Complication("local-anesthetic-systemic-toxicity", "local anaesthetic systemic toxicity"));
        b.complication(new Complication("intravascular-injection", "intravascular injection"));
        b.complication(new Complication("nerve-injury", "nerve injury"));
        b.complication(new Complication("infection", "infection"));
        b.complication(new Complication("needle-breakage", "needle breakage"));
        b.complication(new Complication("other", "other complication"));

        b.finding(new ExamFinding("taut-band", "taut band"));
        b.finding(new ExamFinding("jump-sign", "jump sign"));
        b.finding(new ExamFinding("local-twitch-response", "local twitch response"));
        b.finding(new ExamFinding("referred-pain", "referred pain"));

        b.priorTherapy(new PriorTherapy("heat", "heat"));
        b.priorTherapy(new PriorTherapy("massage", "massage"));
        b.priorTherapy(new PriorTherapy("myofascial-release", "myofascial release"));
        b.priorTherapy(new PriorTherapy("stretching", "stretching"));
        b.priorTherapy(new PriorTherapy("exercise-therapy", "exercise therapy"));
        b.priorTherapy(new PriorTherapy("physical-therapy", "physical therapy"));
        b.priorTherapy(new PriorTherapy("oral-analgesics", "oral analgesics"));
        return b.build();
    }

    private static void liquid(
            CatalogBuilder b,
            String slug,
            String name,
            Drug drug,
            String perMl,
            @Nullable Concept productCode,
            @Nullable HcpcsCode hcpcs) {
        List<Concept> codes = productCode == null ? List.of() : List.of(productCode);
        b.product(new Product(slug, name, drug, ProductForm.LIQUID, new BigDecimal(perMl), codes, hcpcs));
    }

    private static Concept snomed(String code, String display) {
        return new Concept(SNOMED_CT, code, display);
    }

    private static Concept snomed(String code) {
        return new Concept(SNOMED_CT, code, null);
    }

    private static Concept rxnorm(String code) {
        return new Concept(RXNORM, code, null);
    }

    private static Concept rxnorm(String code, String display) {
        return new Concept(RXNORM, code, display);
    }

    private static Concept atc(String code) {
        return new Concept(ATC, code, null);
    }

    private static HcpcsCode hcpcs(String code, String display, String perUnit, boolean singleDose) {
        return new HcpcsCode(new Concept(HCPCS, code, display), new BigDecimal(perUnit), singleDose);
    }
}
