package org.tpidoc.catalog;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.tpidoc.terminology.Concept;

/**
 * The HCPCS Level II drug code of a product and what one billing unit is: e.g. J3301 is
 * triamcinolone acetonide per 10 mg, so 45 mg bills 5 units.
 *
 * @param code the HCPCS concept
 * @param perUnit the amount of drug one billing unit stands for, in the drug's dose unit, positive
 * @param singleDoseContainer whether every product billed under this code comes only in single-dose
 *     containers (J0585: botulinum toxin vials), so that JW/JZ apply even when a component does not record
 *     its container; {@code false} when the code's products come in either kind
 */
public record HcpcsCode(Concept code, BigDecimal perUnit, boolean singleDoseContainer) {

    /** Checks the parts. */
    public HcpcsCode {
        Objects.requireNonNull(code, "code");
        checkArgument(perUnit.signum() > 0, "perUnit must be positive");
    }
}
