package org.tpidoc.dosing;

import java.math.BigDecimal;
import org.tpidoc.catalog.Product;
import org.tpidoc.session.Component;

/**
 * How much of one drawn-up component was given and how much was left: in the drug's dose unit (mg or
 * units). What single-dose vials held beyond what was given (billing's JW, the note's discarded amount)
 * is {@link ContainerSupply#discarded(ComponentUsage)}, which also counts what was never drawn up.
 *
 * @param preparationId the preparation's id
 * @param index the component's position in the preparation
 * @param component the component as recorded
 * @param product the catalogue product
 * @param drawn the drug drawn up
 * @param administered the drug given across all sites that used the preparation
 * @param discarded {@code drawn - administered} (drawn up but not given), never below zero
 */
public record ComponentUsage(
        String preparationId,
        int index,
        Component component,
        Product product,
        BigDecimal drawn,
        BigDecimal administered,
        BigDecimal discarded) {

    /** Whether nothing of this component was left over. */
    public boolean nothingDiscarded() {
        return discarded.signum() == 0;
    }
}
