package org.tpidoc.examples.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code tpidoc} command (DESIGN §9): documents, validates, bills, renders and exchanges trigger
 * point injection sessions from the command line. Run {@code java -jar tpidoc.jar --help}.
 *
 * <p>Exit codes ({@link ExitCodes}): 0 success; 1 the input was read but fails (error findings,
 * refused sessions, FHIR validation errors, sessions a FHIR server rejected); 2 the input could not be
 * read, the FHIR server is unreachable, or the arguments are wrong. In a program or a test, run it as {@code new CommandLine(new TpidocCommand(environment))
 * .setOut(out).setErr(err).execute(args)}: nothing but {@link #main} exits the JVM.
 */
@Command(
        name = "tpidoc",
        // INHERIT: every subcommand gets --help, --version and this version provider (and the exit codes footer)
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Documents trigger point injection sessions and exchanges them as HL7 FHIR R4.",
        subcommands = {
            DemoCommand.class,
            ValidateCommand.class,
            ExportCommand.class,
            ImportCommand.class,
            NoteCommand.class,
            BillingCommand.class,
            GenerateCommand.class,
            FhirValidateCommand.class,
            FhirPackageCommand.class,
            PushCommand.class,
            CatalogCommand.class,
            HelpCommand.class,
            CompletionCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  the input was read but fails (error findings, FHIR validation errors, sessions the server rejected)",
            "  2  the input could not be read, the FHIR server is unreachable, or the arguments are wrong",
            "",
            "Input files may be - for standard input; a file may hold one session, an array or NDJSON."
        })
public final class TpidocCommand implements Callable<Integer> {

    private final CliEnvironment environment;

    @Spec
    CommandSpec spec;

    /** The command in the real process: standard input, stderr as terminal when there is a console. */
    public TpidocCommand() {
        this(CliEnvironment.system());
    }

    /** The command in {@code environment} (a test's standard input, terminal and working directory). */
    public TpidocCommand(CliEnvironment environment) {
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** Runs {@code tpidoc} with {@code args}, UTF-8 on stdout and stderr, and exits with its exit code. */
    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int exitCode =
                new CommandLine(new TpidocCommand()).setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** The process the subcommands run in. */
    public CliEnvironment environment() {
        return environment;
    }

    /**
     * Without a subcommand: a usage error (exit 2) that lists the subcommands.
     *
     * @throws ParameterException always
     */
    @Override
    public Integer call() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing a command: one of " + spec.subcommands().keySet());
    }
}
