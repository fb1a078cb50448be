package org.tpidoc.fhir.datatype;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Quantity;
import org.tpidoc.session.Decimals;
import org.tpidoc.terminology.CodeSystems;

/**
 * Quantities back to numbers in a known unit: the inverse of {@link Quantities}. A quantity counts as in a
 * unit when its UCUM code is that unit's (system UCUM or absent), or, with no code, when its unit text is
 * one of the unit's usual spellings. No conversion between units is made here.
 */
public final class QuantityReader {

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

    private QuantityReader() {}

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
