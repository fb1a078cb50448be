package org.tpidoc.fhir;

import static com.google.common.base.Preconditions.checkArgument;

import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.client.apache.ApacheRestfulClientFactory;
import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.exceptions.FhirClientConnectionException;
import ca.uhn.fhir.rest.client.interceptor.BasicAuthInterceptor;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tpidoc.fhir.SendResult.Entry;
import org.tpidoc.fhir.SendResult.Outcome;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.conformance.ConformancePackage;
import org.tpidoc.fhir.transport.OutcomeIssues;
import org.tpidoc.fhir.transport.PackageTransaction;
import org.tpidoc.fhir.transport.RequestTimeouts;
import org.tpidoc.fhir.transport.ResponseCapture;
import org.tpidoc.fhir.transport.RetryAfter;
import org.tpidoc.fhir.transport.RetryPolicy;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;

/**
 * Sends sessions to one FHIR server as transaction bundles ({@code POST [base]} with a {@code transaction}
 * Bundle), through HAPI's generic client, and says per bundle what the server did ({@link SendResult}).
 * Busy answers (429, 502, 503, 504) and connection failures are retried with exponential backoff and full
 * jitter, honouring {@code Retry-After}; other answers are final. Our transaction entries are {@code PUT
 * Type/id} with the session's deterministic ids, so sending a session again updates it in place.
 *
 * <p>Immutable and thread-safe: build one per target server and share it; {@link #close()} it when done.
 * It never reconfigures the library's shared {@link Fhir#context()}: its generic client comes from a client
 * factory of its own (no conformance check of the server, {@code ServerValidationModeEnum.NEVER}), and its
 * timeouts travel with each request. HAPI sends every request through the connection pool of the context's
 * shared factory whichever factory made the client (HAPI's default: 20 connections per server), so senders
 * of the process share that pool. Logs (SLF4J, debug) only counts, attempts and HTTP statuses; never the
 * credentials, the server's messages or anything of the patient.
 */
