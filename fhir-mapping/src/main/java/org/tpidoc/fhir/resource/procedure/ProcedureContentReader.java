package org.tpidoc.fhir.resource.procedure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.StringType;
import org.jspecify.annotations.Nullable;
import org.tpidoc.catalog.Complication;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.ExtensionReader;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.FollowUp;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.Needle;
import org.tpidoc.terminology.Concept;

/**
 * The clinical content of a {@code Procedure}: indications ({@code reasonCode}, or the code of a
 * {@code Condition} in {@code reasonReference}), complications, follow-up, note and needle. The inverse of
 * the second half of {@link ProcedureMapper}.
 */
public final class ProcedureContentReader {

    private static final Set<String> REASONS =
            Set.of("Condition", "Observation", "Procedure", "DiagnosticReport", "DocumentReference");

    private ProcedureContentReader() {}

    /** Reads indications, complications, follow-up, note and needle into {@code session}. */
    public static void read(ReadContext context, InjectionSession.Builder session) {
        Located at = context.procedure();
        Procedure procedure = (Procedure) at.resource();
        List<Concept> indications = new ArrayList<>();
        for (int i = 0; i < procedure.getReasonCode().size(); i++) {
            indications.addAll(indications(context, procedure.getReasonCode().get(i), at.at("reasonCode", i)));
        }
        for (int i = 0; i < procedure.getReasonReference().size(); i++) {
            String path = at.at("reasonReference", i);
            context.follow(at, procedure.getReasonReference().get(i), path, REASONS, true)
                    .ifPresent(reason -> {
                        if (reason.resource() instanceof Condition condition && condition.hasCode()) {
                            context.use(reason);
                            indications.addAll(indications(context, condition.getCode(), reason.at("code")));
                        } else {
                            context.findings()
                                    .add(
                                            ImportCode.UNMAPPED_ELEMENT,
                                            path,
                                            "only a Condition's code can become an indication");
                        }
                    });
        }
        session.indications(indications);
        List<String> complications = new ArrayList<>();
        for (int i = 0; i < procedure.getComplication().size(); i++) {
            complication(context, procedure.getComplication().get(i), at.at("complication", i))
                    .ifPresent(complications::add);
        }
        session.complications(complications);
        for (int i = 0; i < procedure.getFollowUp().size(); i++) {
            if (i == 0) {
                session.followUp(followUp(context, procedure.getFollowUp().get(0), at.at("followUp", 0))
                        .orElse(null));
            } else {
                context.findings()
                        .add(ImportCode.UNMAPPED_ELEMENT, at.at("followUp", i), "a session records one follow-up plan");
            }
        }
        session.note(note(context, at, procedure.getNote()));
        for (int i = 0; i < procedure.getUsedCode().size(); i++) {
            Optional<Needle> needle = needle(context, procedure.getUsedCode().get(i), at.at("usedCode", i));
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

    private static List<Concept> indications(ReadContext context, CodeableConcept reason, String path) {
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

    private static Optional<String> complication(ReadContext context, CodeableConcept given, String path) {
        Optional<String> own = CodeReader.own(context, OwnCodes.COMPLICATION, given);
        if (own.isPresent()) {
            return own;
        }
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

    private static Optional<FollowUp> followUp(ReadContext context, CodeableConcept plan, String path) {
        Extension recorded = plan.getExtensionByUrl(context.extension(Extensions.FOLLOW_UP));
        if (recorded != null) {
            Integer afterDays = ExtensionReader.value(recorded, "afterDays", IntegerType.class)
                    .map(IntegerType::getValue)
                    .orElse(null);
            String words = ExtensionReader.value(recorded, "text", StringType.class)
                    .map(StringType::getValue)
                    .orElse(null);
            return context.attempt(path, () -> new FollowUp(afterDays, words));
        }
        String words = CodeReader.words(plan).stream().findFirst().orElse(null);
        return words == null ? Optional.empty() : context.attempt(path, () -> new FollowUp(null, words));
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

    private static Optional<Needle> needle(ReadContext context, CodeableConcept used, String path) {
        Extension needle = used.getExtensionByUrl(context.extension(Extensions.NEEDLE));
        if (needle == null) {
            return Optional.empty();
        }
        Optional<IntegerType> gauge =
                ExtensionReader.value(needle, "gauge", IntegerType.class).filter(IntegerType::hasValue);
        Optional<DecimalType> length =
                ExtensionReader.value(needle, "lengthMm", DecimalType.class).filter(DecimalType::hasValue);
        if (gauge.isEmpty() || length.isEmpty()) {
            context.findings().add(ImportCode.INVALID_VALUE, path, "a needle needs a gauge and a length in mm");
            return Optional.empty();
        }
        return context.attempt(
                path, () -> new Needle(gauge.get().getValue(), length.get().getValue()));
    }
}
