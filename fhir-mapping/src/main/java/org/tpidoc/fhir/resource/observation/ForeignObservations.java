package org.tpidoc.fhir.resource.observation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.Quantities;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.PainScore;
import org.tpidoc.terminology.CodeSystems;

/**
 * Best-effort reading of other systems' observations: a pain score as a whole-number {@code Quantity}, its
 * timing from its time against the procedure's when no {@code assessment-timing} says it, and a body weight
 * (LOINC 29463-7) for the patient's weight.
 */
final class ForeignObservations {

    /** LOINC 29463-7 Body weight. */
    static final String BODY_WEIGHT = "29463-7";

    private ForeignObservations() {}

    /** The whole number of a {@code Quantity} value (a pain score another system wrote so), else {@code null}. */
    static @Nullable Integer wholeNumber(@Nullable Type value) {
        return value instanceof Quantity quantity
                        && quantity.hasValue()
                        && quantity.getValue().stripTrailingZeros().scale() <= 0
                ? quantity.getValue().intValueExact()
                : null;
    }

    /**
     * {@code before} when the score was taken at or before {@code start}, {@code after} when at or after
     * {@code end}; else {@code null}, reported (the score is not imported).
     */
    static @Nullable String timing(
            ReadContext context,
            Located located,
            PainScore score,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end) {
        if (score.at() != null && start != null && !score.at().isAfter(start)) {
            return OwnCodes.BEFORE;
        }
        if (score.at() != null && end != null && !score.at().isBefore(end)) {
            return OwnCodes.AFTER;
        }
        context.findings()
                .add(
                        ImportCode.PAIN_TIMING_UNKNOWN,
                        located.path(),
                        "a pain score neither before the start nor after the end of the procedure; not imported");
        return null;
    }

    /** The body weight in kg of a LOINC 29463-7 observation whose value is a mass, else empty. */
    static Optional<BigDecimal> weightKg(Observation observation) {
        boolean bodyWeight = observation.hasCode()
                && observation.getCode().getCoding().stream()
                        .anyMatch(c -> CodeSystems.LOINC.equals(c.getSystem()) && BODY_WEIGHT.equals(c.getCode()));
        return bodyWeight && observation.getValue() instanceof Quantity quantity
                ? Quantities.value(quantity, Quantities.Unit.KILOGRAM)
                : Optional.empty();
    }
}
