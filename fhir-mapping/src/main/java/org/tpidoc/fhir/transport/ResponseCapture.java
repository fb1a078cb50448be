package org.tpidoc.fhir.transport;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.client.api.IHttpResponse;
import java.util.List;
import java.util.Optional;

/**
 * A HAPI client interceptor keeping the {@code Retry-After} header of the last answer the calling thread
 * received. HAPI's generic client turns an error answer into an exception without its headers, and calls
 * this hook on the thread that sent the request, before it throws; so the sender reads the header with
 * {@link #take()} right after the call on the same thread. One per client; thread-safe.
 */
public final class ResponseCapture {

    private final ThreadLocal<String> retryAfter = new ThreadLocal<>();

    /** Called by HAPI with every answer: keeps its {@code Retry-After}, if any (public for HAPI's hooks). */
    @Hook(Pointcut.CLIENT_RESPONSE)
    public void answered(IHttpResponse response) {
        List<String> values = response.getHeaders("Retry-After");
        if (values == null || values.isEmpty()) {
            retryAfter.remove();
        } else {
            retryAfter.set(values.get(0));
        }
    }

    /** The {@code Retry-After} of the last answer on this thread, forgetting it; empty if it had none. */
    public Optional<String> take() {
        Optional<String> value = Optional.ofNullable(retryAfter.get());
        retryAfter.remove();
        return value;
    }
}
