package org.tpidoc.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MetadataResource;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tpidoc.fhir.SendResult.Outcome;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.fhir.conformance.ConformancePackage;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.testkit.StubFhirServer;
import org.tpidoc.testkit.StubFhirServer.Reply;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;

/** {@link FhirSender} against a scripted local FHIR server: what it sends, retries, and reports. */
class FhirSenderTest {

    private static final InjectionSession SESSION = ExampleSessions.read(ExampleSessions.NECK_SHOULDER);
    private static final Bundle TRANSACTION = FhirExporter.standard().toBundle(SESSION, BundleKind.TRANSACTION);
    private static final Duration BASE_BACKOFF = Duration.ofMillis(100);

    /** The waits the sender asked for, instead of sleeping. */
    private final List<Duration> waits = Collections.synchronizedList(new ArrayList<>());

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeEverything() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void acceptedTransactionReportsEveryStoredResourceWithoutRetrying() throws IOException {
        StubFhirServer server = server();

        SendResult result = open(sender(server.baseUrl())).send(SESSION);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.retries()).isZero();
        assertThat(result.httpStatus()).isEqualTo(200);
        assertThat(result.issues()).isEmpty();
        assertThat(result.entries()).extracting(SendResult.Entry::status).containsOnly("201 Created");
        assertThat(result.entries())
                .extracting(SendResult.Entry::location)
                .containsExactlyElementsOf(TRANSACTION.getEntry().stream()
                        .map(e -> e.getRequest().getUrl() + "/_history/1")
                        .toList());
        assertThat(result.created())
                .containsExactlyElementsOf(TRANSACTION.getEntry().stream()
                        .map(e -> e.getRequest().getUrl())
                        .toList());
        assertThat(result.updated()).isEmpty();
        assertThat(result.entries()).extracting(e -> e.version().orElseThrow()).containsOnly("1");
        assertThat(waits).isEmpty();
    }

    @Test
    void postsTheTransactionBundleWithOneEntryPerExportedResource() throws IOException {
        StubFhirServer server = server();

        open(sender(server.baseUrl())).send(SESSION);

        assertThat(server.requests()).hasSize(1);
        StubFhirServer.Request request = server.requests().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/fhir");
        Bundle sent = Fhir.context().newJsonParser().parseResource(Bundle.class, request.body());
        assertThat(sent.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(sent.getEntry())
                .extracting(
                        e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl())
                .containsExactlyElementsOf(FhirExporter.standard().toResources(SESSION).stream()
                        .map(r -> "PUT " + r.fhirType() + "/" + r.getIdPart())
                        .toList());
    }

    @Test
    void installingThePackagePutsEveryConformanceResourceByItsIdInOneTransaction() throws IOException {
        StubFhirServer server = server();
        ConformancePackage conformance = ConformancePackage.builtIn();

        SendResult result = open(sender(server.baseUrl())).installPackage(conformance);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(server.requests()).hasSize(1);
        Bundle sent = Fhir.context()
                .newJsonParser()
                .parseResource(Bundle.class, server.requests().get(0).body());
        assertThat(sent.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
        assertThat(sent.getEntry())
                .extracting(
                        e -> e.getRequest().getMethod() + " " + e.getRequest().getUrl())
                .containsExactlyElementsOf(conformance.resources().stream()
                        .map(r -> "PUT " + r.fhirType() + "/" + r.getIdPart())
                        .toList())
                .hasSize(85);
        assertThat(sent.getEntry())
                .extracting(e -> ((MetadataResource) e.getResource()).getUrl())
                .allSatisfy(url -> assertThat(url).startsWith(conformance.canonical()));
    }

    @Test
    void busyServerIsRetriedAfterARandomBackoffThenAccepted() throws IOException {
        StubFhirServer server = server(Reply.of(503));

        SendResult result = open(sender(server.baseUrl())).send(SESSION);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.retries()).isEqualTo(1);
        // full jitter: the fixed random 0.5 times the first bound (the base)
        assertThat(waits).containsExactly(BASE_BACKOFF.dividedBy(2));
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void backoffBoundDoublesWithEachRetry() throws IOException {
        StubFhirServer server = server(Reply.of(502), Reply.of(504), Reply.of(503));

        SendResult result = open(sender(server.baseUrl())).send(SESSION);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.attempts()).isEqualTo(4);
        assertThat(waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void tooManyRequestsWaitsTheSecondsOfRetryAfter() throws IOException {
        StubFhirServer server = server(Reply.withHeader(429, "Retry-After", "2"));

        SendResult result = open(sender(server.baseUrl())).send(SESSION);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(result.retries()).isEqualTo(1);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void retryAfterAsAnHttpDateWaitsUntilThatTime() throws IOException {
        Instant now = Instant.parse("2026-12-03T10:15:30Z");
        String inFiveSeconds =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(5).atOffset(ZoneOffset.UTC));
        StubFhirServer server = server(Reply.withHeader(503, "Retry-After", inFiveSeconds));

        SendResult result = open(sender(server.baseUrl()).clock(Clock.fixed(now, ZoneOffset.UTC)))
                .send(SESSION);

        assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
        assertThat(waits).containsExactly(Duration.ofSeconds(5));
    }

    @Test
    void unreadableRetryAfterFallsBackToTheRandomBackoff() throws IOException {
        StubFhirServer server = server(Reply.withHeader(503, "Retry-After", "soon"));

        open(sender(server.baseUrl())).send(SESSION);

        assertThat(waits).containsExactly(BASE_BACKOFF.dividedBy(2));
    }

    @Test
    void retryAfterIsCappedAtTheLongestBackoff() throws IOException {
        StubFhirServer server = server(Reply.withHeader(429, "Retry-After", "86400"));

        open(sender(server.baseUrl()).maxBackoff(Duration.ofSeconds(30))).send(SESSION);

        assertThat(waits).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void refusedBundleIsRejectedWithTheServersIssuesAndNotRetried() throws IOException {
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(IssueType.PROCESSING)
                .setDiagnostics("HAPI-1094: Resource Patient/p-1 not found, specified in path: Procedure.subject")
                .addExpression("Procedure.subject");
        outcome.addIssue()
                .setSeverity(IssueSeverity.WARNING)
                .setCode(IssueType.INFORMATIONAL)
                .addLocation("Bundle.entry[3]");
        StubFhirServer server =
                server(Reply.json(400, Fhir.context().newJsonParser().encodeResourceToString(outcome)));

        SendResult result = open(sender(server.baseUrl())).send(SESSION);

        assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
        assertThat(result.attempts()).isEqualTo(1);
        assertThat(result.httpStatus()).isEqualTo(400);
        assertThat(result.entries()).isEmpty();
        assertThat(result.issues())
                .containsExactly(
                        new Finding(
                                Severity.ERROR,
                                "processing",
                                "Procedure.subject",
                                "HAPI-1094: Resource Patient/p-1 not found, specified in path: Procedure.subject"),
                        new Finding(Severity.WARNING, "informational", "Bundle.entry[3]", ""));
        assertThat(result.toString()).doesNotContain("HAPI-1094").doesNotContain("p-1");
        assertThat(waits).isEmpty();
        assertThat(server.requests()).hasSize(1);
    }

    @ParameterizedTest(name = "HTTP {0} -> {1} after {2} attempt(s)")
    @CsvSource({
        "400, REJECTED,    1",
        "401, REJECTED,    1",
        "403, REJECTED,    1",
        "404, REJECTED,    1",
        "409, REJECTED,    1",
        "412, REJECTED,    1",
        "422, REJECTED,    1",
        "500, REJECTED,    1",
        "501, REJECTED,    1",
        "429, UNREACHABLE, 3",
        "502, UNREACHABLE, 3",
        "503, UNREACHABLE, 3",
        "504, UNREACHABLE, 3",
    })
    void onlyBusyAnswersAreRetried(int status, Outcome outcome, int attempts) throws IOException {
        StubFhirServer server = server(Reply.of(status), Reply.of(status), Reply.of(status));

        SendResult result = open(sender(server.baseUrl()).maxAttempts(3)).send(SESSION);

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.attempts()).isEqualTo(attempts);
        assertThat(result.httpStatus()).isEqualTo(status);
        assertThat(server.requests()).hasSize(attempts);
        assertThat(waits).hasSize(attempts - 1);
    }

    @Test
    void serverThatNeverAnswersIsUnreachableAfterTheReadTimeoutOfEveryAttempt() throws IOException {
        StubFhirServer server = server(Reply.hang(), Reply.hang());
        long start = System.nanoTime();

        SendResult result = open(sender(server.baseUrl())
                        .readTimeout(Duration.ofMillis(200))
                        .maxAttempts(2))
                .send(SESSION);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(result.attempts()).isEqualTo(2);
        assertThat(result.httpStatus()).isZero();
        assertThat(result.entries()).isEmpty();
        assertThat(server.requests()).hasSize(2);
        assertThat(waits).hasSize(1);
    }

    @Test
    void closedPortIsUnreachableAfterEveryAttempt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        SendResult result = open(sender("http://127.0.0.1:" + closedPort + "/fhir")
                        .maxAttempts(3))
                .send(SESSION);

        assertThat(result.outcome()).isEqualTo(Outcome.UNREACHABLE);
        assertThat(result.attempts()).isEqualTo(3);
        assertThat(result.httpStatus()).isZero();
        assertThat(waits).containsExactly(Duration.ofMillis(50), Duration.ofMillis(100));
    }

    @Test
    void bearerTokenIsSentAndNeverShown() throws IOException {
        StubFhirServer server = server();

        FhirSender sender = open(sender(server.baseUrl()).bearerToken("s3cr3t-t0ken"));
        sender.send(SESSION);

        assertThat(server.requests())
                .extracting(StubFhirServer.Request::authorization)
                .containsExactly("Bearer s3cr3t-t0ken");
        assertThat(sender.toString()).contains("bearer").doesNotContain("s3cr3t");
    }

    @Test
    void basicAuthenticationIsSentAndNeverShown() throws IOException {
        StubFhirServer server = server();

        FhirSender sender = open(sender(server.baseUrl()).basicAuth("integration", "pa55word"));
        sender.send(SESSION);

        String expected =
                "Basic " + Base64.getEncoder().encodeToString("integration:pa55word".getBytes(StandardCharsets.UTF_8));
        assertThat(server.requests())
                .extracting(StubFhirServer.Request::authorization)
                .containsExactly(expected);
        assertThat(sender.toString())
                .contains("basic")
                .doesNotContain("pa55word")
                .doesNotContain("integration");
    }

    @Test
    void noAuthorizationHeaderWithoutCredentials() throws IOException {
        StubFhirServer server = server();

        open(sender(server.baseUrl())).send(SESSION);

        assertThat(server.requests())
                .extracting(StubFhirServer.Request::authorization)
                .containsExactly("");
    }

    @Test
    void oneSenderServesFourThreadsAtOnce() throws Exception {
        StubFhirServer server = server(Reply.of(503), Reply.of(503));
        FhirSender sender = open(sender(server.baseUrl()));
        ExecutorService threads = Executors.newFixedThreadPool(4);
        opened.add(threads::shutdownNow);
        List<Future<SendResult>> results = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            results.add(threads.submit(() -> sender.send(SESSION)));
        }

        List<SendResult> sent = new ArrayList<>();
        for (Future<SendResult> result : results) {
            sent.add(result.get());
        }

        assertThat(sent).allSatisfy(result -> {
            assertThat(result.outcome()).isEqualTo(Outcome.ACCEPTED);
            assertThat(result.entries()).hasSize(TRANSACTION.getEntry().size());
        });
        assertThat(sent.stream().mapToInt(SendResult::retries).sum()).isEqualTo(2);
        assertThat(server.requests()).hasSize(22);
    }

    @Test
    void buildingASenderLeavesTheSharedContextAsItWas() {
        var shared = Fhir.context().getRestfulClientFactory();
        int socketTimeout = shared.getSocketTimeout();
        int connectTimeout = shared.getConnectTimeout();
        var validation = shared.getServerValidationMode();

        open(sender("http://127.0.0.1:1/fhir").readTimeout(Duration.ofMillis(123)));

        assertThat(shared.getSocketTimeout()).isEqualTo(socketTimeout).isNotEqualTo(123);
        assertThat(shared.getConnectTimeout()).isEqualTo(connectTimeout).isNotEqualTo(500);
        assertThat(shared.getServerValidationMode()).isEqualTo(validation);
    }

    @Test
    void refusesABundleThatIsNotATransaction() throws IOException {
        StubFhirServer server = server();
        Bundle collection = FhirExporter.standard().toBundle(SESSION, BundleKind.COLLECTION);

        assertThatThrownBy(() -> open(sender(server.baseUrl())).send(collection))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("transaction");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void baseUrlWithCredentialsIsNotRepeatedWhenInvalid() {
        assertThatThrownBy(() -> FhirSender.builder("ftp://user:secret@host/fhir"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("secret");
    }

    private StubFhirServer server(Reply... replies) throws IOException {
        StubFhirServer server = new StubFhirServer(replies);
        opened.add(server);
        return server;
    }

    /** A sender with tiny timeouts, a fixed jitter of 0.5, a 100 ms base backoff and recorded waits. */
    private FhirSender.Builder sender(String baseUrl) {
        return FhirSender.builder(baseUrl)
                .connectTimeout(Duration.ofMillis(500))
                .readTimeout(Duration.ofSeconds(10))
                .baseBackoff(BASE_BACKOFF)
                .jitter(() -> 0.5)
                .pause(waits::add);
    }

    /** Builds the sender and closes it after the test. */
    private FhirSender open(FhirSender.Builder builder) {
        FhirSender sender = builder.build();
        opened.add(sender);
        return sender;
    }
}
