package org.tpidoc.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.tpidoc.billing.BillingSessions.injection;
import static org.tpidoc.billing.BillingSessions.lines;
import static org.tpidoc.billing.BillingSessions.liquid;
import static org.tpidoc.billing.BillingSessions.powder;
import static org.tpidoc.billing.BillingSessions.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.HcpcsCode;
import org.tpidoc.catalog.Product;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Laterality;
import org.tpidoc.session.Preparation;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;

/**
 * JW/JZ on every drug line from a single-dose container (CMS since 2023, DESIGN §6): administered units
 * and container units both rounded up; their difference on a JW line, else JZ; multi-dose none; unknown
 * none and a warning.
 */
class SingleDoseContainerBillingTest {

    private static final String TRIAMCINOLONE = "triamcinolone-acetonide-40mg-ml";

    private final BillingCalculator calculator = BillingCalculator.standard();

    /**
     * Triamcinolone 40 mg/mL (J3301, per 10 mg) drawn alone as preparation A and given at one site.
     *
     * @param drawnMl the volume drawn up
     * @param givenMl the volume given
     * @param container single-dose:{vial mL}, multi-dose, or null for not recorded
     */
    private BillingSummary triamcinolone(String drawnMl, String givenMl, @Nullable String container) {
        Component component = liquid(TRIAMCINOLONE, drawnMl).withContainer(container(container));
        return calculator.bill(
                injection(Preparation.of("A", component), site("trapezius", Laterality.LEFT, givenMl, "A")));
    }

    private static @Nullable Container container(@Nullable String form) {
        if (form == null) {
            return null;
        }
        return form.equals("multi-dose")
                ? Container.multiDose()
                : Container.singleDose(new BigDecimal(form.substring("single-dose:".length())));
    }

