package org.tpidoc.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.UUID;
import org.tpidoc.billing.BillingSummary;
import org.tpidoc.billing.ChargeLine;
import org.tpidoc.fhir.SendResult;
import org.tpidoc.terminology.Concept;
import org.tpidoc.validation.Finding;
import org.tpidoc.validation.ValidationReport;

/**
 * The machine forms of DESIGN §9, one compact JSON object per session and line, written with Jackson:
 *
 * <ul>
 *   <li>{@code validate --json}: {@code {"session": "<id>", "valid": true|false, "findings":
 *       [{"severity", "code", "path", "message"}]}};
 *   <li>{@code billing --json}: {@code {"session": "<id>", "lines": [{"system", "code", "units",
 *       "modifiers", "description"}], "diagnoses": [{"system", "code", "display"}], "findings":
 *       [{"severity", "code", "path", "message"}]}}: the charge lines, the ICD-10-CM diagnoses they point
 *       to ({@code display} only when known) and the billing findings;
 *   <li>{@code push --report}: {@code {"session": "<id>", "outcome": "accepted"|"rejected"|"unreachable"|
 *       "refused"|"built"|"not-sent", "attempts": n, "httpStatus": n, "entries": [{"status", "location"}],
 *       "issues": [{"severity", "code", "path", "message"}]}}: the server's answer per entry and its issues, or
 *       for a refused session its error findings.
 * </ul>
 */
final class MachineForms {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private MachineForms() {}

    /** The {@code validate --json} line of one session (no trailing newline). */
    static String validation(UUID session, ValidationReport report) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("session", session.toString());
        line.put("valid", report.isValid());
        putFindings(line.putArray("findings"), report.findings());
        return write(line);
    }

    /** The {@code billing --json} line of one session (no trailing newline). */
    static String billing(UUID session, BillingSummary summary) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("session", session.toString());
        ArrayNode lines = line.putArray("lines");
        for (ChargeLine charge : summary.lines()) {
            ObjectNode node = lines.addObject()
                    .put("system", charge.system())
                    .put("code", charge.code())
                    .put("units", charge.units());
            ArrayNode modifiers = node.putArray("modifiers");
            charge.modifiers().forEach(modifiers::add);
            node.put("description", charge.description());
        }
        ArrayNode diagnoses = line.putArray("diagnoses");
        for (Concept diagnosis : summary.diagnoses()) {
            ObjectNode node =
                    diagnoses.addObject().put("system", diagnosis.system()).put("code", diagnosis.code());
            if (diagnosis.display() != null) {
                node.put("display", diagnosis.display());
            }
        }
        putFindings(line.putArray("findings"), summary.findings());
        return write(line);
    }

    /** The {@code push --report} line of one session (no trailing newline). */
    static String delivery(Delivery delivery) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("session", delivery.session().toString());
        line.put("outcome", delivery.outcome().code());
        SendResult sent = delivery.sent();
        line.put("attempts", sent == null ? 0 : sent.attempts());
        line.put("httpStatus", sent == null ? 0 : sent.httpStatus());
        ArrayNode entries = line.putArray("entries");
        List<Finding> issues = sent == null ? delivery.errors() : sent.issues();
        if (sent != null) {
            for (SendResult.Entry entry : sent.entries()) {
                ObjectNode node = entries.addObject().put("status", entry.status());
                entry.locationIfAny().ifPresent(location -> node.put("location", location));
            }
        }
        putFindings(line.putArray("issues"), issues);
        return write(line);
    }

    private static void putFindings(ArrayNode array, List<Finding> findings) {
        for (Finding finding : findings) {
            array.addObject()
                    .put("severity", finding.severity().code())
                    .put("code", finding.code())
                    .put("path", finding.path())
                    .put("message", finding.message());
        }
    }

    private static String write(ObjectNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JSON tree", e);
        }
    }
}
