package org.tpidoc.examples.cli;

import ca.uhn.fhir.parser.IParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.hl7.fhir.r4.model.Bundle;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.NdjsonBulkWriter;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.fhir.api.Fhir;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.SessionValidator;
import org.tpidoc.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code tpidoc export --in FILE [--out PATH] [--bundle transaction|collection|document] [--ndjson DIR]
 * [--allow-invalid] [--quiet]}: sessions to FHIR R4.
 *
 * <p>A session with an error finding must not be exported as final (DESIGN §5): it is refused, each of
 * its error findings named on stderr with the session id, and the run exits 1; the other sessions are
 * exported. {@code --allow-invalid} exports it anyway (a note on stderr says so).
 *
 * <p>Without {@code --ndjson}, each session becomes one bundle of the chosen kind, written to PATH or
 * stdout: one session gives one pretty-printed bundle, several give one compact bundle per line
 * (NDJSON). With {@code --ndjson DIR}, the sessions are streamed, one at a time in bounded memory, into
 * FHIR bulk data files (one NDJSON file per resource type and a manifest), with progress on stderr.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Sessions to FHIR R4: a bundle per session, or bulk NDJSON files with --ndjson.",
            "Sessions with error findings are refused (named on stderr, exit 1) unless --allow-invalid."
        })
public final class ExportCommand extends CliCommand {

    @Mixin
    SessionFileOption input = new SessionFileOption();

    @Option(
            names = "--out",
            paramLabel = "PATH",
            description = "File for the bundle(s) (replaced if it exists); default: standard output.")
    @Nullable
    String outFile;

    @Option(names = "--bundle", paramLabel = "KIND", description = "transaction (default), collection or document.")
    @Nullable
    String bundle;

    @Option(
            names = "--ndjson",
            paramLabel = "DIR",
            description = "Stream into FHIR bulk data files in DIR: one NDJSON file per resource type and a manifest.")
    @Nullable
    String ndjsonDirectory;

    @Option(names = "--allow-invalid", description = "Export sessions with error findings too.")
    boolean allowInvalid;

    @Mixin
    QuietOption quietOption = new QuietOption();

    /** An export command; picocli makes one per run. */
    public ExportCommand() {}

    /**
     * Exports the sessions of the file.
     *
     * @return 0 when every session is exported, 1 when one is refused or cannot be mapped, 2 when the file
     *     cannot be read, the output cannot be written or the options conflict
     */
    @Override
    public Integer call() throws IOException {
        if (ndjsonDirectory != null && (outFile != null || bundle != null)) {
            throw new ParameterException(
                    spec.commandLine(), "--ndjson writes bulk files: it takes no --out or --bundle");
        }
        BundleKind kind = bundle == null ? BundleKind.TRANSACTION : choice("--bundle", bundle, BundleKind.class);
        return ndjsonDirectory == null ? exportBundles(kind) : exportBulk(ndjsonDirectory);
    }

    /** One bundle per session, to --out or stdout. */
    private int exportBundles(BundleKind kind) throws IOException {
        FhirExporter exporter = FhirExporter.standard();
        Gate gate = new Gate();
        BundleOutput output = new BundleOutput();
        int read;
        try {
            read = inputs().forEach(input.file, session -> {
                if (gate.admits(session)) {
                    Bundle bundleOfSession = gate.map(session, s -> exporter.toBundle(s, kind));
                    if (bundleOfSession != null) {
                        output.add(bundleOfSession);
                    }
                }
            });
            output.finish();
        } catch (IOException e) {
            return cannotWrite(outFile == null ? "<stdout>" : outFile, e);
        }
        if (outFile != null && output.count > 0) {
            out().println("Wrote " + Reports.count(output.count, kind.name().toLowerCase(Locale.ROOT) + " bundle")
                    + " to " + environment().resolve(outFile).normalize());
            out().flush();
        }
        return ExitCodes.worst(read, gate.exitCode());
    }