public final class FhirSender implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FhirSender.class);

    private final ApacheRestfulClientFactory factory;
    private final IGenericClient client;
    private final ResponseCapture capture = new ResponseCapture();
    private final String server;
    private final String auth;
    private final RetryPolicy retry;
    private final FhirExporter exporter;
    private final Pause pause;
    private final Clock clock;
    private final DoubleSupplier jitter;

    private FhirSender(Builder builder) {
        this.server = builder.base.getScheme() + "://" + builder.base.getHost()
                + (builder.base.getPort() < 0 ? "" : ":" + builder.base.getPort());
        this.retry = new RetryPolicy(builder.maxAttempts, builder.baseBackoff, builder.maxBackoff);
        this.exporter = builder.exporter;
        this.pause = builder.pause;
        this.clock = builder.clock;
        this.jitter = builder.jitter;
        this.factory = new ApacheRestfulClientFactory(Fhir.context());
        factory.setServerValidationMode(ServerValidationModeEnum.NEVER);
        this.client = factory.newGenericClient(builder.base.toString());
        client.setEncoding(EncodingEnum.JSON);
        if (builder.bearerToken != null) {
            client.registerInterceptor(new BearerTokenAuthInterceptor(builder.bearerToken));
            this.auth = "bearer";
        } else if (builder.user != null && builder.password != null) {
            client.registerInterceptor(new BasicAuthInterceptor(builder.user, builder.password));
            this.auth = "basic";
        } else {
            this.auth = "none";
        }
        client.registerInterceptor(new RequestTimeouts(builder.connectTimeout, builder.readTimeout));
        client.registerInterceptor(capture);
    }

    /** A builder for a sender to the FHIR base URL {@code baseUrl} (http or https, e.g. {@code https://h/fhir}). */
    public static Builder builder(String baseUrl) {
        return new Builder(baseUrl);
    }

    /**
     * Exports {@code session} as a transaction bundle with the sender's exporter and sends it.
     *
     * @return what the server did with it; never null
     */
    public SendResult send(InjectionSession session) {
        return send(exporter.toBundle(session, BundleKind.TRANSACTION));
    }

    /**
     * Installs a conformance package on the server: its code systems, value sets, extension definitions and
     * profiles, as one transaction of {@code PUT Type/id} (all or nothing; installing again updates in place).
     * A server that stores them knows our code systems and profiles, e.g. for its {@code $validate}. Retried
     * like {@link #send(Bundle)}.
     *
     * @return what the server did with the package; its entries are in the order of {@link
     *     ConformancePackage#resources()}
     */
    public SendResult installPackage(ConformancePackage conformance) {
        return send(PackageTransaction.of(conformance.resources()));
    }

    /**
     * Sends a transaction bundle, again while the answer is busy or absent and attempts remain. Blocks the
     * calling thread while it waits between attempts; if that thread is interrupted, stops waiting, keeps
     * the interrupt and returns the last attempt's result.
     *
     * @param transaction a bundle of type {@code transaction}; not changed
     * @return what the server did with it; never null
     */
    public SendResult send(Bundle transaction) {
        checkArgument(
                transaction.getType() == Bundle.BundleType.TRANSACTION,
                "the bundle must be a transaction, was %s",
                transaction.getType());
        int entries = transaction.getEntry().size();
        for (int attempt = 1; ; attempt++) {
            Answer answer = attempt(transaction);
            if (!answer.retryable() || attempt == retry.maxAttempts()) {
                SendResult result = answer.result(attempt);
                LOG.debug(
                        "transaction of {} entries: {} after {} attempt(s), HTTP {}",
                        entries,
                        result.outcome(),
                        attempt,
                        result.httpStatus());
                return result;
            }
            Duration wait = retry.wait(attempt, answer.retryAfter(), jitter.getAsDouble());
            LOG.debug(
                    "transaction attempt {} answered HTTP {}: retrying in {} ms",
                    attempt,
                    answer.status(),
                    wait.toMillis());
            try {
                pause.pause(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return answer.result(attempt);
            }
        }
    }

    private Answer attempt(Bundle transaction) {
        try {
            Bundle response = client.transaction().withBundle(transaction).execute();
            capture.take();
            return accepted(response);
        } catch (FhirClientConnectionException e) {
            capture.take();
            if (e.getCause() instanceof IOException io) {
                LOG.debug(
                        "transaction attempt failed to connect or read: {}",
                        io.getClass().getSimpleName());
                return new Answer(Outcome.UNREACHABLE, 0, true, null, List.of(), List.of());
            }
            LOG.debug(
                    "transaction answer unreadable: {}",
                    e.getCause() == null ? "-" : e.getCause().getClass().getSimpleName());
            return new Answer(Outcome.REJECTED, 0, false, null, List.of(), List.of());
        } catch (BaseServerResponseException e) {
            Duration retryAfter = capture.take()
                    .flatMap(value -> RetryAfter.parse(value, clock.instant()))
                    .orElse(null);
            int status = e.getStatusCode();
            List<Finding> issues = e.getOperationOutcome() instanceof OperationOutcome outcome
                    ? OutcomeIssues.findings(outcome, "Bundle")
                    : List.of();
            boolean busy = RetryPolicy.isRetryable(status);
            return new Answer(
                    busy ? Outcome.UNREACHABLE : Outcome.REJECTED, status, busy, retryAfter, List.of(), issues);
        }
    }

    private static Answer accepted(Bundle response) {
        List<Entry> entries = new ArrayList<>();
        List<Finding> issues = new ArrayList<>();
        for (int i = 0; i < response.getEntry().size(); i++) {
            BundleEntryComponent entry = response.getEntry().get(i);
            Bundle.BundleEntryResponseComponent answer = entry.getResponse();
            entries.add(new Entry(
                    answer.hasStatus() ? answer.getStatus() : "", answer.hasLocation() ? answer.getLocation() : null));
            if (answer.getOutcome() instanceof OperationOutcome outcome) {
                issues.addAll(OutcomeIssues.findings(outcome, "Bundle.entry[" + i + "]"));
            }
        }
        return new Answer(Outcome.ACCEPTED, 200, false, null, entries, issues);
    }

    /** Closes the connection pool; the sender must not be used after. */
    @Override
    public void close() {
        if (factory.getNativeHttpClient() instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                throw new UncheckedIOException("could not close the connections to the FHIR server", e);
            }
        }
    }

    /** The server's scheme, host and port and the kind of authentication; never a path, user or secret. */
    @Override
    public String toString() {
        return "FhirSender[" + server + ", auth=" + auth + ", maxAttempts=" + retry.maxAttempts() + "]";
    }

    /** One attempt's answer. */
    private record Answer(
            Outcome outcome,
            int status,
            boolean retryable,
            @Nullable Duration retryAfter,
            List<Entry> entries,
            List<Finding> issues) {

        SendResult result(int attempts) {
            return new SendResult(outcome, attempts, status, entries, issues);
        }
    }

    /** Waits between attempts; {@code Thread.sleep} by default, a recorder in tests. */
    @FunctionalInterface
    public interface Pause {

        /** Waits {@code duration} (never negative). */
        void pause(Duration duration) throws InterruptedException;
    }

    /**
     * Builds a {@link FhirSender}. Defaults: no authentication, connect timeout 10 s, read timeout 60 s, 4
     * attempts, backoff from 500 ms up to 30 s, {@link FhirExporter#standard()}.
     */
    public static final class Builder {

        private final URI base;
        private @Nullable String bearerToken;
        private @Nullable String user;
        private @Nullable String password;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration readTimeout = Duration.ofSeconds(60);
        private int maxAttempts = 4;
        private Duration baseBackoff = Duration.ofMillis(500);
        private Duration maxBackoff = Duration.ofSeconds(30);
        private FhirExporter exporter = FhirExporter.standard();
        private Pause pause = duration -> Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        private Clock clock = Clock.systemUTC();
        private DoubleSupplier jitter = () -> ThreadLocalRandom.current().nextDouble();

        private Builder(String baseUrl) {
            Objects.requireNonNull(baseUrl, "baseUrl");
            URI uri;
            try {
                uri = URI.create(baseUrl);
            } catch (IllegalArgumentException e) {
                // the URL is not repeated: it may carry a user and password
                throw new IllegalArgumentException("the FHIR base URL is not a URL");
            }
            checkArgument(
                    ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                            && uri.getHost() != null,
                    "the FHIR base URL must be http or https with a host");
            this.base = uri;
        }

        /** Sends {@code Authorization: Bearer token} with every request (instead of basic authentication). */
        public Builder bearerToken(String token) {
            checkArgument(!Objects.requireNonNull(token, "token").isBlank(), "the bearer token must not be blank");
            this.bearerToken = token;
            this.user = null;
            this.password = null;
            return this;
        }

        /** Sends HTTP basic authentication with every request (instead of a bearer token). */
        public Builder basicAuth(String user, String password) {
            checkArgument(!Objects.requireNonNull(user, "user").isBlank(), "the user must not be blank");
            this.user = user;
            this.password = Objects.requireNonNull(password, "password");
            this.bearerToken = null;
            return this;
        }

        /** How long to wait for a connection to the server (positive). */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /** How long to wait for the server's answer once connected, between two packets (positive). */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
            return this;
        }

        /** How many times to send a bundle at most, at least 1 (1: never retry). */
        public Builder maxAttempts(int attempts) {
            checkArgument(attempts >= 1, "maxAttempts must be at least 1, was %s", attempts);
            this.maxAttempts = attempts;
            return this;
        }

        /** The upper bound of the first random wait; it doubles with each retry (not negative). */
        public Builder baseBackoff(Duration backoff) {
            checkArgument(!backoff.isNegative(), "baseBackoff must not be negative, was %s", backoff);
            this.baseBackoff = backoff;
            return this;
        }

        /** The longest wait between attempts, also for a server's {@code Retry-After} (not negative). */
        public Builder maxBackoff(Duration backoff) {
            checkArgument(!backoff.isNegative(), "maxBackoff must not be negative, was %s", backoff);
            this.maxBackoff = backoff;
            return this;
        }

        /** The exporter that turns sessions into transaction bundles. */
        public Builder exporter(FhirExporter exporter) {
            this.exporter = Objects.requireNonNull(exporter, "exporter");
            return this;
        }

        /** How to wait between attempts (tests record the waits instead of sleeping). */
        public Builder pause(Pause pause) {
            this.pause = Objects.requireNonNull(pause, "pause");
            return this;
        }

        /** The clock a {@code Retry-After} date is measured against. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The source of random numbers in [0, 1) for the backoff's jitter; must be thread-safe. */
        public Builder jitter(DoubleSupplier jitter) {
            this.jitter = Objects.requireNonNull(jitter, "jitter");
            return this;
        }

        /** The sender; checks the backoff cap is not below its base. */
        public FhirSender build() {
            return new FhirSender(this);
        }

        private static Duration positive(Duration duration, String name) {
            checkArgument(!duration.isNegative() && !duration.isZero(), "%s must be positive, was %s", name, duration);
            return duration;
        }
    }
}