    @ParameterizedTest(name = "{0} mL drawn from {2}, {1} mL given → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # drawn | given | container       | lines a coder reads
            # A 1 mL single-dose vial (40 mg = 4 units), all of it given: nothing discarded.
            1       | 1     | single-dose:1   | J3301 x4 JZ
            # Half given: 2 units given, the 2 left in the vial on their own JW line.
            1       | 0.5   | single-dose:1   | J3301 x2, J3301 x2 JW
            # Administered rounded up: 25 mg is 3 units (not 2), so 1 (not 2) discarded.
            1       | 0.625 | single-dose:1   | J3301 x3, J3301 x1 JW
            # Container rounded up: a 1.1 mL vial holds 44 mg = 5 units (not 4); 20 mg drawn and given.
            0.5     | 0.5   | single-dose:1.1 | J3301 x2, J3301 x3 JW
            1.1     | 1.1   | single-dose:1.1 | J3301 x5 JZ
            # Less drawn than the vial held: the rest of the vial is discarded all the same.
            0.5     | 0.5   | single-dose:1   | J3301 x2, J3301 x2 JW
            # 2 mL from 1 mL vials opened two: 80 mg all given; 1.5 mL opened two as well.
            2       | 2     | single-dose:1   | J3301 x8 JZ
            1.5     | 1.5   | single-dose:1   | J3301 x6, J3301 x2 JW
            # Multi-dose: no modifier, whatever is left.
            1       | 1     | multi-dose      | J3301 x4
            1       | 0.5   | multi-dose      | J3301 x2
            """)
    void billsWhatASingleDoseVialHeldAndNothingForAMultiDoseOne(
            String drawnMl, String givenMl, String container, String expected) {
        BillingSummary summary = triamcinolone(drawnMl, givenMl, container);

        assertThat(lines(summary)).containsExactlyElementsOf(expectedLinesAfter("20552 x1", expected));
        assertThat(summary.findings()).isEmpty();
    }

    @Test
    void putsTheJwLineRightAfterItsAdministeredLine() {
        Component triamcinolone = liquid(TRIAMCINOLONE, "1").withContainer(Container.singleDose(BigDecimal.ONE));
        Component dexamethasone = liquid("dexamethasone-sodium-phosphate-4mg-ml", "1")
                .withContainer(Container.singleDose(BigDecimal.ONE));
        InjectionSession session = injection(
                List.of(Preparation.of("A", triamcinolone), Preparation.of("B", dexamethasone)),
                List.of(site("trapezius", Laterality.LEFT, "0.5", "A"), site("deltoid", Laterality.LEFT, "1", "B")));

        assertThat(calculator.bill(session).lines())
                .extracting(ChargeLine::system, ChargeLine::code, ChargeLine::units, ChargeLine::modifiers)
                .containsExactly(
                        tuple(CodeSystems.CPT, "20552", 1, List.of()),
                        tuple(CodeSystems.HCPCS, "J3301", 2, List.of()),
                        tuple(CodeSystems.HCPCS, "J3301", 2, List.of("JW")),
                        tuple(CodeSystems.HCPCS, "J1100", 4, List.of("JZ")));
    }

    @Test
    void warnsAtTheComponentWhenItsContainerIsNotRecorded() {
        BillingSummary summary = triamcinolone("1", "1", null);

        assertThat(lines(summary)).containsExactly("20552 x1", "J3301 x4");
        assertThat(summary.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.code()).isEqualTo("container-unknown");
            assertThat(f.path()).isEqualTo("$.preparations[0].components[0]");
            assertThat(f.message()).contains("J3301").contains("JW").contains("JZ");
        });
    }

    @Test
    void warnsOncePerComponentAtItsOwnPreparationWhateverTheNumberOfSites() {
        InjectionSession session = injection(
                List.of(
                        Preparation.of("A", liquid("lidocaine-10mg-ml", "2")),
                        Preparation.of("B", liquid("lidocaine-10mg-ml", "3"), liquid(TRIAMCINOLONE, "1"))),
                List.of(
                        site("trapezius", Laterality.LEFT, "2", "A"),
                        site("trapezius", Laterality.RIGHT, "2", "B"),
                        site("deltoid", Laterality.RIGHT, "2", "B")));

        assertThat(calculator.bill(session).findings())
                .extracting(Finding::code, Finding::path)
                .containsExactly(tuple("container-unknown", "$.preparations[1].components[1]"));
    }

    @Test
    void warnsOfNoContainerForADrugWithoutADrugLine() {
        // Lidocaine and saline are bundled into the procedure: their vials do not matter to the claim.
        InjectionSession session = injection(
                Preparation.of("A", liquid("lidocaine-10mg-ml", "2"), liquid("sodium-chloride-9mg-ml", "2")),
                site("trapezius", Laterality.LEFT, "4", "A"));

        assertThat(calculator.bill(session).findings()).isEmpty();
    }

    @ParameterizedTest(name = "toxin container {0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # Botulinum toxin vials are single-dose in the catalogue: not recording it changes nothing.
            not-recorded | J0585 x60, J0585 x40 JW
            single-dose  | J0585 x60, J0585 x40 JW
            # The record wins over the catalogue.
            multi-dose   | J0585 x60
            """)
    void treatsABotulinumToxinVialAsSingleDoseUnlessRecordedOtherwise(String container, String expected) {
        Component toxin = powder("onabotulinumtoxina-100-unit-vial", "100")
                .withContainer(
                        switch (container) {
                            case "single-dose" -> Container.singleDosePowder();
                            case "multi-dose" -> Container.multiDose();
                            default -> null;
                        });
        InjectionSession session = injection(
                Preparation.of("T", toxin, liquid("sodium-chloride-9mg-ml", "2")),
                site("trapezius", Laterality.LEFT, "1.2", "T"));

        BillingSummary summary = calculator.bill(session);

        assertThat(lines(summary)).containsExactlyElementsOf(expectedLinesAfter("20552 x1", expected));
        assertThat(summary.findings()).isEmpty();
    }

