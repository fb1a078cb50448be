package org.tpidoc.examples.cli;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.FhirSender;
import org.tpidoc.fhir.SendResult;
import org.tpidoc.fhir.conformance.ConformancePackage;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * {@code tpidoc push --server URL [--in FILE]... [FILE...] [--concurrency N] [--dry-run] [--allow-invalid]
 * [--report FILE] [--install-package] [auth, timeout and retry options] [--quiet]}: sends each session's
 * transaction bundle to a FHIR server with {@link FhirSender}.
 *
 * <p>Sessions are read one at a time and at most twice {@code --concurrency} are held at once (validated,
 * built, in flight or waiting to be reported), so memory stays bounded however long the input; results are
 * reported in input order. A session with an error finding is refused and not sent, as {@code export} refuses
 * it, unless {@code --allow-invalid}. When the server stays unreachable after the sender's retries (or refuses
 * the credentials, HTTP 401), nothing more is sent: the sessions left are counted as not sent. Progress and a
 * summary go to stderr, with a line per refused, rejected or unreachable session; {@code --report} writes one
 * JSON line per session ({@link MachineForms#delivery}).
 */
@Command(
        name = "push",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Sends each session's FHIR transaction bundle to a FHIR server, in bounded memory, with progress and a"
                    + " summary on stderr.",
            "Sessions with error findings are refused (named on stderr) unless --allow-invalid. When the server is"
                    + " unreachable after the retries, or refuses the credentials (401), the rest is not sent.",
            "Exit 0 when every session is accepted, 1 when one is rejected or refused (listed on stderr), 2 when an"
                    + " input cannot be read, the server is unreachable or the arguments are wrong."
        })
public final class PushCommand extends CliCommand {

    /** Sessions between two progress lines when stderr is not a terminal. */
    static final long PROGRESS_INTERVAL = 100;

    /** The most sessions in flight at once. */
    static final int MAX_CONCURRENCY = 16;

    /** The longest wait between two attempts, unless the first wait is longer. */
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Option(
            names = "--server",
            required = true,
            paramLabel = "URL",
            description = "FHIR base URL, http or https (e.g. https://fhir.example.org/fhir).")
    String server = "";

    @Option(
            names = "--in",
            paramLabel = "FILE",
            description = "Session file (one object, an array or NDJSON); - for standard input. Repeatable.")
    List<String> inOptions = new ArrayList<>();

    @Parameters(arity = "0..*", paramLabel = "FILE", description = "More session files, after those of --in.")
    List<String> files = new ArrayList<>();

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "2",
            description = "Sessions sent at the same time, 1 to " + MAX_CONCURRENCY
                    + "; results are still reported in input order. Default: ${DEFAULT-VALUE}.")
    int concurrency = 2;

    @Option(
            names = "--dry-run",
            description = "Validate each session and build its transaction bundle; send nothing, contact no server.")
    boolean dryRun;

    @Option(names = "--allow-invalid", description = "Send sessions with error findings too.")
    boolean allowInvalid;

    @Option(
            names = "--report",
            paramLabel = "FILE",
            description = "One JSON line per session: session, outcome, attempts, httpStatus, entries, issues."
                    + " Written under a temporary name and moved into place at the end; - for standard output.")
    @Nullable
    String reportFile;

    @Option(
            names = "--install-package",
            description = "Install our FHIR conformance package (code systems, value sets, extensions, profiles)"
                    + " on the server first, as one transaction; alone when no session file is given.")
    boolean installPackage;

    @ArgGroup(
            exclusive = true,
            multiplicity = "0..1",
            heading = "%nAuthentication (at most one; a secret is never given on the command line):%n")
    @Nullable
    ServerCredentials credentials;

    @Option(
            names = "--connect-timeout",
            paramLabel = "SECONDS",
            defaultValue = "10",
            converter = SecondsConverter.class,
            description = "How long to wait for a connection to the server, in seconds (0.5 is half a second)."
                    + " Default: ${DEFAULT-VALUE}.")
    Duration connectTimeout = Duration.ofSeconds(10);

    @Option(
            names = "--read-timeout",
            paramLabel = "SECONDS",
            defaultValue = "60",
            converter = SecondsConverter.class,
            description = "How long to wait for the server's answer once connected, in seconds."
                    + " Default: ${DEFAULT-VALUE}.")
    Duration readTimeout = Duration.ofSeconds(60);

    @Option(
            names = "--max-attempts",
            paramLabel = "N",
            defaultValue = "4",
            description = "How many times a bundle is sent at most while the server is busy (429, 502, 503, 504)"
                    + " or does not answer; 1 never retries. Other answers are final. Default: ${DEFAULT-VALUE}.")
    int maxAttempts = 4;

    @Option(
            names = "--backoff",
            paramLabel = "SECONDS",
            defaultValue = "0.5",
            converter = SecondsConverter.class,
            description = "The longest random wait before the first retry; it doubles with each retry, up to 30"
                    + " seconds. A server's Retry-After is honoured (up to 30 seconds). Default: ${DEFAULT-VALUE}.")
    Duration backoff = Duration.ofMillis(500);

    @Mixin
    QuietOption quietOption = new QuietOption();

    /** A push command; picocli makes one per run. */
    public PushCommand() {}

    /**
     * Installs the package if asked, then sends the sessions of every file.
     *
     * @return 0 when every session is accepted (or, in a dry run, built), 1 when one is rejected or refused, 2
     *     when a file cannot be read, the server is unreachable or refuses the credentials, the report cannot be
     *     written, or the arguments are wrong
     */
    @Override
    public Integer call() {
        List<String> inputs = new ArrayList<>(inOptions);
        inputs.addAll(files);
        checkArguments(inputs);
        try (FhirSender sender = sender()) {
            PushLog log = new PushLog(dryRun);
            boolean pushed = false;
            boolean reportWritten = true;
            int exitCode = ExitCodes.OK;
            try (PushReport report = openReport()) {
                if (installPackage) {
                    exitCode = install(sender);
                }
                if (!inputs.isEmpty() && exitCode != ExitCodes.OK) {
                    err().println("push: no session sent: the package is not installed");
                } else if (!inputs.isEmpty()) {
                    pushed = true;
                    exitCode = push(sender, inputs, report, log);
                }
            } catch (IOException e) {
                exitCode = cannotWrite(reportFile == null || reportFile.equals("-") ? "<stdout>" : reportFile, e);
                reportWritten = false;
            }
            if (pushed) {
                log.summary().forEach(err()::println);
                err().flush();
            }
            if (reportWritten && reportFile != null && !reportFile.equals("-")) {
                out().println("Wrote " + Reports.count(log.sessions(), "report line") + " to "
                        + environment().resolve(reportFile).toAbsolutePath().normalize());
                out().flush();
            }
            return exitCode;
        }
    }

    /** Reads every file, delivering its sessions through a window of {@code --concurrency} threads. */
    private int push(FhirSender sender, List<String> inputs, PushReport report, PushLog log) throws IOException {
        Courier courier = new Courier(FhirExporter.standard(), dryRun ? null : sender, allowInvalid);
        SessionInputs sessions = inputs();
        int read = ExitCodes.OK;
        try (Progress progress = Progress.start(
                        "push",
                        -1,
                        PROGRESS_INTERVAL,
                        quietOption.quiet,
                        environment().terminal(),
                        err());
                InOrderWindow<Delivery> window = new InOrderWindow<>(concurrency, delivery -> {
                    report.write(MachineForms.delivery(delivery));
                    log.add(delivery).forEach(err()::println);
                    progress.step();
                })) {
            for (String file : inputs) {
                String label = SessionInputs.label(file);
                read = ExitCodes.worst(
                        read, sessions.forEach(file, session -> window.submit(() -> courier.deliver(label, session))));
            }
            window.drain();
        }
        return ExitCodes.worst(read, log.exitCode());
    }

    /**
     * Installs the conformance package on the server (in a dry run, only says it would).
     *
     * @return 0 when installed, 1 when the server rejected it, 2 when it is unreachable
     */
    private int install(FhirSender sender) {
        String name = ConformancePackage.NAME + "#" + ConformancePackage.libraryVersion();
        if (dryRun) {
            err().println("push: dry run: the conformance package " + name + " is not installed");
            return ExitCodes.OK;
        }
        // the package the jar ships: read, not built (no snapshots to generate)
        SendResult result = sender.installPackage(ConformancePackage.shipped());
        String what = "push: the conformance package " + name;
        switch (result.outcome()) {
            case ACCEPTED ->
                err().println(what + " is installed ("
                        + Reports.count(result.entries().size(), "resource") + ")");
            case REJECTED -> PushLog.rejection(what, result).forEach(err()::println);
            case UNREACHABLE ->
                err().println(what + " is not installed: the server is unreachable: " + PushLog.unanswered(result));
        }
        err().flush();
        return switch (result.outcome()) {
            case ACCEPTED -> ExitCodes.OK;
            case REJECTED -> ExitCodes.FAILED;
            case UNREACHABLE -> ExitCodes.UNREADABLE;
        };
    }

    /**
     * Checks what picocli cannot.
     *
     * @throws ParameterException (exit 2, with the usage) when no input and no package is asked for, or a
     *     number is out of range
     */
    private void checkArguments(List<String> inputs) {
        if (inputs.isEmpty() && !installPackage) {
            throw new ParameterException(
                    spec.commandLine(), "Missing session files: give --in FILE or FILE..., or --install-package");
        }
        if (concurrency < 1 || concurrency > MAX_CONCURRENCY) {
            throw new ParameterException(
                    spec.commandLine(), "--concurrency must be 1 to " + MAX_CONCURRENCY + ", was " + concurrency);
        }
        if (maxAttempts < 1) {
            throw new ParameterException(spec.commandLine(), "--max-attempts must be at least 1, was " + maxAttempts);
        }
        if (connectTimeout.isZero() || readTimeout.isZero()) {
            throw new ParameterException(
                    spec.commandLine(), "--connect-timeout and --read-timeout must be more than 0 seconds");
        }
    }

    /**
     * The sender of the options.
     *
     * @throws ParameterException (exit 2) when the URL is not an http(s) URL or a credential cannot be read
     */
    private FhirSender sender() {
        FhirSender.Builder builder;
        try {
            builder = FhirSender.builder(server);
        } catch (IllegalArgumentException e) {
            // the message never repeats the URL, which may carry a password
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--server': " + e.getMessage());
        }
        builder.connectTimeout(connectTimeout)
                .readTimeout(readTimeout)
                .maxAttempts(maxAttempts)
                .baseBackoff(backoff)
                .maxBackoff(backoff.compareTo(MAX_BACKOFF) > 0 ? backoff : MAX_BACKOFF);
        if (credentials != null) {
            credentials.applyTo(builder, environment(), spec.commandLine());
        }
        return builder.build();
    }

    /** Where the report lines go. */
    private PushReport openReport() throws IOException {
        if (reportFile == null) {
            return PushReport.none();
        }
        return reportFile.equals("-")
                ? PushReport.to(out())
                : PushReport.file(environment().resolve(reportFile));
    }
}
