package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The vial a component was drawn from: its kind and, for a single-dose liquid, its content in mL (what
 * billing counts as opened, so that the rest is billed as discarded). A powder vial's content is the
 * product's own amount, so it has no volume here.
 *
 * @param kind single-dose or multi-dose; required
 * @param volumeMl the vial's content in mL, positive, or {@code null}
 */
public record Container(ContainerKind kind, @Nullable BigDecimal volumeMl) {

    /** Checks the kind and that a volume, when given, is positive. */
    public Container {
        Objects.requireNonNull(kind, "container.kind is required");
        volumeMl = Decimals.normalize(volumeMl);
        checkArgument(volumeMl == null || volumeMl.signum() > 0, "container.volumeMl must be positive");
    }

    /** A single-dose vial holding {@code volumeMl} mL. */
    public static Container singleDose(BigDecimal volumeMl) {
        return new Container(ContainerKind.SINGLE_DOSE, Objects.requireNonNull(volumeMl, "volumeMl"));
    }

    /** A single-dose vial of a powder (its content is the product's own amount). */
    public static Container singleDosePowder() {
        return new Container(ContainerKind.SINGLE_DOSE, null);
    }

    /** A multi-dose vial. */
    public static Container multiDose() {
        return new Container(ContainerKind.MULTI_DOSE, null);
    }

    /** Whether the vial is for one use only. */
    public boolean isSingleDose() {
        return kind == ContainerKind.SINGLE_DOSE;
    }
}
