package org.tpidoc.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.client.apache.ApacheRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.test.utilities.server.RestfulServerExtension;
import java.time.Duration;
import org.tpidoc.fhir.FhirSender;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.transport.RequestTimeouts;

/**
 * The HAPI FHIR JPA server's REST endpoint on a free local port, started when the Spring context of
 * {@link JpaServerConfig} is built and stopped when it closes: one server per test JVM, shared by every
 * test class that names that configuration (Spring caches the context). Not registered as a JUnit extension,
 * so no test class stops it.
 */
final class JpaServer extends RestfulServerExtension {

    private final ApacheRestfulClientFactory clients = new ApacheRestfulClientFactory(Fhir.context());

    JpaServer(FhirContext serverContext) {
        super(serverContext);
        clients.setServerValidationMode(ServerValidationModeEnum.NEVER);
    }

    /** Starts Jetty; called once by Spring. */
    void start() throws Exception {
        startServer();
    }

    /**
     * A generic client for reads and searches, on the library's FHIR context (the one our export and import
     * use); it asks the server for no conformance statement first.
     */
    IGenericClient client() {
        IGenericClient client = clients.newGenericClient(getBaseUrl());
        // a cold server on a busy machine takes a while over its first requests
        client.registerInterceptor(new RequestTimeouts(Duration.ofSeconds(10), Duration.ofMinutes(2)));
        return client;
    }

    /** A sender of transactions to this server, with a read timeout long enough for a cold server. */
    FhirSender sender() {
        return FhirSender.builder(getBaseUrl())
                .readTimeout(Duration.ofMinutes(2))
                .build();
    }
}
