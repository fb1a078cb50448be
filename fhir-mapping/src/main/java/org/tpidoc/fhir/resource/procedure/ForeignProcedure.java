package org.tpidoc.fhir.resource.procedure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.tpidoc.catalog.Complication;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.ReferenceTargets;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.session.Technique;
import org.tpidoc.terminology.Concept;

/**
 * The best-effort reading of another system's {@code Procedure}, where ours would carry an identifier, a
 * code or an extension: indications from the {@code Condition}s it refers to, the session id derived from
 * the Procedure's identity, a status a session has no
 * value for approximated, the technique told from the words of the code or the medications given, a
 * complication recognised from its words, a follow-up plan kept as words. Each guess is reported.
 */
final class ForeignProcedure {

    private static final Set<String> REASONS = ReferenceTargets.of("Procedure", "reasonReference");

    private ForeignProcedure() {}

    /** The indications of the {@code Condition}s in {@code reasonReference} (our export writes codes only). */
    static List<Concept> indications(ReadContext context, Located at, Procedure procedure) {
        List<Concept> indications = new ArrayList<>();
        for (int i = 0; i < procedure.getReasonReference().size(); i++) {
            String path = at.at("reasonReference", i);
            context.follow(at, procedure.getReasonReference().get(i), path, REASONS, true)
                    .ifPresent(reason -> {
                        if (reason.resource() instanceof Condition condition && condition.hasCode()) {
                            context.use(reason);
                            indications.addAll(
                                    ProcedureContent.indications(context, condition.getCode(), reason.at("code")));
                        } else {
                            context.findings()
                                    .add(
                                            ImportCode.UNMAPPED_ELEMENT,
                                            path,
                                            "only a Condition's code can become an indication");
                        }
                    });
        }
        return indications;
    }

    /** A session id derived from the Procedure's first identifier, else its full URL or id (reported). */
    static UUID derivedId(ReadContext context, Located at, Procedure procedure) {
        String identity = procedure.getIdentifier().stream()
                .filter(i -> i.hasSystem() && i.hasValue())
                .map(i -> "identifier:" + i.getSystem() + "|" + i.getValue())
                .findFirst()
                .orElseGet(() -> at.fullUrl() != null ? "fullUrl:" + at.fullUrl() : "id:" + at.type() + "/" + at.id());
        context.findings()
                .add(
                        ImportCode.ID_GENERATED,
                        at.at("identifier"),
                        "no session identifier in " + context.options().identifierSystem()
                                + "; the session id is derived from the Procedure's identity");
        return UUID.nameUUIDFromBytes(("tpidoc-import/" + identity).getBytes(StandardCharsets.UTF_8));
    }

    /** The session status of a {@code Procedure.status}; one a session has no value for is approximated (reported). */
    static SessionStatus status(ReadContext context, Located at, ProcedureStatus status) {
        SessionStatus mapped =
                switch (status) {
                    case COMPLETED -> SessionStatus.COMPLETED;
                    case INPROGRESS, PREPARATION, ONHOLD -> SessionStatus.IN_PROGRESS;
                    case NOTDONE, STOPPED -> SessionStatus.ABORTED;
                    default -> SessionStatus.ENTERED_IN_ERROR;
                };
        if (status == ProcedureStatus.PREPARATION
                || status == ProcedureStatus.ONHOLD
                || status == ProcedureStatus.STOPPED) {
            context.findings()
                    .add(
                            ImportCode.STATUS_APPROXIMATED,
                            at.at("status"),
                            "status '" + status.toCode() + "' recorded as session status '" + mapped.code() + "'");
        }
        return mapped;
    }

    /**
     * The technique when no code tells it: the words of the code's text, else an injection when medications
     * were administered as part of the procedure (each reported); empty (reported) when nothing tells it.
     */
    static Optional<Technique> technique(ReadContext context, CodeableConcept code, String path) {
        Optional<Technique> worded = code.hasText() ? words(code.getText()) : Optional.empty();
        if (worded.isPresent()) {
            context.findings()
                    .add(
                            ImportCode.TECHNIQUE_INFERRED,
                            path,
                            "technique '" + worded.get().code() + "' read from the text, not from a code");
            return worded;
        }
        if (!context.members("MedicationAdministration").isEmpty()) {
            context.findings()
                    .add(
                            ImportCode.UNKNOWN_PROCEDURE_CODE,
                            path,
                            "no trigger point injection or dry needling code; read as an injection because medications"
                                    + " were administered as part of it");
            return Optional.of(Technique.INJECTION);
        }
        context.findings()
                .add(
                        ImportCode.UNKNOWN_PROCEDURE_CODE_NO_TECHNIQUE,
                        path,
                        "not coded as trigger point injection or dry needling (our code, CPT 20552, 20553, 20560,"
                                + " 20561) and nothing else tells the technique");
        return Optional.empty();
    }

    private static Optional<Technique> words(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('-', ' ');
        if (lower.contains("dry needling")) {
            return Optional.of(Technique.DRY_NEEDLING);
        }
        return lower.contains("trigger point") && lower.contains("inject")
                ? Optional.of(Technique.INJECTION)
                : Optional.empty();
    }

    /** The catalogue complication a concept names in words (reported); empty (reported) when none. */
    static Optional<String> complication(ReadContext context, CodeableConcept given, String path) {
        for (String word : CodeReader.words(given)) {
            for (Complication known : context.catalog().complications()) {
                if (word.strip().equalsIgnoreCase(known.name()) || word.strip().equalsIgnoreCase(known.slug())) {
                    context.findings()
                            .add(
                                    ImportCode.COMPLICATION_FROM_TEXT,
                                    path,
                                    "complication '" + known.slug() + "' recognised from its words");
                    return Optional.of(known.slug());
                }
            }
        }
        context.findings()
                .add(ImportCode.UNMAPPED_ELEMENT, path, "a complication not in the catalogue is not carried over");
        return Optional.empty();
    }

    /** A follow-up plan without our extension: its first words, if any. */
    static Optional<FollowUp> followUp(ReadContext context, CodeableConcept plan, String path) {
        List<String> words = CodeReader.words(plan);
        return words.isEmpty() ? Optional.empty() : context.attempt(path, () -> new FollowUp(null, words.get(0)));
    }
}
