package org.tpidoc.fhir.transport;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.client.apache.ApacheHttpRequest;
import ca.uhn.fhir.rest.client.api.IHttpRequest;
import java.time.Duration;
import org.apache.http.client.config.RequestConfig;

/**
 * A HAPI client interceptor giving every request of one client its own connect and read timeouts.
 *
 * <p>HAPI's generic client executes every request through the HTTP client of its {@code FhirContext}'s
 * shared client factory (a pool with that factory's timeouts), whichever factory made the client; so
 * timeouts set on a factory of our own would be ignored, and setting them on the shared one would change
 * them for every client of the process. Apache HttpClient lets a request carry its own configuration, which
 * wins over the pool's defaults: this hook sets it just before HAPI executes the request.
 */
public final class RequestTimeouts {

    private final RequestConfig config;

    /**
     * Timeouts for every request.
     *
     * @param connect how long to wait for a connection (and for a free connection of the pool)
     * @param read how long to wait for the next bytes of the answer
     */
    public RequestTimeouts(Duration connect, Duration read) {
        this.config = RequestConfig.custom()
                .setConnectTimeout(millis(connect))
                .setConnectionRequestTimeout(millis(connect))
                .setSocketTimeout(millis(read))
                .build();
    }

    /** Called by HAPI before each request is sent (public for HAPI's hooks). */
    @Hook(Pointcut.CLIENT_REQUEST)
    public void sending(IHttpRequest request) {
        if (request instanceof ApacheHttpRequest apache) {
            apache.getApacheRequest().setConfig(config);
        }
    }

    private static int millis(Duration duration) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, duration.toMillis()));
    }
}
