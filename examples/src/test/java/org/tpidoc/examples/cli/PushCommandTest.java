package org.tpidoc.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.json.SessionJson;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.synthetic.SessionGenerator;
import org.tpidoc.testkit.StubFhirServer;
import org.tpidoc.testkit.StubFhirServer.Reply;

/** {@code tpidoc push} against a scripted local FHIR server. */
class PushCommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Short timeouts and a tiny backoff, so that retries and failures take milliseconds. */
    private static final List<String> FAST = List.of("--connect-timeout", "0.5", "--backoff", "0.01", "-q");

    @TempDir
    Path dir;

    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void closeServers() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void everySessionAcceptedExitsZeroWithAReportLinePerSession() throws IOException {
        List<InjectionSession> sessions = write("three.ndjson", 3);
        StubFhirServer server = server();

        Cli.Result result = push(server, "--in", "three.ndjson", "--report", "out/report.ndjson");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err())
                .isEqualTo("push: 3 sessions: 3 sent, 3 accepted, 0 rejected, 0 retried, 0 unreachable, 0 refused,"
                        + " 0 not sent\n");
        assertThat(result.out()).isEqualTo("Wrote 3 report lines to " + dir.resolve("out/report.ndjson") + "\n");
        List<JsonNode> report = report("out/report.ndjson");
        assertThat(report).extracting(line -> line.get("session").asText()).containsExactlyElementsOf(ids(sessions));
        assertThat(report).allSatisfy(line -> {
            assertThat(line.get("outcome").asText()).isEqualTo("accepted");
            assertThat(line.get("attempts").asInt()).isEqualTo(1);
            assertThat(line.get("httpStatus").asInt()).isEqualTo(200);
            assertThat(line.get("issues")).isEmpty();
            assertThat(line.get("entries")).isNotEmpty().allSatisfy(entry -> {
                assertThat(entry.get("status").asText()).isEqualTo("201 Created");
                assertThat(entry.get("location").asText()).matches("[A-Za-z]+/[0-9a-f-]+/_history/1");
            });
        });
        assertThat(server.requests()).hasSize(3).allSatisfy(request -> assertThat(
                        transaction(request).getType())
                .isEqualTo(Bundle.BundleType.TRANSACTION));
    }

    @Test
    void rejectedSessionIsListedWithTheServersIssuesWhileTheRestGoOn() throws IOException {
        List<InjectionSession> sessions = write("three.ndjson", 3);
        String refused = sessions.get(1).id().toString();
        OperationOutcome outcome = new OperationOutcome();
        outcome.addIssue()
                .setSeverity(IssueSeverity.ERROR)
                .setCode(IssueType.PROCESSING)
                .setDiagnostics("HAPI-1094: Resource Patient/p-1 not found")
                .addExpression("Procedure.subject");
        StubFhirServer server = server().onBodyContaining(refused, Reply.json(400, encode(outcome)));

        Cli.Result result = push(server, "three.ndjson", "--report", "report.ndjson");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.errLines())
                .containsExactly(
                        "three.ndjson: session " + refused + ": rejected (HTTP 400): error processing at"
                                + " Procedure.subject: HAPI-1094: Resource Patient/p-1 not found",
                        "push: 3 sessions: 3 sent, 2 accepted, 1 rejected, 0 retried, 0 unreachable, 0 refused,"
                                + " 0 not sent");
        List<JsonNode> report = report("report.ndjson");
        assertThat(report)
                .extracting(line -> line.get("outcome").asText())
                .containsExactly("accepted", "rejected", "accepted");
        JsonNode rejected = report.get(1);
        assertThat(rejected.get("httpStatus").asInt()).isEqualTo(400);
        assertThat(rejected.get("entries")).isEmpty();
        assertThat(rejected.get("issues").get(0).toString())
                .isEqualTo("{\"severity\":\"error\",\"code\":\"processing\",\"path\":\"Procedure.subject\","
                        + "\"message\":\"HAPI-1094: Resource Patient/p-1 not found\"}");
    }

    @Test
    void busyServerIsRetriedAndTheSummarySaysSo() throws IOException {
        write("one.ndjson", 1);
        StubFhirServer server = server(Reply.of(503), Reply.of(503));

        Cli.Result result = push(server, "one.ndjson", "--report", "-");

        assertThat(result.exitCode()).isZero();
        JsonNode line = parse(result.outLines().get(0));
        assertThat(line.get("outcome").asText()).isEqualTo("accepted");
        assertThat(line.get("attempts").asInt()).isEqualTo(3);
        assertThat(result.err()).contains("1 sent, 1 accepted, 0 rejected, 1 retried, 0 unreachable");
        assertThat(server.requests()).hasSize(3);
    }

    @Test
    void serverThatNeverAnswersTimesOutExitsTwoAndTheReportHoldsOnlyCompleteLines() throws IOException {
        write("five.ndjson", 5);
        StubFhirServer server = server().onBodyContaining("", Reply.hang());
        long start = System.nanoTime();

        Cli.Result result = push(
                server, "five.ndjson", "--read-timeout", "0.3", "--max-attempts", "2", "--report", "report.ndjson");

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err())
                .contains(": unreachable: no answer after 2 attempts")
                .contains("push: stopped: the server is unreachable");
        String text = Files.readString(dir.resolve("report.ndjson"));
        assertThat(text).endsWith("\n");
        List<JsonNode> report = report("report.ndjson");
        assertThat(report).hasSize(5);
        assertThat(report.get(0).get("outcome").asText()).isEqualTo("unreachable");
        assertThat(report).extracting(line -> line.get("outcome").asText()).containsOnly("unreachable", "not-sent");
        assertThat(report.get(4).get("outcome").asText()).isEqualTo("not-sent");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("five.ndjson", "report.ndjson");
        }
    }

    @Test
    void refusedConnectionExitsTwoAndCountsTheRestAsNotSent() throws IOException {
        write("four.ndjson", 4);
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        Cli.Result result = Cli.run(
                dir,
                args(
                        "http://127.0.0.1:" + closedPort + "/fhir",
                        "four.ndjson",
                        "--concurrency",
                        "1",
                        "--max-attempts",
                        "2"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.errLines())
                .contains("push: 4 sessions: 1 sent, 0 accepted, 0 rejected, 1 retried, 1 unreachable, 0 refused,"
                        + " 3 not sent")
                .last()
                .asString()
                .startsWith("push: stopped: the server is unreachable; 3 sessions not sent");
    }

    @Test
    void dryRunValidatesAndBuildsButSendsNothing() throws IOException {
        write("three.ndjson", 3);
        StubFhirServer server = server();

        Cli.Result result = push(server, "three.ndjson", "--dry-run", "--report", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests()).isEmpty();
        assertThat(result.err()).isEqualTo("push: 3 sessions: 3 bundles built, 0 refused; dry run: nothing sent\n");
        assertThat(result.outLines()).hasSize(3).allSatisfy(line -> assertThat(
                        parse(line).get("outcome").asText())
                .isEqualTo("built"));
    }

    @Test
    void concurrencyFourSendsAtOnceAndKeepsInputOrderInTheReport() throws IOException {
        List<InjectionSession> sessions = write("eight.ndjson", 8);
        StubFhirServer server = server().onBodyContaining(
                        sessions.get(0).id().toString(), Reply.storedAll().after(Duration.ofMillis(600)));

        Cli.Result result = push(server, "eight.ndjson", "--concurrency", "4", "--report", "report.ndjson");

        assertThat(result.exitCode()).isZero();
        assertThat(report("report.ndjson"))
                .extracting(line -> line.get("session").asText())
                .containsExactlyElementsOf(ids(sessions));
        assertThat(server.peakConcurrency()).isBetween(2, 4);
        assertThat(server.requests()).hasSize(8);
    }

    @Test
    void bearerTokenFromTheEnvironmentReachesTheServerAndIsNeverShown() throws IOException {
        write("two.ndjson", 2);
        StubFhirServer server = server();

        Cli.Result result = Cli.withVariables(
                dir,
                Map.of("FHIR_TOKEN", "s3cr3t-t0ken"),
                args(server.baseUrl(), "two.ndjson", "--bearer-token-env", "FHIR_TOKEN", "--report", "-"));

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests())
                .extracting(StubFhirServer.Request::authorization)
                .containsOnly("Bearer s3cr3t-t0ken")
                .hasSize(2);
        assertThat(result.out() + result.err()).doesNotContain("s3cr3t");
    }

    @Test
    void basicCredentialsFromAFileReachTheServer() throws IOException {
        write("one.ndjson", 1);
        Files.writeString(dir.resolve("credentials"), "integration:pa55word\n");
        StubFhirServer server = server();

        Cli.Result result = push(server, "one.ndjson", "--basic-auth-file", "credentials");

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests())
                .extracting(StubFhirServer.Request::authorization)
                .containsExactly("Basic "
                        + Base64.getEncoder().encodeToString("integration:pa55word".getBytes(StandardCharsets.UTF_8)));
        assertThat(result.err()).doesNotContain("pa55word");
    }

    @Test
    void unsetTokenVariableIsAUsageErrorNamingTheVariable() throws IOException {
        write("one.ndjson", 1);
        StubFhirServer server = server();

        Cli.Result result = push(server, "one.ndjson", "--bearer-token-env", "FHIR_TOKEN");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.errLines().get(0))
                .isEqualTo("environment variable FHIR_TOKEN is not set (--bearer-token-env)");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void twoKindsOfCredentialsAreAUsageError() throws IOException {
        StubFhirServer server = server();

        Cli.Result result = push(server, "one.ndjson", "--bearer-token-env", "A", "--basic-auth-env", "B");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("mutually exclusive");
    }

    @Test
    void unauthorizedStopsTheSendingAndExitsTwo() throws IOException {
        write("three.ndjson", 3);
        StubFhirServer server = server().onBodyContaining("", Reply.of(401));

        Cli.Result result = push(server, "three.ndjson", "--concurrency", "1");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err())
                .contains("rejected (HTTP 401), without issues")
                .contains("1 sent, 0 accepted, 1 rejected")
                .contains("push: stopped: the server refused the credentials (HTTP 401); 2 sessions not sent");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void sessionWithErrorFindingsIsRefusedAndNotSentAsExportRefusesIt() throws IOException {
        Path invalid = Cli.example("invalid-pneumothorax-not-disclosed.json");
        StubFhirServer server = server();

        Cli.Result result = push(server, invalid.toString(), "--report", "-");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(server.requests()).isEmpty();
        assertThat(result.errLines().get(0))
                .startsWith(invalid + ": session 9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d: refused: error"
                        + " consent-risk-not-disclosed at $.consent.risksDisclosed: ");
        assertThat(result.err()).contains("fix them, or send anyway with --allow-invalid");
        JsonNode line = parse(result.outLines().get(0));
        assertThat(line.get("outcome").asText()).isEqualTo("refused");
        assertThat(line.get("issues").get(0).get("code").asText()).isEqualTo("consent-risk-not-disclosed");
    }

    @Test
    void allowInvalidSendsItWithANote() throws IOException {
        Path invalid = Cli.example("invalid-pneumothorax-not-disclosed.json");
        StubFhirServer server = server();

        Cli.Result result = push(server, invalid.toString(), "--allow-invalid");

        assertThat(result.exitCode()).isZero();
        assertThat(server.requests()).hasSize(1);
        assertThat(result.errLines().get(0)).endsWith(": sent despite 1 error finding (--allow-invalid)");
    }

    @Test
    void missingInputExitsTwoAndSendsNothing() throws IOException {
        StubFhirServer server = server();

        Cli.Result result = push(server, "--in", "missing.ndjson");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.errLines().get(0)).isEqualTo("missing.ndjson: no such file");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void sessionsBeforeAnUnreadableLineAreSentAndTheRunExitsTwo() throws IOException {
        List<InjectionSession> sessions = write("two.ndjson", 2);
        Files.writeString(dir.resolve("two.ndjson"), "{\"not\": \"a session\"}\n", StandardOpenOption.APPEND);
        StubFhirServer server = server();

        Cli.Result result = push(server, "two.ndjson", "--report", "-");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("two.ndjson: line 3: ");
        assertThat(result.outLines()).hasSize(sessions.size());
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void sessionsOfSeveralFilesAndStandardInputAreReportedInCommandLineOrder() throws IOException {
        List<InjectionSession> first = write("a.ndjson", 1);
        List<InjectionSession> piped = write("stdin.ndjson", 2);
        List<InjectionSession> last = write("b.ndjson", 1);
        StubFhirServer server = server();

        Cli.Result result = Cli.withStdin(
                dir,
                Files.readString(dir.resolve("stdin.ndjson")),
                args(server.baseUrl(), "--in", "a.ndjson", "--in", "-", "b.ndjson", "--report", "-"));

        assertThat(result.exitCode()).isZero();
        List<String> expected = new ArrayList<>(ids(first));
        expected.addAll(ids(piped));
        expected.addAll(ids(last));
        assertThat(result.outLines())
                .extracting(line -> parse(line).get("session").asText())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void installPackageAloneSendsTheConformanceResourcesAsOneTransactionOfPuts() throws IOException {
        StubFhirServer server = server();

        Cli.Result result = push(server, "--install-package");

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines())
                .singleElement()
                .asString()
                .matches("push: the conformance package tpidoc\\.fhir#.+ is installed \\(\\d+ resources\\)");
        assertThat(server.requests()).hasSize(1);
        Bundle transaction = transaction(server.requests().get(0));
        assertThat(transaction.getEntry())
                .extracting(entry -> entry.getRequest().getMethod() + " "
                        + entry.getRequest().getUrl().replaceFirst("/.*", ""))
                .containsOnly("PUT CodeSystem", "PUT ValueSet", "PUT StructureDefinition");
    }

    @Test
    void packageTheServerRejectsSendsNoSession() throws IOException {
        write("one.ndjson", 1);
        StubFhirServer server = server(Reply.of(422));

        Cli.Result result = push(server, "--install-package", "one.ndjson");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.errLines())
                .hasSize(2)
                .last()
                .isEqualTo("push: no session sent: the package is not installed");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void dryRunInstallsNoPackage() throws IOException {
        write("one.ndjson", 1);
        StubFhirServer server = server();

        Cli.Result result = push(server, "--install-package", "--dry-run", "one.ndjson");

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines().get(0))
                .matches("push: dry run: the conformance package tpidoc\\.fhir#.+ is not installed");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void helpNamesEveryOptionAndTheExitCodes() {
        Cli.Result result = Cli.run(dir, "push", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out())
                .contains(
                        "--server=URL",
                        "--in=FILE",
                        "--concurrency=N",
                        "--dry-run",
                        "--allow-invalid",
                        "--report=FILE",
                        "--install-package",
                        "--bearer-token-env=VAR",
                        "--bearer-token-file=FILE",
                        "--basic-auth-env=VAR",
                        "--basic-auth-file=FILE",
                        "--connect-timeout=SECONDS",
                        "--read-timeout=SECONDS",
                        "--max-attempts=N",
                        "--backoff=SECONDS",
                        "--quiet",
                        "Exit 0 when every session is accepted");
    }

    @Test
    void serverThatIsNotAnHttpUrlIsAUsageErrorThatDoesNotRepeatIt() {
        Cli.Result result = Cli.run(dir, "push", "--server", "ftp://user:pa55word@host/fhir", "--in", "x.ndjson");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("--server").doesNotContain("pa55word");
    }

    @Test
    void noInputAndNoPackageIsAUsageError() throws IOException {
        StubFhirServer server = server();

        Cli.Result result = Cli.run(dir, "push", "--server", server.baseUrl());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("Missing session files");
    }

    @Test
    void timeoutThatIsNotANumberOfSecondsIsAUsageError() throws IOException {
        StubFhirServer server = server();

        Cli.Result result = push(server, "x.ndjson", "--read-timeout", "PT5S");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.UNREADABLE);
        assertThat(result.err()).contains("'PT5S' is not a number of seconds");
    }

    @Test
    void withoutATerminalProgressIsAPlainLineAtTheEnd() throws IOException {
        write("two.ndjson", 2);
        StubFhirServer server = server();

        Cli.Result result = Cli.run(dir, "push", "--server", server.baseUrl(), "two.ndjson");

        assertThat(result.exitCode()).isZero();
        assertThat(result.errLines().get(0)).isEqualTo("push: 2 sessions");
    }

    // helpers

    private StubFhirServer server(Reply... replies) throws IOException {
        StubFhirServer server = new StubFhirServer(replies);
        opened.add(server);
        return server;
    }

    private Cli.Result push(StubFhirServer server, String... more) {
        return Cli.run(dir, args(server.baseUrl(), more));
    }

    private static String[] args(String baseUrl, String... more) {
        List<String> args = new ArrayList<>(List.of("push", "--server", baseUrl));
        args.addAll(FAST);
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Writes {@code count} generated sessions as NDJSON to {@code name} and returns them. */
    private List<InjectionSession> write(String name, int count) throws IOException {
        List<InjectionSession> sessions =
                SessionGenerator.seeded(name.hashCode()).list(count);
        try (OutputStream out = Files.newOutputStream(dir.resolve(name))) {
            SessionJson.standard().writer().writeNdjson(sessions, out);
        }
        return sessions;
    }

    private static List<String> ids(List<InjectionSession> sessions) {
        return sessions.stream().map(s -> s.id().toString()).toList();
    }

    private List<JsonNode> report(String name) throws IOException {
        return Files.readAllLines(dir.resolve(name)).stream()
                .map(PushCommandTest::parse)
                .toList();
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new UncheckedIOException(line, e);
        }
    }

    private static Bundle transaction(StubFhirServer.Request request) {
        return Fhir.context().newJsonParser().parseResource(Bundle.class, request.body());
    }

    private static String encode(OperationOutcome outcome) {
        return Fhir.context().newJsonParser().encodeResourceToString(outcome);
    }
}
