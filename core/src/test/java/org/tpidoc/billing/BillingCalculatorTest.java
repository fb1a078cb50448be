package org.tpidoc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.HcpcsCode;
import org.tpidoc.catalog.Product;
import org.tpidoc.session.Component;
import org.tpidoc.session.Guidance;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Reference;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.Technique;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.terminology.Concept;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;

class BillingCalculatorTest {

    private static final Concept M79_18 = new Concept(CodeSystems.ICD_10_CM, "M79.18", "Myalgia, other site");

    private final BillingCalculator calculator = BillingCalculator.standard();

    @Test
    void billsFourMusclesAs20553Once() {
        InjectionSession session = injection(
                lidocaine("10"),
                site("trapezius", Laterality.LEFT, 3),
                site("levator-scapulae", Laterality.LEFT, 2),
                site("rhomboid-major", Laterality.LEFT, 1),
                site("infraspinatus", Laterality.RIGHT, 4));

        assertThat(lines(session)).containsExactly("20553 x1");
        ChargeLine line = calculator.bill(session).lines().get(0);
        assertThat(line.system()).isEqualTo(CodeSystems.CPT);
        assertThat(line.description()).isEqualTo("trigger point injection, 3+ muscles");
        assertThat(line.modifiers()).isEmpty();
    }

    @Test
    void countsLeftAndRightOfOneMuscleAsTwo() {
        InjectionSession session = injection(
                lidocaine("10"), site("trapezius", Laterality.LEFT, 1), site("trapezius", Laterality.RIGHT, 1));

        assertThat(lines(session)).containsExactly("20552 x1");
    }

    @Test
    void countsLeftAndRightOfOneMuscleWithAThirdAsThree() {
        InjectionSession session = injection(
                lidocaine("10"),
                site("trapezius", Laterality.LEFT, 1),
                site("trapezius", Laterality.RIGHT, 1),
                site("deltoid", Laterality.RIGHT, 1));

        assertThat(lines(session)).containsExactly("20553 x1");
    }

    @Test
    void billsOnceWhateverTheNumberOfPoints() {
        InjectionSession session = injection(
                lidocaine("10"), site("trapezius", Laterality.LEFT, 6), site("levator-scapulae", Laterality.LEFT, 4));

        assertThat(lines(session)).containsExactly("20552 x1");
        assertThat(calculator.bill(session).lines().get(0).description())
                .isEqualTo("trigger point injection, 1–2 muscles");
    }

    @Test
    void countsTheSameMuscleAndSideRecordedTwiceAsOne() {
        InjectionSession session = injection(
                lidocaine("10"), site("trapezius", Laterality.LEFT, 1), site("trapezius", Laterality.LEFT, 1));

        assertThat(lines(session)).containsExactly("20552 x1");
    }

    @ParameterizedTest
    @CsvSource({"1, 20560", "2, 20560", "3, 20561", "5, 20561"})
    void billsDryNeedlingByMuscleCount(int muscles, String code) {
        String[] slugs = {"piriformis", "gluteus-medius", "gluteus-maximus", "quadratus-lumborum", "erector-spinae"};
        InjectionSession.Builder builder = base().technique(Technique.DRY_NEEDLING);
        for (int i = 0; i < muscles; i++) {
            builder.addSite(InjectionSite.needled(slugs[i], Laterality.RIGHT, 2));
        }

        assertThat(lines(builder.build())).containsExactly(code + " x1");
    }

    @Test
    void describesDryNeedlingInOurOwnWords() {
        InjectionSession session = base().technique(Technique.DRY_NEEDLING)
                .addSite(InjectionSite.needled("piriformis", Laterality.RIGHT, 2))
                .addSite(InjectionSite.needled("gluteus-medius", Laterality.RIGHT, 2))
                .addSite(InjectionSite.needled("gluteus-maximus", Laterality.RIGHT, 2))
                .build();

        assertThat(calculator.bill(session).lines().get(0).description()).isEqualTo("dry needling, 3+ muscles");
    }

