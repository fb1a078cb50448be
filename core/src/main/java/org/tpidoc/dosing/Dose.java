package org.tpidoc.dosing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.tpidoc.catalog.DoseUnit;
import org.tpidoc.catalog.Drug;
import org.tpidoc.session.Decimals;

/**
 * An amount of one drug, in the drug's dose unit (mg, or units for a botulinum toxin).
 *
 * @param drug the drug
 * @param amount the amount, exact (not rounded)
 */
public record Dose(Drug drug, BigDecimal amount) {

    /** Checks the parts and normalises the amount. */
    public Dose {
        Objects.requireNonNull(drug, "drug");
        amount = Objects.requireNonNull(Decimals.normalize(amount), "amount");
    }

    /** The unit the amount is in. */
    public DoseUnit unit() {
        return drug.doseUnit();
    }

    /** This dose plus {@code other} of the same drug. */
    public Dose plus(BigDecimal other) {
        return new Dose(drug, amount.add(other));
    }

    /** The amount for display: at most two decimals, no trailing zeros, with its unit ({@code "40 mg"}). */
    public String formatted() {
        return format(amount, unit());
    }

    /** {@code amount} for display: at most two decimals, no trailing zeros, with the unit's symbol. */
    public static String format(BigDecimal amount, DoseUnit unit) {
        return Decimals.normalize(amount.setScale(2, RoundingMode.HALF_UP)).toPlainString() + " " + unit.symbol();
    }
}
