package org.tpidoc.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.SessionValidator;
import org.tpidoc.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tpidoc validate FILE... [--json]}: the findings of the clinical rules (DESIGN §5) for every
 * session in the files, in input order. As text, a verdict line per session and one line per finding;
 * with {@code --json}, one object per session and line: {@code {"session": "<id>", "valid": true|false,
 * "findings": [...]}}.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Findings of the clinical rules for every session in the files.",
            "Exit 1 when a session has an error finding, 2 when a file cannot be read."
        })
public final class ValidateCommand extends CliCommand {

    @Parameters(
            arity = "1..*",
            paramLabel = "FILE",
            description = "Session files (one object, an array or NDJSON); - for standard input.")
    List<String> files = List.of();

    @Option(
            names = "--json",
            description = "One JSON object per session and line: {\"session\", \"valid\", \"findings\"}.")
    boolean json;

    /** A validate command; picocli makes one per run. */
    public ValidateCommand() {}

    /**
     * Validates every session of every file.
     *
     * @return 0 when all are valid, 1 when one has an error finding, 2 when a file cannot be read
     */
    @Override
    public Integer call() throws IOException {
        SessionValidator validator = SessionValidator.standard();
        SessionInputs inputs = inputs();
        PrintWriter out = out();
        int exitCode = ExitCodes.OK;
        int[] counts = new int[2]; // sessions, invalid sessions
        for (String file : files) {
            String label = SessionInputs.label(file);
            int read = inputs.forEach(file, session -> {
                ValidationReport report = validator.validate(session);
                counts[0]++;
                if (!report.isValid()) {
                    counts[1]++;
                }
                if (json) {
                    out.println(MachineForms.validation(session.id(), report));
                } else {
                    out.println(Reports.session(label, session.id()) + ": " + Reports.verdict(report));
                    for (Finding finding : Reports.notable(report)) {
                        out.println("  " + Reports.finding(finding));
                    }
                }
            });
            exitCode = ExitCodes.worst(exitCode, read);
        }
        if (!json) {
            out.println(Reports.count(counts[0], "session") + ": " + (counts[0] - counts[1]) + " valid, " + counts[1]
                    + " not valid");
        }
        out.flush();
        return ExitCodes.worst(exitCode, counts[1] > 0 ? ExitCodes.FAILED : ExitCodes.OK);
    }
}
