package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ca.uhn.fhir.parser.IParser;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Medication.MedicationIngredientComponent;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.catalog.DoseUnit;
import org.tpidoc.dosing.Dose;
import org.tpidoc.dosing.DoseCalculator;
import org.tpidoc.dosing.SiteDoses;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.kernel.ResourceIds;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;

/**
 * What a receiving system computes from our FHIR alone: for every {@code MedicationAdministration}, the
 * dose times each ingredient's strength of the {@code Medication} it gives is the amount of that drug
 * given at the site, exactly as core's {@link DoseCalculator} has it, for every ingredient. A dose in mL
 * multiplies directly; a botulinum toxin dose is stated in units, so the receiver first finds the volume
 * given as the units over the toxin's strength, then multiplies as for mL. The bundles are read back from
 * their JSON text, as a receiver gets them.
 */
class AdministeredAmountsTest {

    private static final int GENERATED = 300;
    private static final FhirExporter EXPORTER = FhirExporter.standard();
    private static final DoseCalculator DOSES = new DoseCalculator(Catalog.builtIn());
    private static final IParser JSON = Fhir.context().newJsonParser();

    /** A drug's amount as the receiver reads it: its UCUM unit and its value. */
    record Amount(String ucum, BigDecimal value) {

        boolean sameAs(Amount other) {
            return ucum.equals(other.ucum) && value.compareTo(other.value) == 0;
        }

        static Amount of(Dose dose) {
            return new Amount(dose.unit() == DoseUnit.MG ? "mg" : "[arb'U]", dose.amount());
        }
    }