    @Test
    void addsUltrasoundGuidanceAfterTheProcedure() {
        InjectionSession session = injection(lidocaine("10"), site("trapezius", Laterality.LEFT, 1)).toBuilder()
                .guidance(Guidance.ULTRASOUND)
                .build();

        assertThat(lines(session)).containsExactly("20552 x1", "76942 x1");
        ChargeLine ultrasound = calculator.bill(session).lines().get(1);
        assertThat(ultrasound.system()).isEqualTo(CodeSystems.CPT);
        assertThat(ultrasound.description()).isEqualTo("ultrasound guidance for needle placement");
    }

    @Test
    void addsUltrasoundGuidanceToDryNeedling() {
        InjectionSession session = base().technique(Technique.DRY_NEEDLING)
                .guidance(Guidance.ULTRASOUND)
                .addSite(InjectionSite.needled("piriformis", Laterality.RIGHT, 2))
                .build();

        assertThat(lines(session)).containsExactly("20560 x1", "76942 x1");
    }

    @Test
    void billsNothingForPalpationBeyondTheProcedure() {
        InjectionSession session = injection(lidocaine("10"), site("trapezius", Laterality.LEFT, 1)).toBuilder()
                .guidance(Guidance.PALPATION)
                .build();

        assertThat(lines(session)).containsExactly("20552 x1");
    }

