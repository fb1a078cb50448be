package org.tpidoc.fhir.resource.observation;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.jspecify.annotations.Nullable;
import org.tpidoc.fhir.api.MappingOptions.Include;
import org.tpidoc.fhir.kernel.FixedConcepts;
import org.tpidoc.fhir.kernel.Located;
import org.tpidoc.fhir.kernel.MappingContext;
import org.tpidoc.fhir.kernel.OwnCodes;
import org.tpidoc.fhir.kernel.ReadContext;
import org.tpidoc.fhir.kernel.Roles;
import org.tpidoc.session.InjectionSession;
import org.tpidoc.session.PainScore;

/**
 * The session's observations as FHIR {@code Observation}s, each part of the {@code Procedure}, both
 * directions: the pain score before and after ({@link PainScores}), and at each site whether a local twitch
 * response was elicited and whether the referred pain was reproduced ({@link SiteFindings}). Back, our site
 * observations restate the sites and are taken as read when the {@code Procedure} records its sites;
 * another system's pain scores and body weight are read by {@link ForeignObservations}. Any other
 * observation is left for the unmapped report.
 */
public final class ObservationTranslator {

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

    private ObservationTranslator() {}

    /** The pain observations (before, then after) when included, then the site observations when included. */
    public static List<Observation> toFhir(MappingContext context) {
        InjectionSession session = context.session();
        List<Observation> observations = new ArrayList<>();
        if (context.options().includes(Include.PAIN_OBSERVATIONS)) {
            if (session.painBefore() != null) {
                observations.add(PainScores.toFhir(context, Roles.PAIN_BEFORE, OwnCodes.BEFORE, session.painBefore()));
            }
            if (session.painAfter() != null) {
                observations.add(PainScores.toFhir(context, Roles.PAIN_AFTER, OwnCodes.AFTER, session.painAfter()));
            }
        }
        if (context.options().includes(Include.SITE_OBSERVATIONS)) {
            for (int i = 0; i < session.sites().size(); i++) {
                observations.addAll(
                        SiteFindings.toFhir(context, i, session.sites().get(i)));
            }
        }
        return observations;
    }

    /**
     * Reads the session's observations against the procedure's {@code start} and {@code end}.
     *
     * @param sitesRecorded whether the Procedure records its sites (our site observations then restate them)
     * @param enteredInError whether the session is entered in error (its observations then are too)
     */
    public static Observed fromFhir(
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
            if (sitesRecorded && SiteFindings.isOwn(context, observation)) {
                context.use(located);
            } else if (isPain(observation)) {
                Optional<PainScore> score = PainScores.fromFhir(context, located);
                String timing = score.isEmpty() ? null : PainScores.timing(context, located, score.get(), start, end);
                if (OwnCodes.BEFORE.equals(timing) && before == null) {
                    before = score.get();
                    context.use(located);
                } else if (OwnCodes.AFTER.equals(timing) && after == null) {
                    after = score.get();
                    context.use(located);
                }
            } else if (weight == null) {
                weight = ForeignObservations.weightKg(observation).orElse(null);
                if (weight != null) {
                    context.use(located);
                }
            }
        }
        return new Observed(before, after, weight);
    }

    /** Whether {@code observation} is a 0–10 pain score (LOINC 72514-3). */
    public static boolean isPain(Observation observation) {
        return observation.hasCode()
                && observation.getCode().getCoding().stream()
                        .anyMatch(c -> FixedConcepts.PAIN_SEVERITY.is(c.getSystem(), c.getCode()));
    }

    /**
     * A new {@code Observation} of {@code role} conforming to our profile {@code profile}: part of the Procedure,
     * its status, subject, encounter and performer.
     */
    static Observation partOfProcedure(MappingContext context, String role, String profile) {
        Observation observation = new Observation();
        observation.setId(context.id(role));
        context.conform(observation, profile);
        observation.addPartOf(context.procedure());
        observation.setStatus(context.enteredInError() ? ObservationStatus.ENTEREDINERROR : ObservationStatus.FINAL);
        observation.setSubject(context.patient());
        context.encounter().ifPresent(observation::setEncounter);
        context.performer().ifPresent(observation::addPerformer);
        return observation;
    }
}
