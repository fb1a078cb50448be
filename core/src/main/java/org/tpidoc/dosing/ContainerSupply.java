package org.tpidoc.dosing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.tpidoc.catalog.Product;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;

/**
 * The containers a drawn-up component came from: single-dose (with the drug they held, so that what
 * was not given is discarded: billing's JW/JZ and the note's discarded amount both count against it),
 * multi-dose, or unknown (billing warns {@code container-unknown}).
 *
 * <p>The component's recorded container wins; without one, a product the catalogue holds only in
 * single-dose containers ({@link Product#singleDose()}, e.g. a botulinum toxin vial) is single-dose. A
 * single-dose container's content is its volume × the product's concentration for a liquid, and the
 * product's own amount for a powder (a 100-unit vial holds 100 units). A component drawing more than
 * one container holds (2 mL from 1 mL vials) opened as many containers as it needs, rounded up; each
 * component is its own containers (two components are never one shared vial).
 *
 * @param kind single-dose, multi-dose or unknown
 * @param content the drug the opened single-dose containers held, in the drug's dose unit; zero otherwise
 * @param unknownBecause why the container is unknown, for the warning; empty otherwise
 */
public record ContainerSupply(Kind kind, BigDecimal content, String unknownBecause) {

    /** The kinds of supply billing and the note tell apart. */
    public enum Kind {
        /** Single-dose container(s): JW on the discarded rest, else JZ. */
        SINGLE_DOSE,
        /** Multi-dose container: no modifier. */
        MULTI_DOSE,
        /** Not recorded and not known from the catalogue: no modifier, a warning. */
        UNKNOWN
    }

    /** Containers counted from a volume or amount to whole containers: a quotient kept to 6 places. */
    private static final int COUNT_SCALE = 6;

    /** The supply of {@code usage}'s component. */
    public static ContainerSupply of(ComponentUsage usage) {
        Component component = usage.component();
        Product product = usage.product();
        Container container = component.container();
        if (container != null && !container.isSingleDose()) {
            return new ContainerSupply(Kind.MULTI_DOSE, BigDecimal.ZERO, "");
        }
        if (container == null && !product.singleDose()) {
            return unknown("its container is not recorded (single-dose or multi-dose)");
        }
        if (!component.isLiquid()) {
            // A powder vial holds the product's own amount, e.g. 100 units.
            BigDecimal perContainer = product.strength();
            return singleDose(containers(component.amount(), perContainer).multiply(perContainer));
        }
        if (container == null || container.volumeMl() == null) {
            return unknown("it is single-dose by catalogue but the vial's volume is not recorded");
        }
        BigDecimal vials = containers(component.volumeMl(), container.volumeMl());
        return singleDose(vials.multiply(container.volumeMl()).multiply(product.strength()));
    }

    /** Whether this supply is single-dose. */
    public boolean isSingleDose() {
        return kind == Kind.SINGLE_DOSE;
    }

    /** Whether the container is unknown (billing can choose no modifier). */
    public boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }

    /**
     * What the single-dose containers held and {@code usage} did not give, never below zero; zero for a
     * supply that is not single-dose.
     */
    public BigDecimal discarded(ComponentUsage usage) {
        return isSingleDose() ? content.subtract(usage.administered()).max(BigDecimal.ZERO) : BigDecimal.ZERO;
    }

    private static ContainerSupply singleDose(BigDecimal content) {
        return new ContainerSupply(Kind.SINGLE_DOSE, content, "");
    }

    private static ContainerSupply unknown(String because) {
        return new ContainerSupply(Kind.UNKNOWN, BigDecimal.ZERO, because);
    }

    /** How many containers of {@code perContainer} hold {@code drawn}: at least one, rounded up. */
    private static BigDecimal containers(BigDecimal drawn, BigDecimal perContainer) {
        return drawn.divide(perContainer, MathContext.DECIMAL64)
                .setScale(COUNT_SCALE, RoundingMode.HALF_UP)
                .setScale(0, RoundingMode.CEILING)
                .max(BigDecimal.ONE);
    }
}
