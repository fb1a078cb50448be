package org.tpidoc.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.tpidoc.testkit.StubFhirServer.Reply;

class StubFhirServerTest {

    private static final String TRANSACTION = "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":["
            + "{\"request\":{\"method\":\"PUT\",\"url\":\"Procedure/p1\"}},"
            + "{\"request\":{\"method\":\"PUT\",\"url\":\"Observation/o1\"}}]}";

    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void answersWithTheScriptThenStoresEveryEntry() throws Exception {
        try (StubFhirServer server = new StubFhirServer(Reply.of(503))) {
            assertThat(post(server, TRANSACTION).statusCode()).isEqualTo(503);

            HttpResponse<String> stored = post(server, TRANSACTION);

            assertThat(stored.statusCode()).isEqualTo(200);
            assertThat(stored.body())
                    .isEqualTo(
                            "{\"resourceType\":\"Bundle\",\"type\":\"transaction-response\",\"entry\":["
                                    + "{\"response\":{\"status\":\"201 Created\",\"location\":\"Procedure/p1/_history/1\"}},"
                                    + "{\"response\":{\"status\":\"201 Created\",\"location\":\"Observation/o1/_history/1\"}}]}");
            assertThat(server.requests())
                    .extracting(StubFhirServer.Request::method, StubFhirServer.Request::path)
                    .containsOnly(tuple("POST", "/fhir"))
                    .hasSize(2);
        }
    }

    @Test
    void aRuleAnswersEveryRequestWhoseBodyHasItsTextBeforeTheScript() throws Exception {
        try (StubFhirServer server = new StubFhirServer(Reply.of(503))
                .onBodyContaining("Observation/o1", Reply.json(400, "{\"resourceType\":\"OperationOutcome\"}"))) {
            assertThat(post(server, TRANSACTION).statusCode()).isEqualTo(400);
            assertThat(post(server, TRANSACTION).statusCode()).isEqualTo(400);
            assertThat(post(server, "{}").statusCode()).isEqualTo(503);
        }
    }

    @Test
    void countsTheRequestsItAnswersAtOnce() throws Exception {
        try (StubFhirServer server =
                new StubFhirServer().onBodyContaining("slow", Reply.of(200).after(Duration.ofMillis(500)))) {
            CompletableFuture<HttpResponse<String>> slow =
                    client.sendAsync(request(server, "{\"slow\":1}"), HttpResponse.BodyHandlers.ofString());
            while (server.requests().isEmpty()) {
                Thread.sleep(10);
            }
            post(server, TRANSACTION);
            slow.join();

            assertThat(server.peakConcurrency()).isEqualTo(2);
        }
    }

    private HttpResponse<String> post(StubFhirServer server, String body) throws IOException, InterruptedException {
        return client.send(request(server, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(StubFhirServer server, String body) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl()))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
