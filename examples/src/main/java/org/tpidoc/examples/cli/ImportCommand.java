package org.tpidoc.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.FhirImporter;
import org.tpidoc.fhir.api.ImportResult;
import org.tpidoc.fhir.api.ImportedSession;
import org.tpidoc.json.SessionJson;
import org.tpidoc.json.SessionWriter;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tpidoc import --in BUNDLE [--out FILE]}: FHIR R4 back to sessions in their JSON form, with
 * findings for what could not be carried over ({@link FhirImporter}). BUNDLE is a bundle as JSON or XML
 * (a file, or {@code -} for standard input), or a directory of bulk NDJSON as {@code export --ndjson}
 * writes it. One session is written as a pretty JSON object, several as NDJSON, to FILE or stdout; the
 * findings go to stderr, one line each (warnings and errors: information is left out).
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "FHIR R4 bundle (or bulk NDJSON directory) back to session JSON, with findings for what was lost.",
            "Exit 1 when something could not be imported, 2 when the input is not a readable FHIR R4 bundle."
        })
public final class ImportCommand extends CliCommand {

    @Option(
            names = "--in",
            required = true,
            paramLabel = "BUNDLE",
            description = "FHIR bundle file (JSON or XML), - for standard input, or a bulk NDJSON directory.")
    String in = "-";

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "File for the session JSON (replaced if it exists); default: standard output.")
    @Nullable
    String outFile;

    /** An import command; picocli makes one per run. */
    public ImportCommand() {}

    /**
     * Imports the bundle.
     *
     * @return 0 when everything was imported (warnings allowed), 1 when something could not be imported, 2
     *     when the input cannot be read or the output cannot be written
     */
    @Override
    public Integer call() {
        SessionInputs inputs = inputs();
        String label = SessionInputs.label(in);
        ImportResult result;
        try {
            result = read(inputs);
        } catch (IOException e) {
            return inputs.unreadable(label, e);
        }
        report(label, result);
        if (result.rejected()) {
            return ExitCodes.UNREADABLE;
        }
        try {
            write(result.sessionList());
        } catch (IOException e) {
            return cannotWrite(outFile == null ? "<stdout>" : outFile, e);
        }
        boolean lost = result.allFindings().stream().anyMatch(Finding::isError);
        return lost ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private ImportResult read(SessionInputs inputs) throws IOException {
        FhirImporter importer = FhirImporter.standard();
        if (!in.equals("-")) {
            Path path = environment().resolve(in);
            if (Files.isDirectory(path)) {
                return importer.importNdjson(path);
            }
        }
        InputStream stream = inputs.open(in);
        try {
            return importer.importBundle(stream);
        } finally {
            if (!in.equals("-")) {
                stream.close();
            }
        }
    }

    /** The warnings and errors on stderr: the input's, then each session's, named by its id. */
    private void report(String label, ImportResult result) {
        PrintWriter err = err();
        for (Finding finding : result.findings()) {
            if (finding.needsReview()) {
                err.println(label + ": " + Reports.finding(finding));
            }
        }
        for (ImportedSession imported : result.sessions()) {
            for (Finding finding : imported.findings()) {
                if (finding.needsReview()) {
                    err.println(Reports.session(label, imported.session().id()) + ": " + Reports.finding(finding));
                }
            }
        }
        err.flush();
    }

    /** One session as a pretty object, several as NDJSON, to --out or stdout. */
    private void write(List<InjectionSession> sessions) throws IOException {
        SessionWriter writer = SessionJson.standard().writer();
        if (outFile == null) {
            PrintWriter out = out();
            if (sessions.size() == 1) {
                out.println(SessionJson.standard().writePretty(sessions.get(0)));
            } else {
                writer.writeNdjson(sessions, out);
            }
            out.flush();
            return;
        }
        Path target = environment().resolve(outFile);
        try (OutputStream file = create(target)) {
            if (sessions.size() == 1) {
                writer.pretty().write(sessions.get(0), file);
            } else {
                writer.writeNdjson(sessions, file);
            }
        }
        out().println("Wrote " + Reports.count(sessions.size(), "session") + " to " + target.normalize());
        out().flush();
    }
}