    static List<String> validExamples() {
        return ExampleSessions.valid();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validExamples")
    void givesTheAmountAtEachSiteAsDoseTimesStrengthForEveryExample(String file) {
        InjectionSession session = ExampleSessions.read(file);

        int checked = checkEveryAdministration(session, BundleKind.TRANSACTION).administrations();

        int injected = (int) DOSES.compute(session).sites().stream()
                .filter(site -> !site.doses().isEmpty())
                .count();
        assertThat(checked).isEqualTo(injected);
    }

    @Test
    void givesTheNeckShoulderSteroidAtASiteAsTwentyMilligramsNotOneHundred() {
        InjectionSession session = ExampleSessions.read(ExampleSessions.NECK_SHOULDER);
        Bundle bundle = exported(session, BundleKind.COLLECTION);
        MedicationAdministration first = administration(bundle, session, 0).orElseThrow();

        List<Amount> amounts = received(bundle, first);

        assertThat(first.getDosage().getDose().getValue()).isEqualByComparingTo("2.5");
        assertThat(amounts)
                .extracting(Amount::ucum, a -> a.value().stripTrailingZeros().toPlainString())
                .containsExactly(tuple("mg", "20"), tuple("mg", "20"));
    }

    @Test
    void givesTheAmountAtEachSiteAsDoseTimesStrengthForGeneratedSessions() {
        List<InjectionSession> sessions = SessionGenerator.seeded(20261123L).list(GENERATED);
        int checked = 0;
        int undivided = 0;
        int inUnits = 0;
        for (int i = 0; i < sessions.size(); i++) {
            InjectionSession session = sessions.get(i);
            Checked done = checkEveryAdministration(session, BundleKind.values()[i % BundleKind.values().length]);
            checked += done.administrations();
            undivided += done.undivided();
            inUnits += (int) DOSES.compute(session).sites().stream()
                    .flatMap(site -> site.doses().stream())
                    .filter(dose -> dose.unit() == DoseUnit.UNITS)
                    .count();
        }

        assertThat(checked).isGreaterThan(GENERATED);
        assertThat(undivided)
                .as("strengths that do not divide exactly (amount / volume)")
                .isPositive();
        assertThat(inUnits).as("toxin doses among the generated sessions").isPositive();
    }

    /**
     * How many administrations were checked, and how many of them give a {@code Medication} with a strength
     * per some mL other than 1 (the amount over the volume, as it does not divide exactly).
     */
    record Checked(int administrations, int undivided) {}

    /** Checks every injected site's administration. */
    private static Checked checkEveryAdministration(InjectionSession session, BundleKind kind) {
        Bundle bundle = exported(session, kind);
        int checked = 0;
        int undivided = 0;
        for (SiteDoses site : DOSES.compute(session).sites()) {
            if (site.doses().isEmpty()) {
                continue;
            }
            MedicationAdministration administration =
                    administration(bundle, session, site.index()).orElseThrow();
            List<Amount> expected = site.doses().stream().map(Amount::of).toList();

            List<Amount> received = received(bundle, administration);

            assertThat(received)
                    .as("site %d of session %s", site.index(), session.id())
                    .hasSameSizeAs(expected);
            for (int d = 0; d < expected.size(); d++) {
                assertThat(received.get(d).sameAs(expected.get(d)))
                        .as("ingredient %d at site %d: %s, core: %s", d, site.index(), received.get(d), expected.get(d))
                        .isTrue();
            }
            checked++;
            Medication medication = (Medication)
                    resolve(bundle, administration.getMedicationReference().getReference());
            undivided += medication.getIngredient().stream()
                            .anyMatch(i -> i.hasStrength()
                                    && i.getStrength()
                                                    .getDenominator()
                                                    .getValue()
                                                    .compareTo(BigDecimal.ONE)
                                            != 0)
                    ? 1
                    : 0;
        }
        return new Checked(checked, undivided);
    }

    /**
     * The amount of each ingredient with a strength, in ingredient order, computed from the administration
     * and its {@code Medication} alone: dose (mL) × strength, with one division at the end.
     */
    private static List<Amount> received(Bundle bundle, MedicationAdministration administration) {
        Quantity dose = administration.getDosage().getDose();
        Medication medication = (Medication)
                resolve(bundle, administration.getMedicationReference().getReference());
        List<Ratio> strengths = medication.getIngredient().stream()
                .filter(MedicationIngredientComponent::hasStrength)
                .map(MedicationIngredientComponent::getStrength)
                .toList();
        strengths.forEach(
                strength -> assertThat(strength.getDenominator().getCode()).isEqualTo("mL"));
        // mL given = dose when in mL, else units / (units per mL) of the ingredient stated in the dose's unit
        BigDecimal volumeNumerator = dose.getValue();
        BigDecimal volumeDenominator = BigDecimal.ONE;
        if (!"mL".equals(dose.getCode())) {
            Ratio toxin = strengths.stream()
                    .filter(s -> s.getNumerator().getCode().equals(dose.getCode()))
                    .findFirst()
                    .orElseThrow();
            volumeNumerator = dose.getValue().multiply(toxin.getDenominator().getValue());
            volumeDenominator = toxin.getNumerator().getValue();
        }
        List<Amount> amounts = new ArrayList<>();
        for (Ratio strength : strengths) {
            BigDecimal amount = volumeNumerator
                    .multiply(strength.getNumerator().getValue())
                    .divide(volumeDenominator.multiply(strength.getDenominator().getValue()), MathContext.DECIMAL64);
            amounts.add(new Amount(strength.getNumerator().getCode(), amount));
        }
        return amounts;
    }

    private static Bundle exported(InjectionSession session, BundleKind kind) {
        return JSON.parseResource(Bundle.class, EXPORTER.toJson(session, kind));
    }

    private static Optional<MedicationAdministration> administration(
            Bundle bundle, InjectionSession session, int siteIndex) {
        String id =
                ResourceIds.of(session.id(), Roles.administration(siteIndex)).toString();
        return bundle.getEntry().stream()
                .filter(entry -> entry.getFullUrl().equals("urn:uuid:" + id))
                .map(BundleEntryComponent::getResource)
                .filter(MedicationAdministration.class::isInstance)
                .map(MedicationAdministration.class::cast)
                .findFirst();
    }

    private static org.hl7.fhir.r4.model.Resource resolve(Bundle bundle, String reference) {
        Map<String, org.hl7.fhir.r4.model.Resource> byFullUrl = bundle.getEntry().stream()
                .collect(Collectors.toMap(BundleEntryComponent::getFullUrl, BundleEntryComponent::getResource));
        return Optional.ofNullable(byFullUrl.get(reference)).orElseThrow(() -> new AssertionError(reference));
    }
}
