package org.tpidoc.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.stream.Collectors;
import org.tpidoc.billing.BillingCalculator;
import org.tpidoc.billing.BillingSummary;
import org.tpidoc.billing.ChargeLine;
import org.tpidoc.terminology.CodeSystems;
import org.tpidoc.validation.Finding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code tpidoc billing --in FILE [--json]}: the charge lines derived from each session (DESIGN §6):
 * the CPT procedure code, ultrasound guidance, and HCPCS drug lines with billing units and modifiers.
 * As text, a block per session with its lines, diagnoses and billing warnings; with {@code --json}, one
 * object per session and line: {@code {"session": "<id>", "lines": [...], "diagnoses": [...], "findings":
 * [...]}} ({@link MachineForms}). Billing describes what the record says; it does not judge it ({@code validate} does), so it
 * exits 0 for any readable input.
 */
@Command(
        name = "billing",
        mixinStandardHelpOptions = true,
        description = {"Charge lines derived from each session: CPT procedure codes and HCPCS drug lines."})
public final class BillingCommand extends CliCommand {

    @Mixin
    SessionFileOption input = new SessionFileOption();

    @Option(
            names = "--json",
            description =
                    "One JSON object per session and line: {\"session\", \"lines\", \"diagnoses\", \"findings\"}.")
    boolean json;

    /** A billing command; picocli makes one per run. */
    public BillingCommand() {}

    /**
     * Bills every session of the file.
     *
     * @return 0, or 2 when the file cannot be read
     */
    @Override
    public Integer call() throws IOException {
        BillingCalculator calculator = BillingCalculator.standard();
        PrintWriter out = out();
        String label = SessionInputs.label(input.file);
        int exitCode = inputs().forEach(input.file, session -> {
            BillingSummary summary = calculator.bill(session);
            if (json) {
                out.println(MachineForms.billing(session.id(), summary));
                return;
            }
            out.println(Reports.session(label, session.id()));
            if (summary.isEmpty()) {
                out.println("  nothing to bill");
            }
            for (ChargeLine line : summary.lines()) {
                out.println(chargeLine(line));
            }
            if (!summary.diagnoses().isEmpty()) {
                out.println("  diagnoses (ICD-10-CM): "
                        + summary.diagnoses().stream()
                                .map(d -> d.display() == null ? d.code() : d.code() + " " + d.display())
                                .collect(Collectors.joining("; ")));
            }
            for (Finding finding : summary.findings()) {
                out.println("  " + Reports.finding(finding));
            }
        });
        out.flush();
        return exitCode;
    }

    /** {@code   CPT    20553     x 1   description} or {@code   HCPCS  J0585 JW  x 40  description}. */
    private static String chargeLine(ChargeLine line) {
        String system = line.system().equals(CodeSystems.CPT) ? "CPT" : "HCPCS";
        String code = line.code() + (line.modifiers().isEmpty() ? "" : " " + String.join(" ", line.modifiers()));
        return String.format(Locale.ROOT, "  %-6s %-9s x %-4d %s", system, code, line.units(), line.description());
    }
}
