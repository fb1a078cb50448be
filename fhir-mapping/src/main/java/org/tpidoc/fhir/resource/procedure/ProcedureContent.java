package org.tpidoc.fhir.resource.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Procedure;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Complication;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Needle;
import org.tpidoc.session.SessionStatus;
import org.tpidoc.terminology.Concept;

/**
 * The clinical content of a {@code Procedure}, both directions: indications ({@code reasonCode}; another
 * system's {@code reasonReference} is read by {@link ForeignProcedure#indications}), the outcome in words (written only: it
 * restates tolerance, pain and complications), complications (our {@code complication} code, else words),
 * the follow-up plan ({@link FollowUpExtension}), the note and the needle ({@link NeedleExtension}).
 */
final class ProcedureContent {

    private ProcedureContent() {}

    /** Sets indications, outcome, complications, follow-up, note and needle. */
    static void toFhir(MappingContext context, Procedure procedure) {
        InjectionSession session = context.session();
        session.indications().forEach(indication -> procedure.addReasonCode(Concepts.codeable(indication)));
        outcome(context).ifPresent(procedure::setOutcome);
        session.complications()
                .forEach(slug -> procedure.addComplication(
                        context.ownConcept(OwnCodes.COMPLICATION, slug, complicationName(context, slug))));
        if (session.followUp() != null) {
            procedure.addFollowUp(FollowUpExtension.toFhir(context, session.followUp()));
        }
        if (session.note() != null) {
            procedure.addNote().setText(session.note());
        }
        if (session.needle() != null) {
            procedure.addUsedCode(NeedleExtension.toFhir(context, session.needle()));
        }
    }

    /** {@code Procedure.outcome} in words: tolerance, pain before and after, complications. */
    private static Optional<CodeableConcept> outcome(MappingContext context) {
        InjectionSession session = context.session();
        List<String> parts = new ArrayList<>();
        if (session.tolerance() != null) {
            parts.add("Tolerated "
                    + switch (session.tolerance()) {
                        case WELL -> "well";
                        case FAIR -> "fairly";
                        case POOR -> "poorly";
                    });
        }
        if (session.painBefore() != null && session.painAfter() != null) {
            parts.add("pain " + session.painBefore().score() + "/10 before, "
                    + session.painAfter().score() + "/10 after");
        }
        if (!session.complications().isEmpty()) {
            parts.add("complications: "
                    + String.join(
                            ", ",
                            session.complications().stream()
                                    .map(slug -> complicationName(context, slug))
                                    .toList()));
        } else if (session.status() == SessionStatus.COMPLETED) {
            parts.add("no complications");
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(Concepts.text(String.join("; ", parts)));
    }

    private static String complicationName(MappingContext context, String slug) {
        return context.catalog().complication(slug).map(Complication::name).orElse(slug);
    }

    /** Reads indications, complications, follow-up, note and needle into {@code session}. */
    static void fromFhir(ReadContext context, InjectionSession.Builder session) {
        Located at = context.procedure();
        Procedure procedure = (Procedure) at.resource();
        session.indications(indications(context, at, procedure));
        List<String> complications = new ArrayList<>();
        for (int i = 0; i < procedure.getComplication().size(); i++) {
            String path = at.at("complication", i);
            CodeableConcept given = procedure.getComplication().get(i);
            CodeReader.own(context, OwnCodes.COMPLICATION, given)
                    .or(() -> ForeignProcedure.complication(context, given, path))
                    .ifPresent(complications::add);
        }
        session.complications(complications);
        for (int i = 0; i < procedure.getFollowUp().size(); i++) {
            if (i == 0) {
                session.followUp(FollowUpExtension.fromFhir(
                                context, procedure.getFollowUp().get(0), at.at("followUp", 0))
                        .orElse(null));
            } else {
                context.findings()
                        .add(ImportCode.UNMAPPED_ELEMENT, at.at("followUp", i), "a session records one follow-up plan");
            }
        }
        session.note(note(context, at, procedure.getNote()));
        for (int i = 0; i < procedure.getUsedCode().size(); i++) {
            Optional<Needle> needle =
                    NeedleExtension.fromFhir(context, procedure.getUsedCode().get(i), at.at("usedCode", i));
            if (needle.isPresent()) {
                session.needle(needle.get());
            } else {
                context.findings()
                        .add(
                                ImportCode.UNMAPPED_ELEMENT_NOTHING_LOST,
                                at.at("usedCode", i),
                                "a session records only the needle");
            }
        }
    }

    private static List<Concept> indications(ReadContext context, Located at, Procedure procedure) {
        List<Concept> indications = new ArrayList<>();
        for (int i = 0; i < procedure.getReasonCode().size(); i++) {
            indications.addAll(indications(context, procedure.getReasonCode().get(i), at.at("reasonCode", i)));
        }
        indications.addAll(ForeignProcedure.indications(context, at, procedure));
        return indications;
    }

    /** The coded concepts of one indication at {@code path}; none (reported) when it has no code. */
    static List<Concept> indications(ReadContext context, CodeableConcept reason, String path) {
        List<Concept> concepts = reason.getCoding().stream()
                .map(CodeReader::concept)
                .flatMap(Optional::stream)
                .toList();
        if (concepts.isEmpty()) {
            context.findings()
                    .add(ImportCode.INDICATION_NOT_CODED, path, "an indication without a code is not carried over");
        }
        return concepts;
    }

    private static @Nullable String note(ReadContext context, Located at, List<Annotation> notes) {
        List<String> texts = notes.stream()
                .filter(Annotation::hasText)
                .map(Annotation::getText)
                .filter(t -> !t.isBlank())
                .toList();
        if (texts.size() > 1 || notes.stream().anyMatch(n -> n.hasAuthor() || n.hasTime())) {
            context.findings()
                    .add(
                            ImportCode.UNMAPPED_ELEMENT_NOTHING_LOST,
                            at.at("note"),
                            "the notes are joined into one; their authors and times are not kept");
        }
        return texts.isEmpty() ? null : String.join("\n\n", texts);
    }
}
