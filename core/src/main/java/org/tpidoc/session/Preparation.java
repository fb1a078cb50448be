package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What was drawn up into one syringe: an id that sites refer to, and its components. Maps to a FHIR
 * {@code Medication} with one ingredient per component.
 *
 * @param id the preparation's id within the session (e.g. {@code "A"}), never blank
 * @param components the products drawn up, at least one
 */
public record Preparation(String id, List<Component> components) {

    /** Checks the id and that there is at least one component. */
    public Preparation {
        Objects.requireNonNull(id, "preparation.id is required");
        checkArgument(!id.isBlank(), "preparation.id must not be blank");
        components = List.copyOf(Objects.requireNonNull(components, "preparation.components is required"));
        checkArgument(!components.isEmpty(), "a preparation needs at least one component");
    }

    /** A preparation of the given components. */
    public static Preparation of(String id, Component... components) {
        return new Preparation(id, List.of(components));
    }

    /** The total liquid volume drawn up, in mL: the sum of the liquid components' volumes. */
    public BigDecimal liquidVolumeMl() {
        return components.stream()
                .filter(Component::isLiquid)
                .map(Component::volumeMl)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
