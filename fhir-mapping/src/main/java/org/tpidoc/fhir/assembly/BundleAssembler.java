package org.tpidoc.fhir.assembly;

import java.util.List;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.Resource;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Roles;

/**
 * Puts the resources of one export into a bundle. Every entry's {@code fullUrl} is {@code urn:uuid:<id>},
 * the form the resources' internal references take ({@link org.tpidoc.fhir.kernel.ReferenceStyle#URN_UUID}),
 * so they all resolve inside the bundle. A transaction entry is {@code PUT <Type>/<id>} with the
 * deterministic id: posting the same session again updates the same resources instead of creating new
 * ones (the server must accept client-assigned ids, as HAPI's does by default). The bundle's id,
 * identifier and timestamp come from the session, never the clock.
 */
public final class BundleAssembler {

    /** {@code Identifier.system} for an identifier whose value is a URI ({@code urn:uuid:...}). */
    public static final String URI_IDENTIFIER_SYSTEM = "urn:ietf:rfc:3986";

    private BundleAssembler() {}

    /** A bundle of {@code kind} holding {@code resources} in order (a document's {@code Composition} first). */
    public static Bundle assemble(MappingContext context, BundleKind kind, List<Resource> resources) {
        String id = context.id(Roles.bundle(kind.name().toLowerCase(Locale.ROOT)));
        Bundle bundle = new Bundle();
        bundle.setId(id);
        bundle.getIdentifier().setSystem(URI_IDENTIFIER_SYSTEM).setValue("urn:uuid:" + id);
        bundle.setType(kind.bundleType());
        bundle.setTimestampElement(Times.instant(context.recorded()));
        for (Resource resource : resources) {
            String resourceId = resource.getIdElement().getIdPart();
            BundleEntryComponent entry =
                    bundle.addEntry().setFullUrl("urn:uuid:" + resourceId).setResource(resource);
            if (kind == BundleKind.TRANSACTION) {
                entry.getRequest().setMethod(HTTPVerb.PUT).setUrl(resource.fhirType() + "/" + resourceId);
            }
        }
        return bundle;
    }
}
