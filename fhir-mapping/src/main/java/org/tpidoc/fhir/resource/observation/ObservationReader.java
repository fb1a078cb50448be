package org.tpidoc.fhir.resource.observation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeType;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.ImportCode;
import org.tpidoc.fhir.datatype.CodeReader;
import org.tpidoc.fhir.datatype.QuantityReader;
import org.tpidoc.fhir.datatype.TimeReader;
import org.tpidoc.fhir.datatype.Unmapped;
import org.tpidoc.fhir.kernel.Extensions;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.session.PainScore;
import org.tpidoc.terminology.CodeSystems;

/**
 * A session's observations back: the inverse of {@link ObservationMapper}. Pain scores (LOINC 72514-3,
 * 0–10) are before or after by our {@code assessment-timing} extension, else by their time against the
 * procedure's; a body weight (LOINC 29463-7) gives the patient's weight when the session records none;
 * our per-site twitch and referred pain observations restate the sites and are taken as read when the
 * sites are recorded in the {@code Procedure}. Any other observation is left for the unmapped report.
 */
public final class ObservationReader {

    /** LOINC 29463-7 Body weight. */
    public static final String BODY_WEIGHT = "29463-7";

    private static final Set<String> READ = Set.of(
            "status", "category", "code", "subject", "encounter", "effective[x]", "value[x]", "partOf", "performer");
    private static final Set<String> ADMINISTRATIVE = Set.of("identifier", "basedOn", "issued", "method", "device");

    /**
     * What the observations say.
     *
     * @param before the pain before, or {@code null}
     * @param after the pain after, or {@code null}
     * @param weightKg a body weight in kg, or {@code null}
     */
    public record Observed(
            @Nullable PainScore before,
            @Nullable PainScore after,
            @Nullable BigDecimal weightKg) {}

    private ObservationReader() {}

    /**
     * Reads the session's observations against the procedure's {@code start} and {@code end}.
     *
     * @param sitesRecorded whether the Procedure records its sites (our site observations then restate them)
     * @param enteredInError whether the session is entered in error (its observations then are too)
     */
    public static Observed read(
            ReadContext context,
            List<Located> observations,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end,
            boolean sitesRecorded,
            boolean enteredInError) {
        PainScore before = null;
        PainScore after = null;
        BigDecimal weight = null;
        for (Located located : observations) {
            Observation observation = (Observation) located.resource();
            ObservationStatus status = observation.getStatus();
            if (status == ObservationStatus.CANCELLED
                    || (status == ObservationStatus.ENTEREDINERROR && !enteredInError)) {
                continue;
            }
            if (sitesRecorded && isOwnSiteObservation(context, observation)) {
                context.use(located);
            } else if (hasCode(observation, CodeSystems.LOINC, ObservationMapper.PAIN_SEVERITY.code())) {
                Optional<PainScore> score = pain(context, located);
                if (score.isEmpty()) {
                    continue;
                }
                String timing = timing(context, located, score.get(), start, end);
                if ("before".equals(timing) && before == null) {
                    before = score.get();
                    context.use(located);
                } else if ("after".equals(timing) && after == null) {
                    after = score.get();
                    context.use(located);
                }
            } else if (hasCode(observation, CodeSystems.LOINC, BODY_WEIGHT)
                    && observation.getValue() instanceof Quantity quantity
                    && weight == null) {
                weight = QuantityReader.value(quantity, QuantityReader.Unit.KILOGRAM)
                        .orElse(null);
                if (weight != null) {
                    context.use(located);
                }
            }
        }
        return new Observed(before, after, weight);
    }

    private static Optional<PainScore> pain(ReadContext context, Located located) {
        Observation observation = (Observation) located.resource();
        Unmapped.elements(context, located, READ, ADMINISTRATIVE);
        Integer score = null;
        if (observation.getValue() instanceof IntegerType integer && integer.hasValue()) {
            score = integer.getValue();
        } else if (observation.getValue() instanceof Quantity quantity
                && quantity.hasValue()
                && quantity.getValue().stripTrailingZeros().scale() <= 0) {
            score = quantity.getValue().intValueExact();
        }
        if (score == null) {
            context.findings()
                    .add(ImportCode.INVALID_VALUE, located.at("value[x]"), "a pain score needs a whole number");
            return Optional.empty();
        }
        OffsetDateTime at = observation.hasEffectiveDateTimeType()
                ? TimeReader.dateTime(context, observation.getEffectiveDateTimeType(), located.at("effectiveDateTime"))
                        .orElse(null)
                : null;
        int value = score;
        return context.attempt(located.at("value[x]"), () -> new PainScore(value, at));
    }

    private static @Nullable String timing(
            ReadContext context,
            Located located,
            PainScore score,
            @Nullable OffsetDateTime start,
            @Nullable OffsetDateTime end) {
        Extension recorded = located.resource() instanceof Observation o
                ? o.getExtensionByUrl(context.extension(Extensions.ASSESSMENT_TIMING))
                : null;
        if (recorded != null && recorded.getValue() instanceof CodeType code) {
            return code.getValue();
        }
        if (score.at() != null && start != null && !score.at().isAfter(start)) {
            return "before";
        }
        if (score.at() != null && end != null && !score.at().isBefore(end)) {
            return "after";
        }
        context.findings()
                .add(
                        ImportCode.PAIN_TIMING_UNKNOWN,
                        located.path(),
                        "a pain score neither before the start nor after the end of the procedure; not imported");
        return null;
    }

    private static boolean isOwnSiteObservation(ReadContext context, Observation observation) {
        return observation.hasCode()
                && CodeReader.own(context, OwnCodes.FINDING, observation.getCode())
                        .filter(code -> code.equals("local-twitch-response") || code.equals("referred-pain"))
                        .isPresent();
    }

    private static boolean hasCode(Observation observation, String system, String code) {
        return observation.hasCode()
                && observation.getCode().getCoding().stream()
                        .anyMatch(c -> system.equals(c.getSystem()) && code.equals(c.getCode()));
    }
}
