package org.tpidoc.fhir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.tpidoc.fhir.api.Fhir;

/**
 * A FHIR server for the sender's tests: the JDK's HTTP server on 127.0.0.1 at a free port, answering each
 * request with the next scripted {@link Reply}, and once the script is used up with a transaction-response
 * that stores every entry ({@code 201 Created}, {@code url/_history/1}). It records every request.
 */
final class StubFhirServer implements AutoCloseable {

    /** One scripted answer; {@link #hang()} never answers (until the server closes). */
    record Reply(int status, Map<String, String> headers, String body) {

        static Reply of(int status) {
            return new Reply(status, Map.of(), "");
        }

        static Reply withHeader(int status, String name, String value) {
            return new Reply(status, Map.of(name, value), "");
        }

        static Reply outcome(int status, OperationOutcome outcome) {
            return new Reply(status, Map.of(), Fhir.context().newJsonParser().encodeResourceToString(outcome));
        }

        static Reply hang() {
            return new Reply(-1, Map.of(), "");
        }
    }

    /** A request as the server saw it. */
    record Request(String method, String path, String authorization, String body) {}

    private final HttpServer server;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    StubFhirServer(Reply... replies) throws IOException {
        script.addAll(List.of(replies));
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext("/fhir", this::answer);
        server.start();
    }

    /** The FHIR base URL, {@code http://127.0.0.1:port/fhir}. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/fhir";
    }

    /** The requests so far, in arrival order. */
    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        synchronized (requests) {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            requests.add(new Request(
                    exchange.getRequestMethod(),
                    exchange.getRequestURI().getPath(),
                    authorization == null ? "" : authorization,
                    body));
        }
        Reply reply = script.poll();
        if (reply == null) {
            reply = new Reply(200, Map.of(), storedAll(body));
        }
        if (reply.status() < 0) {
            try {
                closing.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            exchange.getResponseHeaders().add("Content-Type", "application/fhir+json;charset=utf-8");
        }
        exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A transaction-response storing every entry of the request as version 1. */
    private static String storedAll(String request) {
        Bundle transaction = Fhir.context().newJsonParser().parseResource(Bundle.class, request);
        Bundle response = new Bundle().setType(Bundle.BundleType.TRANSACTIONRESPONSE);
        for (Bundle.BundleEntryComponent entry : transaction.getEntry()) {
            response.addEntry()
                    .getResponse()
                    .setStatus("201 Created")
                    .setLocation(entry.getRequest().getUrl() + "/_history/1");
        }
        return Fhir.context().newJsonParser().encodeResourceToString(response);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        threads.shutdownNow();
    }
}
