package org.tpidoc.fhir.server;

import ca.uhn.fhir.rest.api.CacheControlDirective;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Parameters;
import org.hl7.fhir.r4.model.Resource;

/** What the tests ask the server, through HAPI's generic client: counts, reads, {@code $everything}, {@code $validate}. */
final class ServerReads {

    /** Not the answer to the same search a minute ago (HAPI reuses search results for 60 s by default). */
    private static final CacheControlDirective FRESH = new CacheControlDirective().setNoCache(true);

    private final IGenericClient client;

    ServerReads(IGenericClient client) {
        this.client = client;
    }

    /** How many resources a search finds, e.g. {@code count("Procedure?patient=Patient/p-1")} ({@code _summary=count}). */
    long count(String search) {
        Bundle found = client.search()
                .byUrl(search + (search.contains("?") ? "&" : "?") + "_summary=count")
                .cacheControl(FRESH)
                .returnBundle(Bundle.class)
                .execute();
        return found.getTotal();
    }

    /**
     * The stored resources {@code ids} ({@code Type/id}) names, read in one batch, by {@code Type/id}; those the
     * server does not have are missing from the map.
     */
    Map<String, Resource> read(List<String> ids) {
        Bundle batch = new Bundle().setType(Bundle.BundleType.BATCH);
        ids.forEach(id -> batch.addEntry().getRequest().setMethod(HTTPVerb.GET).setUrl(id));
        Bundle response = client.transaction().withBundle(batch).execute();
        Map<String, Resource> found = new LinkedHashMap<>();
        for (BundleEntryComponent entry : response.getEntry()) {
            if (entry.hasResource() && entry.getResponse().getStatus().startsWith("200")) {
                Resource resource = entry.getResource();
                found.put(resource.getIdElement().toUnqualifiedVersionless().getValue(), resource);
            }
        }
        return found;
    }

    /** {@code Patient/id/$everything}, every page of it, as one searchset bundle. */
    Bundle everything(String patient) {
        Parameters answer = client.operation()
                .onInstance(new IdType(patient))
                .named("$everything")
                .withNoParameters(Parameters.class)
                .useHttpGet()
                .execute();
        Bundle page = (Bundle) answer.getParameterFirstRep().getResource();
        Bundle all = new Bundle().setType(Bundle.BundleType.SEARCHSET);
        all.getEntry().addAll(page.getEntry());
        while (page.getLink(Bundle.LINK_NEXT) != null) {
            page = client.loadPage().next(page).execute();
            all.getEntry().addAll(page.getEntry());
        }
        return all.setTotal(all.getEntry().size());
    }

    /** The server's {@code $validate} of the resource it stores as {@code id}, against the profiles it declares. */
    OperationOutcome validate(String id) {
        return outcome(() -> client.operation()
                .onInstance(new IdType(id))
                .named("$validate")
                .withNoParameters(Parameters.class)
                .returnResourceType(OperationOutcome.class)
                .execute());
    }

    /** The server's {@code $validate} of {@code resource}, not stored, against the profiles it declares. */
    OperationOutcome validate(Resource resource) {
        Parameters in = new Parameters();
        in.addParameter().setName("resource").setResource(resource);
        return outcome(() -> client.operation()
                .onType(resource.fhirType())
                .named("$validate")
                .withParameters(in)
                .returnResourceType(OperationOutcome.class)
                .execute());
    }

    /** The outcome of {@code validation}, also when the server answers with an error status. */
    private static OperationOutcome outcome(Supplier<IBaseResource> validation) {
        try {
            return (OperationOutcome) validation.get();
        } catch (BaseServerResponseException e) {
            if (e.getOperationOutcome() instanceof OperationOutcome outcome) {
                return outcome;
            }
            throw e;
        }
    }
}
