package org.tpidoc.billing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.tpidoc.catalog.Product;
import org.tpidoc.dosing.ComponentUsage;
import org.tpidoc.session.Component;
import org.tpidoc.session.Container;

/**
 * How billing sees the containers a drawn-up component came from: single-dose (with the drug they held,
 * which is what JW/JZ count against), multi-dose (no modifier), or unknown (no modifier and a {@value
 * BillingCalculator#CONTAINER_UNKNOWN} warning).
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
record Supply(Kind kind, BigDecimal content, String unknownBecause) {

    /** The kinds of supply billing tells apart. */
    enum Kind {
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
    static Supply of(ComponentUsage usage) {
        Component component = usage.component();
        Product product = usage.product();
        Container container = component.container();
        if (container != null && !container.isSingleDose()) {
            return new Supply(Kind.MULTI_DOSE, BigDecimal.ZERO, "");
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
    boolean isSingleDose() {
        return kind == Kind.SINGLE_DOSE;
    }

    /** Whether the container is unknown (no modifier can be chosen). */
    boolean isUnknown() {
        return kind == Kind.UNKNOWN;
    }

    private static Supply singleDose(BigDecimal content) {
        return new Supply(Kind.SINGLE_DOSE, content, "");
    }

    private static Supply unknown(String because) {
        return new Supply(Kind.UNKNOWN, BigDecimal.ZERO, because);
    }

    /** How many containers of {@code perContainer} hold {@code drawn}: at least one, rounded up. */
    private static BigDecimal containers(BigDecimal drawn, BigDecimal perContainer) {
        return drawn.divide(perContainer, MathContext.DECIMAL64)
                .setScale(COUNT_SCALE, RoundingMode.HALF_UP)
                .setScale(0, RoundingMode.CEILING)
                .max(BigDecimal.ONE);
    }
}
