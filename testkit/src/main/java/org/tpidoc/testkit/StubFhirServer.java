package org.tpidoc.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A FHIR server for tests of what sends to one: the JDK's HTTP server on 127.0.0.1 at a free port, under
 * {@code /fhir}. A request whose body contains the text of a {@linkplain #onBodyContaining rule} gets that
 * rule's reply (every time); any other request the next scripted {@link Reply}, and once the script is used up
 * a transaction-response that stores every entry ({@code 201 Created}, {@code url/_history/1}). It records
 * every request and the most requests it was answering at once. It speaks JSON through Jackson, not HAPI, so
 * every module's tests can use it.
 */
public final class StubFhirServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One answer.
     *
     * @param status the HTTP status, or -1 to never answer (until the server closes)
     * @param headers response headers
     * @param body the response body, a FHIR JSON resource or empty (a 200 without body is the
     *     transaction-response storing every entry of the request)
     * @param delay how long to wait before answering
     */
    public record Reply(int status, Map<String, String> headers, String body, Duration delay) {

        /** Copies the headers. */
        public Reply {
            headers = Map.copyOf(headers);
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(delay, "delay");
        }

        /** An empty answer with {@code status}; {@code of(200)} is the answer storing every entry. */
        public static Reply of(int status) {
            return new Reply(status, Map.of(), "", Duration.ZERO);
        }

        /** An empty answer with {@code status} and one header. */
        public static Reply withHeader(int status, String name, String value) {
            return new Reply(status, Map.of(name, value), "", Duration.ZERO);
        }

        /** An answer with {@code status} and a FHIR JSON body (an OperationOutcome, say). */
        public static Reply json(int status, String body) {
            return new Reply(status, Map.of(), body, Duration.ZERO);
        }

        /** The transaction-response storing every entry of the request, as when the script is used up. */
        public static Reply storedAll() {
            return new Reply(200, Map.of(), "", Duration.ZERO);
        }

        /** Never answers: the request waits until the server closes. */
        public static Reply hang() {
            return new Reply(-1, Map.of(), "", Duration.ZERO);
        }

        /** This answer, given after {@code wait}. */
        public Reply after(Duration wait) {
            return new Reply(status, headers, body, wait);
        }

        private boolean storesAll() {
            return status == 200 && body.isEmpty();
        }
    }

    /**
     * A request as the server saw it.
     *
     * @param method the HTTP method
     * @param path the request path, e.g. {@code /fhir}
     * @param authorization the {@code Authorization} header, or empty
     * @param body the request body
     */
    public record Request(String method, String path, String authorization, String body) {}

    private record Rule(String text, Reply reply) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new ArrayList<>();
    private final AtomicInteger answering = new AtomicInteger();
    private final AtomicInteger peak = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    /**
     * Starts a server that answers with {@code replies}, in order, then stores every transaction.
     *
     * @throws IOException if no local port can be opened
     */
    public StubFhirServer(Reply... replies) throws IOException {
        script.addAll(List.of(replies));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/fhir", this::answer);
        server.start();
    }

    /** Answers every request whose body contains {@code text} with {@code reply}, before the script; returns this. */
    public StubFhirServer onBodyContaining(String text, Reply reply) {
        rules.add(new Rule(Objects.requireNonNull(text, "text"), Objects.requireNonNull(reply, "reply")));
        return this;
    }

    /** The FHIR base URL, {@code http://127.0.0.1:port/fhir}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    /** The requests so far, in arrival order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The most requests the server was answering at the same time. */
    public int peakConcurrency() {
        return peak.get();
    }

    private void answer(HttpExchange exchange) throws IOException {
        peak.accumulateAndGet(answering.incrementAndGet(), Math::max);
        try {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            synchronized (requests) {
                requests.add(new Request(
                        exchange.getRequestMethod(),
                        exchange.getRequestURI().getPath(),
                        authorization == null ? "" : authorization,
                        body));
            }
            Reply reply = replyTo(body);
            if (reply.status() < 0 || !reply.delay().isZero()) {
                awaitClosing(reply.status() < 0 ? Duration.ofSeconds(30) : reply.delay());
            }
            if (reply.status() < 0) {
                exchange.close();
                return;
            }
            send(exchange, reply, reply.storesAll() ? storedAll(body) : reply.body());
        } finally {
            answering.decrementAndGet();
        }
    }

    private Reply replyTo(String body) {
        for (Rule rule : rules) {
            if (body.contains(rule.text())) {
                return rule.reply();
            }
        }
        Reply scripted = script.poll();
        return scripted == null ? Reply.storedAll() : scripted;
    }

    /** Waits {@code wait}, or less when the server closes. */
    private void awaitClosing(Duration wait) {
        try {
            closing.await(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void send(HttpExchange exchange, Reply reply, String body) throws IOException {
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json;charset=utf-8");
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A transaction-response storing every entry of the request bundle as version 1. */
    private static String storedAll(String request) {
        try {
            JsonNode transaction = JSON.readTree(request);
            ObjectNode response =
                    JSON.createObjectNode().put("resourceType", "Bundle").put("type", "transaction-response");
            ArrayNode entries = response.putArray("entry");
            for (JsonNode entry : transaction.path("entry")) {
                entries.addObject()
                        .putObject("response")
                        .put("status", "201 Created")
                        .put("location", entry.path("request").path("url").asText() + "/_history/1");
            }
            return JSON.writeValueAsString(response);
        } catch (IOException e) {
            throw new UncheckedIOException("the request is not a JSON bundle", e);
        }
    }

    /** Stops the server; requests still waiting are let go unanswered. */
    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
