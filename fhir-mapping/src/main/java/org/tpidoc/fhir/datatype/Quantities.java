package org.tpidoc.fhir.datatype;

import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Ratio;
import org.tpidoc.catalog.DoseUnit;
import org.tpidoc.dosing.Dose;
import org.tpidoc.terminology.CodeSystems;

/**
 * Quantities in UCUM ({@code terminology.md}): {@code mL}, {@code mg}, {@code kg}, and botulinum toxin
 * units as {@code [arb'U]} shown as "units" (UCUM {@code U} is the enzyme unit, wrong here).
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
}