    /** Bulk NDJSON files, streamed one session at a time, with progress on stderr. */
    private int exportBulk(String directory) throws IOException {
        Path target = environment().resolve(directory).normalize();
        Gate gate = new Gate();
        NdjsonBulkWriter writer;
        try {
            writer = NdjsonBulkWriter.open(target, FhirExporter.standard());
        } catch (IOException e) {
            return cannotWrite(directory, e);
        }
        int read;
        try (Progress progress =
                Progress.start("export", -1, quietOption.quiet, environment().terminal(), err())) {
            try {
                read = inputs().forEach(input.file, session -> {
                    if (gate.admits(session)) {
                        gate.map(session, s -> {
                            writer.write(s);
                            return s;
                        });
                    }
                    progress.step();
                });
            } finally {
                writer.close();
            }
        } catch (IOException e) {
            return cannotWrite(directory, e);
        }
        PrintWriter out = out();
        out.println("Wrote " + Reports.count(writer.sessions(), "session") + " to " + target + ":");
        writer.counts()
                .forEach((type, count) ->
                        out.println("  " + NdjsonBulkWriter.fileName(type) + "  " + Reports.count(count, "resource")));
        out.println("  " + NdjsonBulkWriter.MANIFEST);
        out.flush();
        return ExitCodes.worst(read, gate.exitCode());
    }

    /** The mapping of a session, which may fail for an invalid session let through. */
    @FunctionalInterface
    interface Mapping<T> {
        /**
         * Maps the session (and may write the result).
         *
         * @throws IOException if writing the result fails
         */
        T apply(InjectionSession session) throws IOException;
    }

    /**
     * Decides which sessions are exported: refuses those with error findings (unless --allow-invalid),
     * reporting each finding on stderr, and counts what was refused or failed.
     */
    final class Gate {
        private final SessionValidator validator = SessionValidator.standard();
        private final String label = SessionInputs.label(input.file);
        private long refused;
        private long failed;

        /** Whether {@code session} may be exported; reports why not on stderr. */
        boolean admits(InjectionSession session) {
            ValidationReport report = validator.validate(session);
            if (report.isValid()) {
                return true;
            }
            if (allowInvalid) {
                err().println(Reports.session(label, session.id()) + ": exported despite "
                        + Reports.count(report.errors().size(), "error finding") + " (--allow-invalid)");
                return true;
            }
            for (Finding finding : report.errors()) {
                err().println(Reports.session(label, session.id()) + ": refused: " + Reports.finding(finding));
            }
            refused++;
            return false;
        }

        /** The mapping of {@code session}, or {@code null} after reporting that it could not be mapped. */
        <T> @Nullable T map(InjectionSession session, Mapping<T> mapping) throws IOException {
            try {
                return mapping.apply(session);
            } catch (RuntimeException e) {
                // Only a session let through with --allow-invalid can fail to map (an unknown slug).
                err().println(Reports.session(label, session.id()) + ": cannot be mapped to FHIR: " + e.getMessage());
                failed++;
                return null;
            }
        }

        /** 1 when a session was refused or failed, else 0; and a summary on stderr. */
        int exitCode() {
            if (refused > 0) {
                err().println("export: refused " + Reports.count(refused, "session")
                        + " with error findings; fix them, or export anyway with --allow-invalid");
            }
            return refused + failed > 0 ? ExitCodes.FAILED : ExitCodes.OK;
        }
    }

    /**
     * Writes bundles to --out or stdout: a single bundle pretty-printed, several one compact bundle a line.
     * Holds back the first bundle until it knows whether a second follows; opens the file only when there
     * is something to write.
     */
    private final class BundleOutput {
        private @Nullable Bundle first;
        private @Nullable Writer writer;
        private long count;

        void add(Bundle next) throws IOException {
            count++;
            if (count == 1) {
                first = next;
                return;
            }
            IParser compact = Fhir.context().newJsonParser();
            if (first != null) {
                writeLine(compact.encodeResourceToString(first));
                first = null;
            }
            writeLine(compact.encodeResourceToString(next));
        }

        void finish() throws IOException {
            if (first != null) {
                writeLine(Fhir.context().newJsonParser().setPrettyPrint(true).encodeResourceToString(first));
            }
            if (writer != null) {
                writer.flush();
                if (outFile != null) {
                    writer.close();
                }
            }
        }

        private void writeLine(String json) throws IOException {
            Writer target = writer;
            if (target == null) {
                target = outFile == null
                        ? out()
                        : new BufferedWriter(
                                new OutputStreamWriter(create(environment().resolve(outFile)), StandardCharsets.UTF_8));
                writer = target;
            }
            target.write(json);
            target.write('\n');
        }
    }
}
