package org.tpidoc.fhir.datatype;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.tpidoc.catalog.DoseUnit;
import org.tpidoc.dosing.Dose;
import org.tpidoc.session.Decimals;
import org.tpidoc.terminology.CodeSystems;

/**
 * Quantities in UCUM ({@code terminology.md}): {@code mL}, {@code mg}, {@code kg}, and botulinum toxin
 * units as {@code [arb'U]} shown as "units" (UCUM {@code U} is the enzyme unit, wrong here).
 *
 * <p>And back: a quantity counts as in a unit when its UCUM code is that unit's (system UCUM or absent),
 * or, with no code, when its unit text is one of the unit's usual spellings. No conversion between units.
 */
public final class Quantities {

    /** UCUM millilitre. */
    public static final String ML = "mL";
    /** UCUM milligram. */
    public static final String MG = "mg";
    /** UCUM kilogram. */
    public static final String KG = "kg";
    /** UCUM arbitrary unit, for botulinum toxin units. */
    public static final String ARBITRARY_UNIT = "[arb'U]";

    private Quantities() {}

    /** {@code value} mL. */
    public static Quantity millilitres(BigDecimal value) {
        return ucum(value, ML, ML);
    }

    /** {@code value} kg. */
    public static Quantity kilograms(BigDecimal value) {
        return ucum(value, KG, KG);
    }

    /** {@code value} of a drug's dose unit: mg, or units ({@code [arb'U]}). */
    public static Quantity of(BigDecimal value, DoseUnit unit) {
        return switch (unit) {
            case MG -> ucum(value, MG, MG);
            case UNITS -> ucum(value, ARBITRARY_UNIT, "units");
        };
    }

    /** A dose as a quantity in its drug's unit. */
    public static Quantity of(Dose dose) {
        return of(dose.amount(), dose.unit());
    }

    /** {@code amount} per 1 mL: the strength of a liquid. */
    public static Ratio perMillilitre(BigDecimal amount, DoseUnit unit) {
        return new Ratio().setNumerator(of(amount, unit)).setDenominator(millilitres(BigDecimal.ONE));
    }

    /** {@code amount} per {@code millilitres} mL, as given (neither divided nor rounded). */
    public static Ratio perMillilitres(BigDecimal amount, DoseUnit unit, BigDecimal millilitres) {
        return new Ratio().setNumerator(of(amount, unit)).setDenominator(millilitres(millilitres));
    }

    /** {@code amount} per 1 vial (a unit with no UCUM code): the content of a powder's container. */
    public static Ratio perVial(BigDecimal amount, DoseUnit unit) {
        return new Ratio()
                .setNumerator(of(amount, unit))
                .setDenominator(new Quantity().setValue(1).setUnit("vial"));
    }

    private static Quantity ucum(BigDecimal value, String code, String unit) {
        return new Quantity()
                .setValue(value)
                .setUnit(unit)
                .setSystem(CodeSystems.UCUM)
                .setCode(code);
    }

    /** A unit a session counts in, with its UCUM code, other codes seen in the wild, and its spellings. */
    public enum Unit {
        /** Millilitres. */
        MILLILITRE(Quantities.ML, Set.of(), Set.of("ml", "millilitre", "millilitres", "milliliter", "milliliters")),
        /** Milligrams. */
        MILLIGRAM(Quantities.MG, Set.of(), Set.of("mg", "milligram", "milligrams")),
        /** Kilograms. */
        KILOGRAM(Quantities.KG, Set.of(), Set.of("kg", "kilogram", "kilograms")),
        /** Botulinum toxin units: {@code [arb'U]}; {@code U} and {@code [iU]} as other systems write them. */
        UNITS(Quantities.ARBITRARY_UNIT, Set.of("U", "[iU]", "{units}"), Set.of("units", "unit", "u", "iu"));

        private final String ucum;
        private final Set<String> otherCodes;
        private final Set<String> spellings;

        Unit(String ucum, Set<String> otherCodes, Set<String> spellings) {
            this.ucum = ucum;
            this.otherCodes = otherCodes;
            this.spellings = spellings;
        }
    }

    /** Whether {@code quantity} is stated in {@code unit}. */
    public static boolean isIn(Quantity quantity, Unit unit) {
        if (quantity.hasCode()) {
            boolean ucumSystem = !quantity.hasSystem() || CodeSystems.UCUM.equals(quantity.getSystem());
            return ucumSystem && (unit.ucum.equals(quantity.getCode()) || unit.otherCodes.contains(quantity.getCode()));
        }
        return quantity.hasUnit()
                && unit.spellings.contains(quantity.getUnit().strip().toLowerCase(Locale.ROOT));
    }

    /** The value of {@code quantity} when it has one and is stated in {@code unit}, normalised. */
    public static Optional<BigDecimal> value(Quantity quantity, Unit unit) {
        if (!quantity.hasValue() || !isIn(quantity, unit)) {
            return Optional.empty();
        }
        return Optional.ofNullable(Decimals.normalize(quantity.getValue()));
    }

    /** The value of {@code quantity} whatever its unit (for a product with no unit), normalised. */
    public static Optional<BigDecimal> bare(Quantity quantity) {
        return quantity.hasValue() ? Optional.ofNullable(Decimals.normalize(quantity.getValue())) : Optional.empty();
    }
}