    @ParameterizedTest(name = "{0} units from 100-unit vials, {1} mL of 4 given → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            200 | 4 | J0585 x200 JZ
            200 | 3 | J0585 x150, J0585 x50 JW
            150 | 4 | J0585 x150, J0585 x50 JW
            """)
    void countsEveryPowderVialOpened(String units, String givenMl, String expected) {
        InjectionSession session = injection(
                Preparation.of(
                        "T", powder("onabotulinumtoxina-100-unit-vial", units), liquid("sodium-chloride-9mg-ml", "4")),
                site("trapezius", Laterality.LEFT, givenMl, "T"));

        assertThat(lines(calculator.bill(session))).containsExactlyElementsOf(expectedLinesAfter("20552 x1", expected));
    }

    @ParameterizedTest(name = "{0} + {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # One administered line over both vials (units rounded once); JW/JZ from the single-dose vial.
            single-dose:1 | multi-dose    | J3301 x8 JZ                |
            # 0.5 mL of each given: 20 mg left in the single-dose vial.
            single-dose:1 | multi-dose    | J3301 x4, J3301 x2 JW      | half
            # A vial not recorded: JW/JZ still from the known single-dose vial, and the warning.
            single-dose:1 | not-recorded  | J3301 x8 JZ                |
            multi-dose    | not-recorded  | J3301 x8                   |
            """)
    void decidesJwAndJzByTheSingleDoseVialsOfADrugDrawnFromSeveral(
            String first, String second, String expected, @Nullable String half) {
        String givenMl = half == null ? "1" : "0.5";
        InjectionSession session = injection(
                List.of(
                        Preparation.of("A", liquid(TRIAMCINOLONE, "1").withContainer(container(first))),
                        Preparation.of(
                                "B",
                                liquid(TRIAMCINOLONE, "1")
                                        .withContainer(container(second.equals("not-recorded") ? null : second)))),
                List.of(
                        site("trapezius", Laterality.LEFT, givenMl, "A"),
                        site("trapezius", Laterality.RIGHT, givenMl, "B")));

        BillingSummary summary = calculator.bill(session);

        assertThat(lines(summary)).containsExactlyElementsOf(expectedLinesAfter("20552 x1", expected));
        assertThat(summary.findings())
                .extracting(Finding::code, Finding::path)
                .containsExactlyElementsOf(
                        second.equals("not-recorded")
                                ? List.of(tuple("container-unknown", "$.preparations[1].components[0]"))
                                : List.of());
    }

    @Test
    void warnsWhenAVendorsSingleDoseLiquidDoesNotRecordTheVialsVolume() {
        Product base = Catalog.builtIn().product(TRIAMCINOLONE).orElseThrow();
        Product singleDoseOnly = new Product(
                "vendor-triamcinolone-1ml",
                base.name(),
                base.drug(),
                base.form(),
                base.strength(),
                base.codes(),
                new HcpcsCode(
                        base.hcpcsCode().orElseThrow().code(),
                        base.hcpcsCode().orElseThrow().perUnit(),
                        true));
        Catalog vendor =
                Catalog.builder(Catalog.builtIn()).product(singleDoseOnly).build();
        InjectionSession unrecorded = injection(
                Preparation.of("A", liquid("vendor-triamcinolone-1ml", "1")),
                site("trapezius", Laterality.LEFT, "1", "A"));
        InjectionSession recorded = injection(
                Preparation.of(
                        "A",
                        liquid("vendor-triamcinolone-1ml", "1").withContainer(Container.singleDose(BigDecimal.ONE))),
                site("trapezius", Laterality.LEFT, "1", "A"));

        BillingSummary withoutVolume = new BillingCalculator(vendor).bill(unrecorded);
        BillingSummary withVolume = new BillingCalculator(vendor).bill(recorded);

        assertThat(singleDoseOnly.singleDose()).isTrue();
        assertThat(lines(withoutVolume)).containsExactly("20552 x1", "J3301 x4");
        assertThat(withoutVolume.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("container-unknown");
            assertThat(f.path()).isEqualTo("$.preparations[0].components[0]");
            assertThat(f.message()).contains("volume");
        });
        assertThat(lines(withVolume)).containsExactly("20552 x1", "J3301 x4 JZ");
        assertThat(withVolume.findings()).isEmpty();
    }

    /** The procedure line, then the drug lines written {@code "J3301 x2, J3301 x2 JW"}. */
    private static List<String> expectedLinesAfter(String procedure, String drugLines) {
        List<String> all = new ArrayList<>(List.of(procedure));
        all.addAll(List.of(drugLines.strip().split(", ")));
        return all;
    }
}
