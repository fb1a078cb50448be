package org.tpidoc.dosing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.InjectionSite;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Preparation;
import org.tpidoc.session.Reference;
import org.tpidoc.session.Technique;

class DoseCalculatorTest {

    private final DoseCalculator calculator = new DoseCalculator(Catalog.builtIn());

    @Test
    void sharesEachLiquidByTheVolumeGivenAtEachSite() {
        // The neck-shoulder sample: 4 mL lidocaine 10 mg/mL + 1 mL triamcinolone 40 mg/mL, 2.5 mL per site.
        InjectionSession session = session(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "4"), liquid("triamcinolone-acetonide-40mg-ml", "1")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 2, "A", dec("2.5")),
                InjectionSite.injected("levator-scapulae", Laterality.RIGHT, 1, "A", dec("2.5")));

        SessionDoses doses = calculator.compute(session);

        assertThat(doses.sites()).hasSize(2);
        for (SiteDoses site : doses.sites()) {
            assertThat(site.doses()).extracting(d -> d.drug().slug()).containsExactly("lidocaine", "triamcinolone");
            assertThat(site.doses()).extracting(Dose::amount).containsExactly(dec("20"), dec("20"));
        }
        assertThat(doses.sites()).extracting(SiteDoses::index).containsExactly(0, 1);
        assertThat(doses.total("lidocaine")).map(Dose::amount).contains(dec("40"));
        assertThat(doses.total("triamcinolone")).map(Dose::amount).contains(dec("40"));
        assertThat(doses.total("lidocaine")).map(Dose::formatted).contains("40 mg");
        assertThat(doses.total("triamcinolone")).map(Dose::formatted).contains("40 mg");
    }

    @Test
    void sharesBupivacaineAndMethylprednisoloneOverThreeSites() {
        // The low-back sample: 9 mL bupivacaine 2.5 mg/mL + 1 mL methylprednisolone 40 mg/mL; 3 + 3 + 2 mL given.
        InjectionSession session = session(
                Preparation.of(
                        "B", liquid("bupivacaine-2.5mg-ml", "9"), liquid("methylprednisolone-acetate-40mg-ml", "1")),
                InjectionSite.injected("quadratus-lumborum", Laterality.LEFT, 3, "B", dec("3")),
                InjectionSite.injected("quadratus-lumborum", Laterality.RIGHT, 3, "B", dec("3")),
                InjectionSite.injected("gluteus-medius", Laterality.RIGHT, 2, "B", dec("2")));

        SessionDoses doses = calculator.compute(session);

        assertThat(doses.sites().get(0).doses()).extracting(Dose::amount).containsExactly(dec("6.75"), dec("12"));
        assertThat(doses.sites().get(2).doses()).extracting(Dose::amount).containsExactly(dec("4.5"), dec("8"));
        assertThat(doses.total("bupivacaine")).map(Dose::formatted).contains("18 mg");
        assertThat(doses.total("methylprednisolone")).map(Dose::formatted).contains("32 mg");
        // 2 mL of 22.5 mg bupivacaine and 8 mg methylprednisolone stayed in the syringe.
        assertThat(doses.usage())
                .extracting(ComponentUsage::drawn, ComponentUsage::administered, ComponentUsage::discarded)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(dec("22.5"), dec("18"), dec("4.5")),
                        org.assertj.core.groups.Tuple.tuple(dec("40"), dec("32"), dec("8")));
    }

    @Test
    void spreadsABotulinumToxinPowderOverTheLiquidVolume() {
        // 100 units reconstituted with 2 mL saline: 50 units/mL; 0.5 + 0.5 + 0.2 mL given.
        InjectionSession session = session(
                Preparation.of(
                        "T", powder("onabotulinumtoxina-100-unit-vial", "100"), liquid("sodium-chloride-9mg-ml", "2")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 2, "T", dec("0.5")),
                InjectionSite.injected("trapezius", Laterality.RIGHT, 2, "T", dec("0.5")),
                InjectionSite.injected("splenius-capitis", Laterality.LEFT, 1, "T", dec("0.2")));

        SessionDoses doses = calculator.compute(session);

        assertThat(doses.sites())
                .extracting(s -> s.doses().get(0).amount())
                .containsExactly(dec("25"), dec("25"), dec("10"));
        assertThat(doses.total("onabotulinumtoxina")).map(Dose::formatted).contains("60 units");
        ComponentUsage toxin = doses.usage().get(0);
        assertThat(toxin.product().slug()).isEqualTo("onabotulinumtoxina-100-unit-vial");
        assertThat(toxin.preparationId()).isEqualTo("T");
        assertThat(toxin.index()).isZero();
        assertThat(toxin.drawn()).isEqualTo(dec("100"));
        assertThat(toxin.administered()).isEqualTo(dec("60"));
        assertThat(toxin.discarded()).isEqualTo(dec("40"));
        assertThat(toxin.nothingDiscarded()).isFalse();
        // The saline is a liquid like any other: 18 mg sodium chloride drawn, 10.8 mg given.
        ComponentUsage saline = doses.usage().get(1);
        assertThat(saline.index()).isEqualTo(1);
        assertThat(saline.administered()).isEqualTo(dec("10.8"));
    }

    @Test
    void reportsNothingDiscardedWhenTheWholeVialIsGiven() {
        InjectionSession session = session(
                Preparation.of(
                        "T", powder("onabotulinumtoxina-100-unit-vial", "100"), liquid("sodium-chloride-9mg-ml", "2")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 2, "T", dec("1")),
                InjectionSite.injected("trapezius", Laterality.RIGHT, 2, "T", dec("1")));

        ComponentUsage toxin = calculator.compute(session).usage().get(0);

        assertThat(toxin.administered()).isEqualTo(dec("100"));
        assertThat(toxin.discarded()).isEqualTo(BigDecimal.ZERO);
        assertThat(toxin.nothingDiscarded()).isTrue();
    }

    @Test
    void neverReportsANegativeDiscardWhenMoreIsGivenThanDrawn() {
        InjectionSession session = session(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "2")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", dec("3")));

        ComponentUsage usage = calculator.compute(session).usage().get(0);

        assertThat(usage.administered()).isEqualTo(dec("30"));
        assertThat(usage.discarded()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void addsUpTotalsPerDrugAcrossPreparationsAndPerClass() {
        InjectionSession session = session(
                List.of(
                        Preparation.of(
                                "A", liquid("lidocaine-10mg-ml", "4"), liquid("triamcinolone-acetonide-40mg-ml", "1")),
                        Preparation.of("B", liquid("lidocaine-20mg-ml", "2"), liquid("bupivacaine-5mg-ml", "2"))),
                List.of(
                        InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", dec("5")),
                        InjectionSite.injected("gluteus-medius", Laterality.RIGHT, 1, "B", dec("2"))));

        SessionDoses doses = calculator.compute(session);

        // lidocaine: 40 mg from A plus half of 40 mg from B.
        assertThat(doses.totals())
                .extracting(d -> d.drug().slug())
                .containsExactly("lidocaine", "triamcinolone", "bupivacaine");
        assertThat(doses.total("lidocaine")).map(Dose::amount).contains(dec("60"));
        assertThat(doses.total("bupivacaine")).map(Dose::amount).contains(dec("5"));
        assertThat(doses.totals(DrugClass.AMIDE_LOCAL_ANESTHETIC))
                .extracting(d -> d.drug().slug())
                .containsExactly("lidocaine", "bupivacaine");
        assertThat(doses.classTotal(DrugClass.AMIDE_LOCAL_ANESTHETIC)).isEqualByComparingTo("65");
        assertThat(doses.classTotal(DrugClass.CORTICOSTEROID)).isEqualByComparingTo("40");
        assertThat(doses.classTotal(DrugClass.BOTULINUM_TOXIN)).isEqualByComparingTo("0");
        assertThat(doses.gives(DrugClass.CORTICOSTEROID)).isTrue();
        assertThat(doses.gives(DrugClass.BOTULINUM_TOXIN)).isFalse();
        assertThat(doses.total("dexamethasone")).isEmpty();
    }

    @Test
    void findsTheDoseOfOneDrugAtASite() {
        InjectionSession session = session(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "4"), liquid("triamcinolone-acetonide-40mg-ml", "1")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", dec("1")));
        SessionDoses doses = calculator.compute(session);
        Dose triamcinolone = doses.total("triamcinolone").orElseThrow();

        assertThat(doses.sites().get(0).of(triamcinolone.drug()))
                .map(Dose::amount)
                .contains(dec("8"));
        assertThat(doses.sites().get(0).site().muscle()).isEqualTo("trapezius");
    }

    @Test
    void countsDistinctMuscleSidePairs() {
        InjectionSession session = session(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "5")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", dec("1")),
                InjectionSite.injected("trapezius", Laterality.RIGHT, 1, "A", dec("1")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 2, "A", dec("1")));

        SessionDoses doses = calculator.compute(session);

        assertThat(doses.muscleSides())
                .containsExactly(
                        new MuscleSide("trapezius", Laterality.LEFT), new MuscleSide("trapezius", Laterality.RIGHT));
    }

    @Test
    void countsMuscleSidesOfDryNeedlingWithoutDoses() {
        InjectionSession session = InjectionSession.builder()
                .id(UUID.fromString("00000000-0000-4000-8000-000000000001"))
                .patient(Reference.to("Patient/p"))
                .start(OffsetDateTime.parse("2026-01-01T10:00:00Z"))
                .technique(Technique.DRY_NEEDLING)
                .addSite(InjectionSite.needled("piriformis", Laterality.RIGHT, 3))
                .addSite(InjectionSite.needled("gluteus-medius", Laterality.RIGHT, 2))
                .build();

        SessionDoses doses = calculator.compute(session);

        assertThat(doses.muscleSides()).hasSize(2);
        assertThat(doses.sites()).allSatisfy(s -> assertThat(s.doses()).isEmpty());
        assertThat(doses.totals()).isEmpty();
        assertThat(doses.usage()).isEmpty();
    }

    @Test
    void leavesOutAnUnknownProductWithoutThrowing() {
        InjectionSession session = session(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "4"), liquid("no-such-product", "1")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", dec("2.5")));

        SessionDoses doses = calculator.compute(session);

        // The unknown product still counts towards the liquid volume: 4 of 5 mL is lidocaine.
        assertThat(doses.sites().get(0).doses()).extracting(Dose::amount).containsExactly(dec("20"));
        assertThat(doses.usage()).extracting(u -> u.product().slug()).containsExactly("lidocaine-10mg-ml");
    }

    @Test
    void givesNoDoseForAMissingPreparationWithoutThrowing() {
        InjectionSession session = session(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "4")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 1, "Z", dec("2")));

        SessionDoses doses = calculator.compute(session);

        assertThat(doses.sites().get(0).doses()).isEmpty();
        assertThat(doses.totals()).isEmpty();
        assertThat(doses.usage().get(0).administered()).isEqualTo(BigDecimal.ZERO);
        assertThat(doses.usage().get(0).discarded()).isEqualTo(dec("40"));
    }

    @Test
    void givesNoDoseForASiteWithoutPreparationOrVolume() {
        InjectionSession session = session(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "4")),
                new InjectionSite("trapezius", Laterality.LEFT, null, 1, null, false, "A", null),
                new InjectionSite("trapezius", Laterality.RIGHT, null, 1, null, false, null, dec("1")),
                new InjectionSite("deltoid", Laterality.RIGHT, null, 1, null, false, "A", dec("0")),
                new InjectionSite("deltoid", Laterality.LEFT, null, 1, null, false, "A", dec("-1")));

        SessionDoses doses = calculator.compute(session);

        assertThat(doses.sites()).allSatisfy(s -> assertThat(s.doses()).isEmpty());
        assertThat(doses.totals()).isEmpty();
        assertThat(doses.usage().get(0).administered()).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void givesNoDoseForAPreparationWithoutLiquidVolumeWithoutThrowing() {
        InjectionSession session = session(
                Preparation.of("T", powder("onabotulinumtoxina-100-unit-vial", "100")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 1, "T", dec("1")));

        SessionDoses doses = assertThatCodeReturns(session);

        assertThat(doses.sites().get(0).doses()).isEmpty();
        assertThat(doses.totals()).isEmpty();
        assertThat(doses.usage().get(0).administered()).isEqualTo(BigDecimal.ZERO);
        assertThat(doses.usage().get(0).discarded()).isEqualTo(dec("100"));
    }

    @Test
    void keepsDosesExactUntilDisplay() {
        // 1 mL of 3: a third of 10 mg lidocaine at each site.
        InjectionSession session = session(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "1"), liquid("sodium-chloride-9mg-ml", "2")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", dec("1")),
                InjectionSite.injected("trapezius", Laterality.RIGHT, 1, "A", dec("0.25")));

        SessionDoses doses = calculator.compute(session);

        Dose first = doses.sites().get(0).doses().get(0);
        assertThat(first.amount().precision()).isGreaterThan(10);
        assertThat(first.amount()).isEqualByComparingTo("3.333333333333333");
        assertThat(first.formatted()).isEqualTo("3.33 mg");
        Dose second = doses.sites().get(1).doses().get(0);
        assertThat(second.amount()).isEqualByComparingTo("0.8333333333333333");
        assertThat(second.formatted()).isEqualTo("0.83 mg");
    }

    @Test
    void sumsThirdsToAWholeTotal() {
        // 80 mg triamcinolone in 3 mL, 1 mL at each of three sites: each site gets 26.666..., the session 80.
        InjectionSession session = session(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "1"), liquid("triamcinolone-acetonide-40mg-ml", "2")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", dec("1")),
                InjectionSite.injected("trapezius", Laterality.RIGHT, 1, "A", dec("1")),
                InjectionSite.injected("deltoid", Laterality.RIGHT, 1, "A", dec("1")));

        SessionDoses doses = calculator.compute(session);

        assertThat(doses.total("triamcinolone")).map(Dose::amount).contains(dec("80"));
        assertThat(doses.total("lidocaine")).map(Dose::amount).contains(dec("10"));
        assertThat(doses.usage()).allSatisfy(u -> assertThat(u.discarded()).isEqualTo(BigDecimal.ZERO));
    }

    @Test
    void resolvesADuplicatedPreparationIdToTheFirstPreparationOnly() {
        InjectionSession session = session(
                List.of(
                        Preparation.of("A", liquid("lidocaine-10mg-ml", "2")),
                        Preparation.of("A", liquid("bupivacaine-2.5mg-ml", "2"))),
                List.of(InjectionSite.injected("trapezius", Laterality.LEFT, 1, "A", dec("2"))));

        SessionDoses doses = calculator.compute(session);

        assertThat(doses.totals()).extracting(d -> d.drug().slug()).containsExactly("lidocaine");
        assertThat(doses.usage()).extracting(ComponentUsage::administered).containsExactly(dec("20"), BigDecimal.ZERO);
    }

    @Test
    void siteDosesAgreeWithCompute() {
        InjectionSession session = session(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "4"), liquid("triamcinolone-acetonide-40mg-ml", "1")),
                InjectionSite.injected("trapezius", Laterality.LEFT, 2, "A", dec("2.5")));

        assertThat(calculator.siteDoses(session, session.sites().get(0)))
                .isEqualTo(calculator.compute(session).sites().get(0).doses());
    }

    @Test
    void computesNothingForASessionWithoutSites() {
        InjectionSession session = session(List.of(Preparation.of("A", liquid("lidocaine-10mg-ml", "4"))), List.of());

        SessionDoses doses = calculator.compute(session);

        assertThat(doses.sites()).isEmpty();
        assertThat(doses.totals()).isEmpty();
        assertThat(doses.muscleSides()).isEmpty();
        assertThat(doses.usage()).singleElement().satisfies(u -> assertThat(u.discarded())
                .isEqualTo(dec("40")));
    }

    private SessionDoses assertThatCodeReturns(InjectionSession session) {
        assertThatCode(() -> calculator.compute(session)).doesNotThrowAnyException();
        return calculator.compute(session);
    }

    private static InjectionSession session(Preparation preparation, InjectionSite... sites) {
        return session(List.of(preparation), List.of(sites));
    }

    private static InjectionSession session(List<Preparation> preparations, List<InjectionSite> sites) {
        return InjectionSession.builder()
                .id(UUID.fromString("00000000-0000-4000-8000-000000000001"))
                .patient(Reference.to("Patient/p"))
                .start(OffsetDateTime.parse("2026-01-01T10:00:00Z"))
                .preparations(preparations)
                .sites(sites)
                .build();
    }

    private static Component liquid(String product, String volumeMl) {
        return Component.liquid(product, dec(volumeMl));
    }

    private static Component powder(String product, String amount) {
        return Component.powder(product, dec(amount));
    }

    static BigDecimal dec(String value) {
        return new BigDecimal(value);
    }
}
