package org.tpidoc.fhir.assembly;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.input.InputRejected;
import org.tpidoc.fhir.kernel.Findings;
import org.tpidoc.fhir.kernel.Located;

/**
 * The resources of a bundle, each with its path ({@code Bundle.entry[3].resource}) and {@code fullUrl}:
 * the inverse of {@link BundleAssembler}. Transaction, batch, collection, document and searchset bundles
 * hold sessions; a bundle among the entries (a collection of exports) is read through. History, message
 * and response bundles are refused.
 */
public final class BundleReader {

    private static final Set<BundleType> READABLE = Set.of(
            BundleType.TRANSACTION, BundleType.BATCH, BundleType.COLLECTION, BundleType.DOCUMENT, BundleType.SEARCHSET);

    private BundleReader() {}

    /**
     * The resources of {@code bundle}, found at {@code path}, in entry order.
     *
     * @throws InputRejected when the bundle's type holds no sessions
     */
    public static List<Located> entries(Bundle bundle, String path, Findings findings) throws InputRejected {
        List<Located> resources = new ArrayList<>();
        collect(bundle, path, findings, resources);
        return resources;
    }

    private static void collect(Bundle bundle, String path, Findings findings, List<Located> resources)
            throws InputRejected {
        if (!bundle.hasType() || bundle.getType() == null || bundle.getType() == BundleType.NULL) {
            findings.add(ImportCode.INVALID_VALUE, path + ".type", "a bundle needs a type; read as a collection");
        } else if (!READABLE.contains(bundle.getType())) {
            throw new InputRejected(
                    ImportCode.UNSUPPORTED_BUNDLE_TYPE,
                    path + ".type",
                    "a " + bundle.getType().toCode() + " bundle holds no sessions to import");
        }
        List<BundleEntryComponent> entries = bundle.getEntry();
        for (int i = 0; i < entries.size(); i++) {
            BundleEntryComponent entry = entries.get(i);
            String at = path + ".entry[" + i + "]";
            if (!entry.hasResource()) {
                findings.add(
                        ImportCode.UNMAPPED_RESOURCE_NOTHING_LOST, at, "an entry without a resource (a request only)");
            } else if (entry.getResource() instanceof Bundle nested) {
                collect(nested, at + ".resource", findings, resources);
            } else {
                resources.add(new Located(
                        entry.getResource(),
                        at + ".resource",
                        resources.size(),
                        entry.hasFullUrl() ? entry.getFullUrl() : null));
            }
        }
    }
}
