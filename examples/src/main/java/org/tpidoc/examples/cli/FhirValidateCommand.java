package org.tpidoc.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.FhirValidation;
import org.tpidoc.fhir.FhirValidationResult;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tpidoc fhir-validate FILE... [--errors-only]}: validates FHIR R4 resources (a bundle is
 * validated with every entry) offline with HAPI's instance validator ({@link FhirValidation}): no
 * terminology server, never the network. A file holds one resource as JSON or XML, or NDJSON (one JSON
 * resource a line, as {@code export --ndjson} writes; each line is validated on its own, in bounded
 * memory). Prints a verdict per resource and its errors and warnings.
 */
@Command(
        name = "fhir-validate",
        mixinStandardHelpOptions = true,
        description = {
            "Validates FHIR R4 JSON (or XML, or NDJSON) files offline with the HAPI instance validator, strictly:"
                    + " against our profiles (meta.profile) and extension definitions (tpidoc fhir-package).",
            "Exit 1 when a resource has an error, 2 when a file cannot be read or is not JSON/XML."
        })
public final class FhirValidateCommand extends CliCommand {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "FHIR resource files (JSON, XML or NDJSON); - for standard input.")
    List<String> files = List.of();

    /**
     * HAPI's message ids for a code from a code system that cannot be checked offline (SNOMED CT, RxNorm,
     * ICD-10-CM, CPT, HCPCS, our own): expected for every export, so counted rather than listed.
     */
    static final Set<String> OFFLINE_TERMINOLOGY =
            Set.of("Terminology_PassThrough_TX_Message", "Terminology_TX_System_Unknown");

    @Option(names = "--errors-only", description = "List errors only, not warnings.")
    boolean errorsOnly;

    @Option(
            names = "--all",
            description = "Also list the warnings about codes that cannot be checked offline (counted otherwise).")
    boolean all;

    /** A fhir-validate command; picocli makes one per run. */
    public FhirValidateCommand() {}

    /**
     * Validates every file.
     *
     * @return 0 when no resource has an error, 1 when one has, 2 when a file cannot be read
     */
    @Override
    public Integer call() {
        SessionInputs inputs = inputs();
        int exitCode = ExitCodes.OK;
        for (String file : files) {
            String label = SessionInputs.label(file);
            try (InputStream in = inputs.open(file)) {
                exitCode = ExitCodes.worst(exitCode, validate(label, in));
            } catch (IOException e) {
                exitCode = ExitCodes.worst(exitCode, inputs.unreadable(label, e));
            }
        }
        out().flush();
        return exitCode;
    }

    /**
     * Validates one input: NDJSON when its first line already holds a whole JSON value and another line
     * follows (each line validated on its own), else a single resource.
     */
    private int validate(String label, InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        StringBuilder head = new StringBuilder();
        long[] lineNumber = {0};
        String first = nextNonBlank(reader, head, lineNumber);
        long firstNumber = lineNumber[0];
        if (first == null) {
            err().println(label + ": empty: expected a FHIR resource");
            return ExitCodes.UNREADABLE;
        }
        String second = nextNonBlank(reader, head, lineNumber);
        boolean ndjson = second != null && first.stripLeading().startsWith("{") && notJsonProblem(first) == null;
        if (!ndjson) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                head.append(line).append('\n');
            }
            return validateText(label, head.toString());
        }
        int exitCode = validateText(label + " line " + firstNumber, first);
        for (String line = second; line != null; line = nextNonBlank(reader, null, lineNumber)) {
            exitCode = ExitCodes.worst(exitCode, validateText(label + " line " + lineNumber[0], line));
        }
        return exitCode;
    }

    /** The next non-blank line (counting lines in {@code lineNumber[0]}, keeping them in {@code kept}), or null at the end. */
    private static @Nullable String nextNonBlank(BufferedReader reader, @Nullable StringBuilder kept, long[] lineNumber)
            throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber[0]++;
            if (kept != null) {
                kept.append(line).append('\n');
            }
            if (!line.isBlank()) {
                return line;
            }
        }
        return null;
    }

    /** Validates one resource's text and prints its verdict and issues. */
    private int validateText(String label, String text) {
        if (!text.stripLeading().startsWith("<")) {
            String problem = notJsonProblem(text);
            if (problem != null) {
                err().println(label + ": not a FHIR JSON or XML resource: " + problem);
                return ExitCodes.UNREADABLE;
            }
        }
        FhirValidationResult result = FhirValidation.shared().validate(text);
        PrintWriter out = out();
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        String warningCount = Reports.count(warnings, "warning");
        out.println(label + ": "
                + (errors > 0
                        ? "NOT VALID: " + Reports.count(errors, "error") + ", " + warningCount
                        : "valid, " + warningCount));
        long unchecked = 0;
        for (Finding issue : result.issues()) {
            boolean offline = issue.severity() == Severity.WARNING && OFFLINE_TERMINOLOGY.contains(issue.code());
            unchecked += offline ? 1 : 0;
            if (issue.isError() || (!errorsOnly && issue.severity() == Severity.WARNING && (all || !offline))) {
                out.println("  " + issue.severity().code() + " " + issue.path() + ": " + issue.message() + " ["
                        + issue.code() + "]");
            }
        }
        if (unchecked > 0 && !all && !errorsOnly) {
            out.println("  (" + Reports.count(unchecked, "warning") + " about codes that cannot be checked offline;"
                    + " --all lists them)");
        }
        return errors > 0 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    /** Why {@code text} is not one JSON object (with the line and column, never quoting it), or null when it is. */
    private static @Nullable String notJsonProblem(String text) {
        try (JsonParser parser = JSON.createParser(text)) {
            try {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    return "expected a JSON object";
                }
                parser.skipChildren();
                if (parser.nextToken() != null) {
                    return "line " + parser.currentLocation().getLineNr() + ": more than one JSON value";
                }
                return null;
            } catch (JsonProcessingException e) {
                JsonLocation at = e.getLocation();
                return at == null
                        ? "malformed JSON"
                        : "line " + at.getLineNr() + ", column " + at.getColumnNr() + ": malformed JSON";
            }
        } catch (IOException e) {
            return "malformed JSON";
        }
    }
}
