package org.tpidoc.fhir.resource.medication;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Ratio;
import org.tpidoc.catalog.DoseUnit;
import org.tpidoc.dosing.ComponentUsage;
import org.tpidoc.dosing.Dose;
import org.tpidoc.fhir.datatype.Quantities;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.session.Decimals;
import org.tpidoc.session.Preparation;

/**
 * An ingredient's {@code strength} in the preparation as mixed, both directions: the drug the component put into the
 * syringe ({@link ComponentUsage#drawn()}, as core's dose arithmetic has it: volume × the product's
 * concentration for a liquid, the amount for a powder) over the preparation's liquid volume. So {@code
 * dose (mL) × strength} is the amount given, for every ingredient, as {@link
 * org.tpidoc.dosing.DoseCalculator} computes it.
 *
 * <p>The ratio is exact: per 1 mL when the division comes out exactly ({@code 8 mg / 1 mL}), else the
 * amount drawn over the liquid volume, undivided ({@code 40 mg / 7.5 mL}), never a rounded decimal. A
 * receiver multiplying by numerator and dividing by denominator once gets the same figure as our dose
 * arithmetic, which also divides once. Read back, a strength is an amount per mL ({@link #fromFhir}), which
 * is how another system's single-ingredient medication is recognised as a catalogue product.
 */
final class MixedStrength {

    /** Enough digits that a quotient that ends within them is exact, far beyond any recorded figure. */
    private static final MathContext WIDE = MathContext.DECIMAL128;

    private MixedStrength() {}

    /**
     * The strength of component {@code index} of {@code preparation} as mixed; empty when the product is
     * unknown or the preparation holds no liquid (nothing to give it in).
     */
    static Optional<Ratio> toFhir(MappingContext context, Preparation preparation, int index) {
        BigDecimal liquid = preparation.liquidVolumeMl();
        if (liquid.signum() <= 0) {
            return Optional.empty();
        }
        return usage(context, preparation, index).map(usage -> ratio(usage, liquid));
    }

    /**
     * The amount per mL in the drug's {@code unit} that a {@code strength} states, the inverse of {@link
     * #toFhir}: its numerator in that unit over its denominator in mL, divided once; empty when either is
     * missing or in another unit, or the volume is not positive.
     */
    static Optional<BigDecimal> fromFhir(Ratio strength, DoseUnit unit) {
        if (!strength.hasNumerator() || !strength.hasDenominator()) {
            return Optional.empty();
        }
        Quantities.Unit drugUnit =
                switch (unit) {
                    case MG -> Quantities.Unit.MILLIGRAM;
                    case UNITS -> Quantities.Unit.UNITS;
                };
        Optional<BigDecimal> amount = Quantities.value(strength.getNumerator(), drugUnit);
        Optional<BigDecimal> volume = Quantities.value(strength.getDenominator(), Quantities.Unit.MILLILITRE);
        if (amount.isEmpty() || volume.isEmpty() || volume.get().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(
                amount.get().divide(volume.get(), MathContext.DECIMAL64).stripTrailingZeros());
    }

    /**
     * The strengths as mixed in words, for the narrative: {@code "lidocaine 8 mg/mL, triamcinolone 8 mg/mL
     * (5 mL in all)"}, rounded to two decimals; empty when there is none.
     */
    static Optional<String> describe(MappingContext context, Preparation preparation) {
        BigDecimal liquid = preparation.liquidVolumeMl();
        if (liquid.signum() <= 0) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < preparation.components().size(); i++) {
            usage(context, preparation, i)
                    .map(usage -> usage.product().drug().name() + " "
                            + Dose.format(
                                    usage.drawn().divide(liquid, MathContext.DECIMAL64),
                                    usage.product().drug().doseUnit())
                            + "/mL")
                    .ifPresent(parts::add);
        }
        return parts.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join(", ", parts) + " (" + liquid.toPlainString() + " mL in all)");
    }

    /**
     * What core's dose arithmetic has for component {@code index}: of the first preparation with this id,
     * the one the export maps and the sites resolve to.
     */
    private static Optional<ComponentUsage> usage(MappingContext context, Preparation preparation, int index) {
        return context.doses().usage().stream()
                .filter(usage -> usage.preparationId().equals(preparation.id()) && usage.index() == index)
                .findFirst();
    }

    private static Ratio ratio(ComponentUsage usage, BigDecimal liquid) {
        BigDecimal drawn = usage.drawn();
        BigDecimal perMillilitre = drawn.divide(liquid, WIDE);
        if (perMillilitre.multiply(liquid).compareTo(drawn) == 0) {
            return Quantities.perMillilitre(
                    Decimals.normalize(perMillilitre), usage.product().drug().doseUnit());
        }
        return Quantities.perMillilitres(drawn, usage.product().drug().doseUnit(), liquid);
    }
}
