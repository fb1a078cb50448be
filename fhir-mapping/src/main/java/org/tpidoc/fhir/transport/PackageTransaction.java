package org.tpidoc.fhir.transport;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Resource;

/**
 * The transaction that installs conformance resources on a FHIR server: one {@code PUT Type/id} per
 * resource, so installing the same package again updates each resource in place instead of adding copies,
 * and a server either takes the whole package or none of it.
 */
public final class PackageTransaction {

    private PackageTransaction() {}

    /**
     * A transaction bundle of one {@code PUT} per resource, in the given order; the resources are copied.
     *
     * @param resources code systems, value sets, structure definitions…, each with a logical id
     * @throws IllegalArgumentException if a resource has no id
     */
    public static Bundle of(List<? extends Resource> resources) {
        Bundle bundle = new Bundle().setType(BundleType.TRANSACTION);
        for (Resource resource : resources) {
            String type = resource.fhirType();
            checkArgument(
                    resource.hasIdElement()
                            && !resource.getIdElement().getIdPart().isBlank(),
                    "a %s of the package has no id",
                    type);
            String id = resource.getIdElement().getIdPart();
            bundle.addEntry()
                    .setResource(resource.copy())
                    .getRequest()
                    .setMethod(HTTPVerb.PUT)
                    .setUrl(type + "/" + id);
        }
        return bundle;
    }
}
