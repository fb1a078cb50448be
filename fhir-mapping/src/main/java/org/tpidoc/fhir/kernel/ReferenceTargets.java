package org.tpidoc.fhir.kernel;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.RuntimeChildResourceDefinition;
import java.util.Set;
import java.util.TreeSet;
import org.tpidoc.fhir.api.Fhir;

/**
 * The resource types a {@code Reference} element may point at, read from HAPI's R4 definitions rather
 * than kept by hand: {@code of("Procedure", "performer.actor")} is {@code Device, Organization, Patient,
 * Practitioner, PractitionerRole, RelatedPerson}.
 */
public final class ReferenceTargets {

    private ReferenceTargets() {}

    /**
     * The types {@code path} (dot-separated element names below {@code resourceType}) may refer to.
     *
     * @throws IllegalArgumentException if the path names no Reference element of R4
     */
    public static Set<String> of(String resourceType, String path) {
        FhirContext context = Fhir.context();
        BaseRuntimeElementDefinition<?> at = context.getResourceDefinition(resourceType);
        BaseRuntimeChildDefinition child = null;
        for (String name : path.split("\\.")) {
            if (!(at instanceof BaseRuntimeElementCompositeDefinition<?> composite)
                    || (child = composite.getChildByName(name)) == null) {
                throw new IllegalArgumentException(resourceType + "." + path + " is not an R4 element");
            }
            at = child.getChildByName(name);
        }
        if (!(child instanceof RuntimeChildResourceDefinition reference)) {
            throw new IllegalArgumentException(resourceType + "." + path + " is not a Reference");
        }
        Set<String> types = new TreeSet<>();
        reference.getResourceTypes().forEach(type -> types.add(context.getResourceType(type)));
        return Set.copyOf(types);
    }
}
