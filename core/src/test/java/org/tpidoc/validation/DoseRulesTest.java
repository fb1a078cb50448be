package org.tpidoc.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tpidoc.validation.Sessions.liquid;
import static org.tpidoc.validation.Sessions.powder;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.DoseUnit;
import org.tpidoc.catalog.Drug;
import org.tpidoc.catalog.DrugClass;
import org.tpidoc.catalog.Product;
import org.tpidoc.catalog.ProductForm;
import org.tpidoc.dosing.DoseLimit;
import org.tpidoc.dosing.DoseLimits;
import org.tpidoc.session.Component;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PatientFactors;

class DoseRulesTest {

    private final SessionValidator validator = SessionValidator.standard();

    @ParameterizedTest(name = "lidocaine {1} mg at {0} kg: above maximum = {2}")
    @CsvSource({
        "50, 225, false",
        "50, 226, true",
        "60, 270, false",
        "60, 271, true",
        "90, 300, false",
        "90, 301, true",
    })
    void limitsLidocaineToFourAndAHalfMilligramsPerKilogramNeverOverThreeHundred(
            String weightKg, int mg, boolean above) {
        InjectionSession session = lidocaine(weightKg, mg);

        ValidationReport report = validator.validate(session);

        assertThat(Sessions.errorCodes(report)).isEqualTo(above ? Set.of("dose-above-maximum") : Set.of());
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void namesTheDrugTheTotalAndHowTheMaximumWasFound() {
        ValidationReport report = validator.validate(lidocaine("50", 300));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("dose-above-maximum");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.sites");
            assertThat(f.message())
                    .isEqualTo(
                            "lidocaine total 300 mg exceeds the maximum of 225 mg (4.5 mg/kg at 50 kg); reduce the dose");
        });
    }

    @Test
    void saysWhenTheAbsoluteMaximumIsBelowTheWeightBasedFigure() {
        ValidationReport report = validator.validate(lidocaine("90", 301));

        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("lidocaine total 301 mg exceeds the maximum of 300 mg (the absolute maximum;"
                        + " 4.5 mg/kg at 90 kg would be 405 mg); reduce the dose"));
    }

    @ParameterizedTest(name = "bupivacaine {1} mg at {0} kg: above maximum = {2}")
    @CsvSource({
        "80, 175, false",
        "80, 176, true",
        "60, 150, false",
        "60, 151, true",
        "100, 175, false",
        "100, 176, true",
    })
    void limitsBupivacaineToTwoAndAHalfMilligramsPerKilogramNeverOver175(String weightKg, int mg, boolean above) {
        // bupivacaine 5 mg/mL: mg / 5 mL
        InjectionSession session = Sessions.drugs(
                new BigDecimal(weightKg),
                Component.liquid("bupivacaine-5mg-ml", BigDecimal.valueOf(mg).divide(BigDecimal.valueOf(5))));

        ValidationReport report = validator.validate(session);

        assertThat(Sessions.errorCodes(report)).isEqualTo(above ? Set.of("dose-above-maximum") : Set.of());
    }

    @ParameterizedTest(name = "onabotulinumtoxinA {0} + {1} units: above maximum = {2}")
    @CsvSource({"200, 200, false", "200, 201, true", "100, 100, false"})
    void limitsOnabotulinumtoxinATo400Units(String first, String second, boolean above) {
        InjectionSession session = Sessions.drugs(
                new BigDecimal("70"),
                powder("onabotulinumtoxina-200-unit-vial", first),
                powder("onabotulinumtoxina-200-unit-vial", second),
                liquid("sodium-chloride-9mg-ml", "8"));

        ValidationReport report = validator.validate(session);

        assertThat(Sessions.errorCodes(report)).isEqualTo(above ? Set.of("dose-above-maximum") : Set.of());
        report.errors().forEach(f -> assertThat(f.message())
                .isEqualTo("onabotulinumtoxinA total 401 units exceeds the maximum of 400 units; reduce the dose"));
    }

    @ParameterizedTest(name = "onabotulinumtoxinA {0} units today + {1} units in the previous 90 days: above = {2}")
    @CsvSource({
        "200, 200, false",
        "200, 201, true",
        "100, 300, false",
        "100, 301, true",
        "400, 0,   false",
        "401, 0,   true",
        "5,   395, false",
        "5,   396, true",
    })
    void countsTheUnitsOfThePrevious90DaysTowardsTheToxinMaximum(String today, String previous, boolean above) {
        InjectionSession session = toxin(today, new BigDecimal(previous));

        ValidationReport report = validator.validate(session);

        assertThat(Sessions.codes(report)).isEqualTo(above ? Set.of("dose-above-maximum") : Set.of());
        report.findings().forEach(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.sites");
            assertThat(f.message()).contains("previous 90 days");
            Sessions.assertNoPatientData(f.message());
        });
    }

    @Test
    void saysThePrevious90DaysWereCounted() {
        ValidationReport report = validator.validate(toxin("250", new BigDecimal("200")));

        assertThat(report.findings()).singleElement().satisfies(f -> assertThat(f.message())
                .isEqualTo("onabotulinumtoxinA total 250 units plus 200 units given in the previous 90 days is"
                        + " 450 units, above the maximum of 400 units in 3 months (the previous 90 days were"
                        + " counted); reduce the dose"));
    }

    @ParameterizedTest(name = "toxin maximum 300 units, 100 today + {0} before: above = {1}")
    @CsvSource({"200, false", "201, true"})
    void countsThePrevious90DaysAgainstTheConfiguredToxinMaximum(String previous, boolean above) {
        SessionValidator clinic = validator.withDoseLimits(
                DoseLimits.defaults().with(new DoseLimit("onabotulinumtoxina", null, new BigDecimal("300"))));

        ValidationReport report = clinic.validate(toxin("100", new BigDecimal(previous)));

        assertThat(Sessions.errorCodes(report)).isEqualTo(above ? Set.of("dose-above-maximum") : Set.of());
    }

    @Test
    void doesNotCountToxinUnitsAgainstAnotherDrug() {
        InjectionSession lidocaine = lidocaine("90", 300).toBuilder()
                .patientFactors(new PatientFactors(new BigDecimal("90"), List.of(), false, new BigDecimal("400")))
                .build();

        assertThat(validator.validate(lidocaine).findings()).isEmpty();
    }

    @Test
    void asksForThePrevious90DaysWhenBotulinumToxinIsGivenWithoutThem() {
        InjectionSession session = toxin("100", null);

        ValidationReport report = validator.validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.code()).isEqualTo("prior-toxin-dose-unknown");
            assertThat(f.path()).isEqualTo("$.patientFactors.botulinumToxinUnitsLast90Days");
            Sessions.assertNoPatientData(f.message());
        });
        assertThat(report.isValid()).isTrue();
        assertThat(report.warnings()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "toxin given and the previous 90 days recorded as 0,  toxin,     recorded,  false",
        "toxin given and the previous 90 days not recorded,   toxin,     absent,    true",
        "toxin given and no patient factors at all,           toxin,     no-factors, true",
        "toxin drawn up but not given at any site,            drawn-only, absent,   false",
        "no toxin and the previous 90 days not recorded,      lidocaine, absent,    false",
    })
    void asksForThePrevious90DaysOnlyWhenBotulinumToxinIsGiven(
            String description, String drug, String previous, boolean asked) {
        InjectionSession.Builder b =
                switch (drug) {
                    case "toxin" -> toxin("100", null).toBuilder();
                    case "drawn-only" -> toxin("100", null).toBuilder().sites(List.of());
                    default -> lidocaine("72", 100).toBuilder();
                };
        b.status(org.tpidoc.session.SessionStatus.IN_PROGRESS)
                .patientFactors(
                        switch (previous) {
                            case "recorded" ->
                                new PatientFactors(new BigDecimal("72"), List.of(), false, BigDecimal.ZERO);
                            case "absent" -> new PatientFactors(new BigDecimal("72"), List.of(), false, null);
                            default -> null;
                        });

        ValidationReport report = validator.validate(b.build());

        assertThat(report.has("prior-toxin-dose-unknown")).isEqualTo(asked);
    }

    @Test
    void countsOnlyWhatWasGivenNotWhatWasDrawnUp() {
        // 30 mL of lidocaine 10 mg/mL drawn up (300 mg); 20 mL given (200 mg) at 50 kg: under 225 mg
        InjectionSession session = Sessions.builder()
                .patientFactors(org.tpidoc.session.PatientFactors.ofWeight(new BigDecimal("50")))
                .preparations(List.of(org.tpidoc.session.Preparation.of("A", liquid("lidocaine-10mg-ml", "30"))))
                .sites(List.of(org.tpidoc.session.InjectionSite.injected(
                        "trapezius", org.tpidoc.session.Laterality.LEFT, 10, "A", new BigDecimal("20"))))
                .build();

        assertThat(validator.validate(session).findings()).isEmpty();
    }

    @Test
    void rejectsCombinedLocalAnaestheticsAboveTheirSharedMaximum() {
        // 80 kg: lidocaine maximum 300 mg, bupivacaine 175 mg; 180 mg is 60%, 87.5 mg is 50%
        ValidationReport report =
                validator.validate(Sessions.drugs(new BigDecimal("80"), lidocaineMg(180), bupivacaineMg("87.5")));

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("local-anesthetic-combined-dose");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.path()).isEqualTo("$.sites");
            assertThat(f.message())
                    .contains("lidocaine 180 mg is 60% of 300 mg")
                    .contains("bupivacaine 87.5 mg is 50% of 175 mg");
        });
    }

    @Test
    void acceptsEachLocalAnaestheticAloneAtItsShare() {
        assertThat(validator
                        .validate(Sessions.drugs(new BigDecimal("80"), lidocaineMg(180)))
                        .findings())
                .isEmpty();
        assertThat(validator
                        .validate(Sessions.drugs(new BigDecimal("80"), bupivacaineMg("87.5")))
                        .findings())
                .isEmpty();
    }

    @ParameterizedTest(name = "lidocaine {0} mg + bupivacaine {1} mg at 80 kg: combined above = {2}")
    @CsvSource({
        "150, 87.5, false", // 50% + 50%: exactly at the maximum passes
        "150, 88,   true",
        "100, 116.66, false",
        "100, 116.67, true", // 33.33...% + 66.668...%
        "0.5, 174.5, false",
    })
    void combinedDoseIsExactAtTheBoundary(String lidocaine, String bupivacaine, boolean above) {
        ValidationReport report = validator.validate(Sessions.drugs(
                new BigDecimal("80"), lidocaineMg(new BigDecimal(lidocaine)), bupivacaineMg(bupivacaine)));

        assertThat(Sessions.errorCodes(report)).isEqualTo(above ? Set.of("local-anesthetic-combined-dose") : Set.of());
    }

    @Test
    void warnsWhenALocalAnaestheticIsGivenWithoutAWeightAndUsesTheAbsoluteMaximum() {
        ValidationReport atCap = validator.validate(Sessions.drugs(null, lidocaineMg(300)));
        ValidationReport aboveCap = validator.validate(Sessions.drugs(null, lidocaineMg(301)));

        assertThat(atCap.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("weight-missing");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.path()).isEqualTo("$.patientFactors.weightKg");
        });
        assertThat(Sessions.codes(aboveCap)).containsExactly("dose-above-maximum", "weight-missing");
        assertThat(aboveCap.withCode("dose-above-maximum").get(0).message()).contains("no weight recorded");
    }

    @Test
    void needsNoWeightWithoutALocalAnaesthetic() {
        InjectionSession botox = Sessions.drugs(
                        null, powder("onabotulinumtoxina-100-unit-vial", "100"), liquid("sodium-chloride-9mg-ml", "2"))
                .toBuilder()
                .patientFactors(new PatientFactors(null, List.of(), null, BigDecimal.ZERO))
                .build();

        assertThat(validator.validate(botox).findings()).isEmpty();
    }

    @Test
    void appliesTheLimitsGivenToTheValidator() {
        DoseLimits clinic = DoseLimits.defaults().with(new DoseLimit("lidocaine", null, new BigDecimal("100")));
        SessionValidator strict = validator.withDoseLimits(clinic);

        assertThat(strict.validate(lidocaine("72", 100)).findings()).isEmpty();
        assertThat(Sessions.errorCodes(strict.validate(lidocaine("72", 101)))).containsExactly("dose-above-maximum");
        assertThat(validator
                        .withDoseLimits(DoseLimits.none())
                        .validate(lidocaine("50", 400))
                        .findings())
                .isEmpty();
    }

    @Test
    void addsUpOneDrugAcrossVendorProductsBuiltWithTheirOwnDrugValue() {
        Drug vendorLidocaine = new Drug(
                "lidocaine", "lidocaine (formulary)", DrugClass.AMIDE_LOCAL_ANESTHETIC, DoseUnit.MG, List.of());
        Catalog vendor = Catalog.builder(Catalog.builtIn())
                .product(new Product(
                        "lidocaine-15mg-ml",
                        "lidocaine 15 mg/mL",
                        vendorLidocaine,
                        ProductForm.LIQUID,
                        new BigDecimal("15"),
                        List.of(),
                        null))
                .build();
        // 200 mg + 150 mg of lidocaine at 90 kg: 350 mg, above 300 mg, though each product alone is not
        InjectionSession session = Sessions.drugs(
                new BigDecimal("90"), liquid("lidocaine-20mg-ml", "10"), liquid("lidocaine-15mg-ml", "10"));

        ValidationReport report = validator.withCatalog(vendor).validate(session);

        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("dose-above-maximum");
            assertThat(f.message()).contains("350 mg");
        });
    }

    /**
     * OnabotulinumtoxinA: {@code units} today from 200-unit vials in 8 mL of saline, all given; the units of
     * the previous 90 days as recorded ({@code null}: not recorded).
     */
    private static InjectionSession toxin(String units, @Nullable BigDecimal previous) {
        BigDecimal today = new BigDecimal(units);
        List<Component> components = new java.util.ArrayList<>();
        BigDecimal left = today;
        while (left.signum() > 0) {
            BigDecimal vial = left.min(new BigDecimal("200"));
            components.add(powder("onabotulinumtoxina-200-unit-vial", vial.toPlainString()));
            left = left.subtract(vial);
        }
        components.add(liquid("sodium-chloride-9mg-ml", "8"));
        InjectionSession session = Sessions.drugs(new BigDecimal("70"), components.toArray(Component[]::new));
        return session.toBuilder()
                .patientFactors(new PatientFactors(new BigDecimal("70"), List.of(), false, previous))
                .build();
    }

    private static InjectionSession lidocaine(String weightKg, int mg) {
        return Sessions.drugs(new BigDecimal(weightKg), lidocaineMg(mg));
    }

    /** Lidocaine 10 mg/mL holding {@code mg}. */
    private static Component lidocaineMg(int mg) {
        return lidocaineMg(BigDecimal.valueOf(mg));
    }

    private static Component lidocaineMg(BigDecimal mg) {
        return Component.liquid("lidocaine-10mg-ml", mg.divide(BigDecimal.TEN));
    }

    /** Bupivacaine 2.5 mg/mL holding {@code mg}. */
    private static Component bupivacaineMg(String mg) {
        return Component.liquid("bupivacaine-2.5mg-ml", new BigDecimal(mg).divide(new BigDecimal("2.5")));
    }
}
