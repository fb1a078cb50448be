package org.tpidoc.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.tpidoc.catalog.Catalog;
import org.tpidoc.examples.SampleSession;
import org.tpidoc.fhir.FhirExporter;
import org.tpidoc.fhir.api.BundleKind;
import org.tpidoc.json.SessionJson;
import org.tpidoc.note.AftercareHandout;
import org.tpidoc.note.DocumentRenderer;
import org.tpidoc.note.ProcedureNote;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.SessionValidator;
import org.tpidoc.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code tpidoc demo [--out DIR]}: documents the sample session built in code ({@link SampleSession}),
 * validates it, prints its procedure note and findings, and writes {@code session.json}, {@code
 * bundle.json} (a FHIR transaction bundle), {@code note.txt} and {@code handout.txt} to DIR. Needs no
 * input and no network.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = {
            "Documents a sample session: its JSON form, FHIR bundle, note and handout.",
            "Validates the sample session built in code, prints its procedure note and findings,",
            "and writes session.json, bundle.json, note.txt and handout.txt to DIR.",
            "Needs no input and no network."
        })
public final class DemoCommand extends CliCommand {

    /** The files written, in order. */
    static final String SESSION_FILE = "session.json";

    /** The FHIR transaction bundle. */
    static final String BUNDLE_FILE = "bundle.json";

    /** The procedure note, plain text. */
    static final String NOTE_FILE = "note.txt";

    /** The patient aftercare handout, plain text. */
    static final String HANDOUT_FILE = "handout.txt";

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "tpidoc-demo",
            description = "Directory to write the files to (created if missing; default: ${DEFAULT-VALUE}).")
    String outDirectory = "tpidoc-demo";

    /** A demo command; picocli makes one per run. */
    public DemoCommand() {}

    /**
     * Runs the demo.
     *
     * @return 0 when the sample is valid and the files are written; 2 when DIR cannot be written
     */
    @Override
    public Integer call() {
        InjectionSession session = SampleSession.neckShoulder();
        Catalog catalog = Catalog.builtIn();
        ValidationReport report = SessionValidator.standard().validate(session);
        String note = DocumentRenderer.plainText().render(ProcedureNote.of(session, catalog, report));

        Map<String, String> files = new LinkedHashMap<>();
        files.put(SESSION_FILE, SessionJson.standard().writePretty(session) + "\n");
        files.put(BUNDLE_FILE, FhirExporter.standard().toJson(session, BundleKind.TRANSACTION) + "\n");
        files.put(NOTE_FILE, note);
        files.put(
                HANDOUT_FILE,
                DocumentRenderer.plainText().render(AftercareHandout.of(session, catalog, Locale.ENGLISH)));

        Path directory = environment().resolve(outDirectory).toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> file : files.entrySet()) {
                Files.writeString(directory.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            return cannotWrite(directory, e);
        }

        PrintWriter out = out();
        out.println("tpidoc demo: a trigger point injection session documented in code (session " + session.id() + ")");
        out.println();
        out.print(note);
        out.println();
        out.println("Validation: " + Reports.verdict(report));
        for (Finding finding : report.findings()) {
            out.println("  " + Reports.finding(finding));
        }
        out.println();
        out.println("Wrote " + files.size() + " files to " + directory + ":");
        out.println("  " + SESSION_FILE + "   the session in its JSON form");
        out.println("  " + BUNDLE_FILE + "    the session as a FHIR R4 transaction bundle");
        out.println("  " + NOTE_FILE + "       the procedure note");
        out.println("  " + HANDOUT_FILE + "    the patient's aftercare handout");
        out.flush();
        return report.isValid() ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