    @ParameterizedTest(name = "{0} {1} mL → {2} × {3}")
    @CsvSource({
        "triamcinolone-acetonide-40mg-ml,        1,     J3301, 4",
        "triamcinolone-acetonide-40mg-ml,        1.125, J3301, 5",
        "triamcinolone-acetonide-40mg-ml,        0.25,  J3301, 1",
        "methylprednisolone-acetate-40mg-ml,     0.8,   J1010, 32",
        "methylprednisolone-acetate-80mg-ml,     0.5,   J1010, 40",
        "betamethasone-6mg-ml,                   1,     J0702, 1",
        "dexamethasone-sodium-phosphate-4mg-ml,  1,     J1100, 4",
        "dexamethasone-sodium-phosphate-10mg-ml, 0.35,  J1100, 4",
    })
    void billsCorticosteroidUnitsRoundedUp(String product, String volumeMl, String code, int units) {
        // The whole syringe is given at one site, so the drug drawn is the dose.
        InjectionSession session = injection(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "2"), liquid(product, volumeMl)),
                new InjectionSite(
                        "trapezius",
                        Laterality.LEFT,
                        null,
                        1,
                        null,
                        false,
                        "A",
                        new BigDecimal("2").add(new BigDecimal(volumeMl))));

        BillingSummary summary = calculator.bill(session);

        assertThat(lines(session)).containsExactly("20552 x1", code + " x" + units);
        ChargeLine drug = summary.lines().get(1);
        assertThat(drug.system()).isEqualTo(CodeSystems.HCPCS);
        assertThat(drug.modifiers()).isEmpty();
        assertThat(drug.description())
                .isEqualTo(Catalog.builtIn()
                        .product(product)
                        .flatMap(Product::hcpcsCode)
                        .map(HcpcsCode::code)
                        .map(Concept::display)
                        .orElseThrow());
    }

    @Test
    void billsTriamcinolone45MgAsFiveUnits() {
        // 45 mg triamcinolone in 4.5 mL with 3.375 mL of lidocaine: 1.125 mL of 40 mg/mL, all given.
        InjectionSession session = injection(
                Preparation.of(
                        "A", liquid("lidocaine-10mg-ml", "3.375"), liquid("triamcinolone-acetonide-40mg-ml", "1.125")),
                site("trapezius", Laterality.LEFT, 2, "2.25"),
                site("trapezius", Laterality.RIGHT, 2, "2.25"));

        assertThat(lines(session)).containsExactly("20552 x1", "J3301 x5");
        assertThat(calculator.bill(session).lines().get(1).description())
                .isEqualTo("triamcinolone acetonide NOS, per 10 mg");
    }

    @ParameterizedTest(name = "betamethasone {0} mL of 6 mL (21 mg) → J0702 × {1}")
    @CsvSource({"2, 2", "1, 1", "6, 4"})
    void billsBetamethasoneBySixMilligrams(String givenMl, int units) {
        // 3.5 mL betamethasone 6 mg/mL (21 mg) + 2.5 mL lidocaine: 2 mL carries 7 mg, 1 mL 3.5 mg.
        InjectionSession session = injection(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "2.5"), liquid("betamethasone-6mg-ml", "3.5")),
                site("trapezius", Laterality.LEFT, 1, givenMl));

        assertThat(lines(session)).containsExactly("20552 x1", "J0702 x" + units);
    }

    @Test
    void billsBetamethasone6MgAsOneUnitAnd7MgAsTwo() {
        InjectionSession sixMg = injection(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "1"), liquid("betamethasone-6mg-ml", "1")),
                site("trapezius", Laterality.LEFT, 1, "2"));
        InjectionSession sevenMg = injection(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "2.5"), liquid("betamethasone-6mg-ml", "3.5")),
                site("trapezius", Laterality.LEFT, 1, "2"));

        assertThat(lines(sixMg)).containsExactly("20552 x1", "J0702 x1");
        assertThat(lines(sevenMg)).containsExactly("20552 x1", "J0702 x2");
        assertThat(calculator.bill(sixMg).lines().get(1).description())
                .isEqualTo("betamethasone acetate 3 mg and betamethasone sodium phosphate 3 mg");
    }

    @Test
    void billsMethylprednisolone32MgAs32Units() {
        InjectionSession session = injection(
                Preparation.of(
                        "B", liquid("bupivacaine-2.5mg-ml", "9"), liquid("methylprednisolone-acetate-40mg-ml", "1")),
                site("quadratus-lumborum", Laterality.LEFT, 3, "3", "B"),
                site("quadratus-lumborum", Laterality.RIGHT, 3, "3", "B"),
                site("gluteus-medius", Laterality.RIGHT, 2, "2", "B"));

        assertThat(lines(session)).containsExactly("20553 x1", "J1010 x32");
    }

    @Test
    void billsThirdsOfADoseThatAddUpToWholeUnitsWithoutAnExtraUnit() {
        // 80 mg triamcinolone in 3 mL, 1 mL at each of three sites: 8 units of 10 mg, not 9.
        InjectionSession session = injection(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "1"), liquid("triamcinolone-acetonide-40mg-ml", "2")),
                site("trapezius", Laterality.LEFT, 1, "1"),
                site("trapezius", Laterality.RIGHT, 1, "1"),
                site("deltoid", Laterality.RIGHT, 1, "1"));

        assertThat(lines(session)).containsExactly("20553 x1", "J3301 x8");
    }

    @Test
    void billsOnlyTheDoseGivenNotTheDoseDrawn() {
        // 40 mg drawn in 5 mL; 2.5 mL given: 20 mg → 2 units.
        InjectionSession session = injection(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "4"), liquid("triamcinolone-acetonide-40mg-ml", "1")),
                site("trapezius", Laterality.LEFT, 1, "2.5"));

        assertThat(lines(session)).containsExactly("20552 x1", "J3301 x2");
    }

    @Test
    void addsUpOneCodeAcrossProductsAndPreparations() {
        InjectionSession session = injection(
                List.of(
                        Preparation.of("A", liquid("methylprednisolone-acetate-40mg-ml", "1")),
                        Preparation.of("B", liquid("methylprednisolone-acetate-80mg-ml", "0.5"))),
                List.of(
                        site("trapezius", Laterality.LEFT, 1, "1", "A"),
                        site("deltoid", Laterality.LEFT, 1, "0.5", "B")));

        assertThat(lines(session)).containsExactly("20552 x1", "J1010 x80");
    }

    @Test
    void listsDrugLinesInOrderOfFirstUse() {
        InjectionSession session = injection(
                List.of(
                        Preparation.of(
                                "A",
                                liquid("lidocaine-10mg-ml", "2"),
                                liquid("dexamethasone-sodium-phosphate-4mg-ml", "1")),
                        Preparation.of(
                                "B", liquid("lidocaine-10mg-ml", "2"), liquid("triamcinolone-acetonide-40mg-ml", "1"))),
                List.of(
                        site("trapezius", Laterality.LEFT, 1, "3", "B"),
                        site("deltoid", Laterality.LEFT, 1, "3", "A"),
                        site("deltoid", Laterality.RIGHT, 1, "0", "A")));

        assertThat(lines(session)).containsExactly("20553 x1", "J3301 x4", "J1100 x4");
    }

    @Test
    void marksAWholeBotulinumToxinVialGivenWithJz() {
        InjectionSession session = injection(
                toxin("100", "2"),
                site("trapezius", Laterality.LEFT, 2, "1", "T"),
                site("trapezius", Laterality.RIGHT, 2, "1", "T"));

        assertThat(calculator.bill(session).lines())
                .extracting(ChargeLine::code, ChargeLine::units, ChargeLine::modifiers)
                .containsExactly(tuple("20552", 1, List.of()), tuple("J0585", 100, List.of("JZ")));
        assertThat(calculator.bill(session).lines().get(1).description()).isEqualTo("onabotulinumtoxinA, per 1 unit");
    }

    @Test
    void billsTheDiscardedToxinOnItsOwnLineWithJw() {
        InjectionSession session = injection(
                toxin("100", "2"),
                site("trapezius", Laterality.LEFT, 2, "0.5", "T"),
                site("trapezius", Laterality.RIGHT, 2, "0.5", "T"),
                site("splenius-capitis", Laterality.LEFT, 1, "0.2", "T"));

        BillingSummary summary = calculator.bill(session);

        assertThat(summary.lines())
                .extracting(ChargeLine::code, ChargeLine::units, ChargeLine::modifiers)
                .containsExactly(
                        tuple("20553", 1, List.of()), tuple("J0585", 60, List.of()), tuple("J0585", 40, List.of("JW")));
        assertThat(summary.lines().get(2).has(ChargeLine.DISCARDED)).isTrue();
        assertThat(summary.linesWithCode("J0585")).hasSize(2);
    }

    @Test
    void neverBillsMoreToxinUnitsThanTheVialHeld() {
        // 100 units in 3 mL; 1 + 1 mL given: 66.67 units given → 67, and 33 (not 34) discarded.
        InjectionSession session = injection(
                toxin("100", "3"),
                site("trapezius", Laterality.LEFT, 2, "1", "T"),
                site("trapezius", Laterality.RIGHT, 2, "1", "T"));

        assertThat(lines(session)).containsExactly("20552 x1", "J0585 x67", "J0585 x33 JW");
    }

    @Test
    void billsA200UnitVial() {
        InjectionSession session = injection(
                Preparation.of(
                        "T", powder("onabotulinumtoxina-200-unit-vial", "200"), liquid("sodium-chloride-9mg-ml", "4")),
                List.of(
                        site("trapezius", Laterality.LEFT, 2, "2", "T"),
                        site("trapezius", Laterality.RIGHT, 2, "1", "T")));

        assertThat(lines(session)).containsExactly("20552 x1", "J0585 x150", "J0585 x50 JW");
    }

    @Test
    void billsNoDrugLineForLocalAnaestheticsOrDiluents() {
        InjectionSession session = injection(
                Preparation.of(
                        "A",
                        liquid("lidocaine-10mg-ml", "2"),
                        liquid("bupivacaine-5mg-ml", "2"),
                        liquid("sodium-chloride-9mg-ml", "2")),
                site("trapezius", Laterality.LEFT, 1, "3"),
                site("levator-scapulae", Laterality.LEFT, 1, "3"));

        assertThat(lines(session)).containsExactly("20552 x1");
    }

    @Test
    void billsNoDrugLineForALocalAnaestheticEvenWhenAVendorGivesItAHcpcsCode() {
        Product base = Catalog.builtIn().product("lidocaine-10mg-ml").orElseThrow();
        Product coded = new Product(
                "lidocaine-10mg-ml",
                base.name(),
                base.drug(),
                base.form(),
                base.strength(),
                base.codes(),
                new HcpcsCode(new Concept(CodeSystems.HCPCS, "J2001", null), BigDecimal.TEN, false));
        Catalog vendor = Catalog.builder(Catalog.builtIn()).product(coded).build();

        BillingSummary summary =
                new BillingCalculator(vendor).bill(injection(lidocaine("10"), site("trapezius", Laterality.LEFT, 1)));

        assertThat(summary.lines()).extracting(ChargeLine::code).containsExactly("20552");
    }

    @Test
    void usesTheDrugNameWhenAVendorsHcpcsCodeHasNoDisplay() {
        Product base =
                Catalog.builtIn().product("triamcinolone-acetonide-40mg-ml").orElseThrow();
        Product coded = new Product(
                "vendor-triamcinolone",
                base.name(),
                base.drug(),
                base.form(),
                base.strength(),
                base.codes(),
                new HcpcsCode(new Concept(CodeSystems.HCPCS, "J3301", null), BigDecimal.TEN, false));
        Catalog vendor = Catalog.builder(Catalog.builtIn()).product(coded).build();
        InjectionSession session = injection(
                Preparation.of("A", liquid("vendor-triamcinolone", "1")), site("trapezius", Laterality.LEFT, 1, "1"));

        assertThat(new BillingCalculator(vendor).bill(session).lines().get(1).description())
                .isEqualTo("triamcinolone");
    }

    @Test
    void billsOnlyTheProcedureForLidocaineAlone() {
        InjectionSession session = injection(lidocaine("5"), site("trapezius", Laterality.LEFT, 1));

        assertThat(lines(session)).containsExactly("20552 x1");
    }

    @Test
    void billsNothingForASessionWithoutSites() {
        InjectionSession session =
                injection(List.of(Preparation.of("A", liquid("triamcinolone-acetonide-40mg-ml", "1"))), List.of());
        InjectionSession ultrasound =
                session.toBuilder().guidance(Guidance.ULTRASOUND).build();

        assertThat(calculator.bill(session).lines()).isEmpty();
        assertThat(calculator.bill(session).isEmpty()).isTrue();
        assertThat(calculator.bill(ultrasound).lines()).isEmpty();
        assertThat(calculator.bill(session).findings()).isEmpty();
    }

    @Test
    void billsNothingForASessionEnteredInError() {
        InjectionSession session = injection(lidocaine("10"), site("trapezius", Laterality.LEFT, 1)).toBuilder()
                .status(SessionStatus.ENTERED_IN_ERROR)
                .build();

        assertThat(calculator.bill(session).lines()).isEmpty();
    }

    @Test
    void givesNoDrugLineForWhatCannotBeComputed() {
        InjectionSession session = injection(
                Preparation.of("A", liquid("triamcinolone-acetonide-40mg-ml", "1")),
                site("trapezius", Laterality.LEFT, 1, "1", "Z"),
                new InjectionSite("deltoid", Laterality.LEFT, null, 1, null, false, "A", null));

        assertThat(lines(session)).containsExactly("20552 x1");
    }

    @Test
    void pointsToTheBillableIcd10CmIndicationsInOrder() {
        Concept g44209 =
                new Concept(CodeSystems.ICD_10_CM, "G44.209", "Tension-type headache, unspecified, not intractable");
        Concept snomed = new Concept(CodeSystems.SNOMED_CT, "726531007", "Myofascial pain syndrome");
        InjectionSession session = injection(lidocaine("10"), site("trapezius", Laterality.LEFT, 1)).toBuilder()
                .indications(List.of(g44209, snomed, M79_18, g44209))
                .build();

        BillingSummary summary = calculator.bill(session);

        assertThat(summary.diagnoses()).containsExactly(g44209, M79_18);
        assertThat(summary.findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"M79.1, M79.18", "M54.5, M54.59", "R10.2, R10.23"})
    void warnsOfAHeaderCodeAndDoesNotPointToIt(String header, String oneBillableCodeBeneath) {
        Concept headerConcept = new Concept(CodeSystems.ICD_10_CM, header, null);
        InjectionSession session = injection(lidocaine("10"), site("trapezius", Laterality.LEFT, 1)).toBuilder()
                .indications(List.of(M79_18, headerConcept))
                .build();

        BillingSummary summary = calculator.bill(session);

        assertThat(summary.diagnoses()).containsExactly(M79_18);
        assertThat(summary.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.code()).isEqualTo("indication-not-billable");
            assertThat(f.path()).isEqualTo("$.indications[1]");
            assertThat(f.message()).contains(header).contains(oneBillableCodeBeneath);
        });
        assertThat(summary.report().isValid()).isTrue();
        assertThat(summary.report().warnings()).hasSize(1);
    }

    @Test
    void warnsThatTheDiagnosisIsMissingWhenOnlyAHeaderIsGiven() {
        InjectionSession session = injection(lidocaine("10"), site("trapezius", Laterality.LEFT, 1)).toBuilder()
                .indications(List.of(new Concept(CodeSystems.ICD_10_CM, "M79.1", "Myalgia")))
                .build();

        BillingSummary summary = calculator.bill(session);

        assertThat(summary.diagnoses()).isEmpty();
        assertThat(summary.findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(
                        tuple("indication-not-billable", "$.indications[0]"),
                        tuple("diagnosis-missing", "$.indications"));
    }

    @Test
    void warnsThatTheDiagnosisIsMissingWithOnlySnomedIndications() {
        InjectionSession session = injection(lidocaine("10"), site("trapezius", Laterality.LEFT, 1)).toBuilder()
                .indications(List.of(new Concept(CodeSystems.SNOMED_CT, "726531007", "Myofascial pain syndrome")))
                .build();

        assertThat(calculator.bill(session).findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("diagnosis-missing");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("$.indications");
        });
    }

    @Test
    void isTheSameWhenCalledFromManyThreads() throws Exception {
        InjectionSession session = injection(
                toxin("100", "2"),
                site("trapezius", Laterality.LEFT, 2, "0.5", "T"),
                site("splenius-capitis", Laterality.LEFT, 1, "0.2", "T"));
        BillingSummary expected = calculator.bill(session);
        List<Thread> threads = new ArrayList<>();
        List<BillingSummary> results = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                for (int i = 0; i < 200; i++) {
                    results.add(calculator.bill(session));
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }

        assertThat(results).hasSize(1600).allMatch(expected::equals);
    }

    /** Lines as {@code "CODE xUNITS MOD..."} for compact assertions. */
    private List<String> lines(InjectionSession session) {
        return calculator.bill(session).lines().stream()
                .map(l -> (l.code() + " x" + l.units() + " " + String.join(" ", l.modifiers())).strip())
                .toList();
    }

    private static InjectionSession.Builder base() {
        return InjectionSession.builder()
                .id(UUID.fromString("00000000-0000-4000-8000-000000000002"))
                .patient(Reference.to("Patient/p"))
                .start(OffsetDateTime.parse("2026-01-01T10:00:00Z"))
                .addIndication(M79_18);
    }

    private static InjectionSession injection(Preparation preparation, InjectionSite... sites) {
        return injection(List.of(preparation), Arrays.asList(sites));
    }

    private static InjectionSession injection(Preparation preparation, List<InjectionSite> sites) {
        return injection(List.of(preparation), sites);
    }

    private static InjectionSession injection(List<Preparation> preparations, List<InjectionSite> sites) {
        return base().technique(Technique.INJECTION)
                .preparations(preparations)
                .sites(sites)
                .build();
    }

    private static Preparation lidocaine(String volumeMl) {
        return Preparation.of("A", liquid("lidocaine-10mg-ml", volumeMl));
    }

    private static Preparation toxin(String units, String salineMl) {
        return Preparation.of(
                "T", powder("onabotulinumtoxina-100-unit-vial", units), liquid("sodium-chloride-9mg-ml", salineMl));
    }

    private static InjectionSite site(String muscle, Laterality side, int points) {
        return site(muscle, side, points, "1");
    }

    private static InjectionSite site(String muscle, Laterality side, int points, String volumeMl) {
        return site(muscle, side, points, volumeMl, "A");
    }

    private static InjectionSite site(String muscle, Laterality side, int points, String volumeMl, String preparation) {
        return InjectionSite.injected(muscle, side, points, preparation, new BigDecimal(volumeMl));
    }

    private static Component liquid(String product, String volumeMl) {
        return Component.liquid(product, new BigDecimal(volumeMl));
    }

    private static Component powder(String product, String amount) {
        return Component.powder(product, new BigDecimal(amount));
    }
}
