package org.tpidoc.fhir.resource.observation;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.Narratives;
import org.tpidoc.fhir.datatype.Times;
import org.tpidoc.fhir.datatype.Unmapped;
import org.tpidoc.fhir.kernel.Concepts;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.Profiles;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.PainScore;

/**
 * A pain score as an {@code Observation}, both directions: LOINC 72514-3, an integer 0–10, category survey,
 * before or after the procedure by our {@code assessment-timing} extension.
 */
final class PainScores {

    private static final Set<String> READ = Set.of(
            "status", "category", "code", "subject", "encounter", "effective[x]", "value[x]", "partOf", "performer");
    private static final Set<String> ADMINISTRATIVE = Set.of("identifier", "basedOn", "issued", "method", "device");

    private PainScores() {}

    /** The pain {@code score} of {@code role}, taken {@code timing} ({@code before} or {@code after}) the procedure. */
    static Observation toFhir(MappingContext context, String role, String timing, PainScore score) {
        Observation observation = ObservationTranslator.partOfProcedure(context, role, Profiles.PAIN_SCORE);
        observation.setText(Narratives.labelled(
                "Pain " + timing + " the procedure", "Pain (0-10)", Integer.toString(score.score())));
        context.addExtension(observation, Extensions.ASSESSMENT_TIMING, new CodeType(timing));
        observation.addCategory(Concepts.codeable(FixedConcepts.SURVEY));
        observation.setCode(Concepts.codeable(FixedConcepts.PAIN_SEVERITY));
        if (score.at() != null) {
            observation.setEffective(Times.dateTime(score.at()));
        }
        return observation.setValue(new IntegerType(score.score()));
    }

    /** The pain score at {@code located}; empty (reported) when it has no whole number. */
    static Optional<PainScore> fromFhir(ReadContext context, Located located) {
        Observation observation = (Observation) located.resource();
        Unmapped.elements(context, located, READ, ADMINISTRATIVE);
        Integer score = observation.getValue() instanceof IntegerType integer && integer.hasValue()
                ? integer.getValue()
                : ForeignObservations.wholeNumber(observation.getValue());
        if (score == null) {
            context.findings()
                    .add(ImportCode.INVALID_VALUE, located.at("value[x]"), "a pain score needs a whole number");
            return Optional.empty();
        }
        OffsetDateTime at = observation.hasEffectiveDateTimeType()
                ? Times.readDateTime(context, observation.getEffectiveDateTimeType(), located.at("effectiveDateTime"))
                        .orElse(null)
                : null;
        int value = score;
        return context.attempt(located.at("value[x]"), () -> new PainScore(value, at));
    }

    /**
     * {@code before} or {@code after} as our extension records it, else as {@link ForeignObservations} finds
     * it from the times; {@code null} when neither tells.
     */
    static @Nullable String timing(
            ReadContext context,
            Located located,
            PainScore score,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end) {
        Extension recorded =
                ((Observation) located.resource()).getExtensionByUrl(context.extension(Extensions.ASSESSMENT_TIMING));
        if (recorded != null && recorded.getValue() instanceof CodeType code) {
            return code.getValue();
        }
        return ForeignObservations.timing(context, located, score, start, end);
    }
}
