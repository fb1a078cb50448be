package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One muscle on one side where trigger points were needled. For injections, the preparation used and
 * the volume given at this site (both checked by the validator, not here: a draft may lack them).
 * {@link #toString()} leaves out the free-text detail.
 *
 * @param muscle the catalogue muscle slug, e.g. {@code "trapezius"}
 * @param laterality the side
 * @param detail free text such as {@code "upper fibres"}, or {@code null}
 * @param points the number of trigger points needled, at least 1
 * @param twitchResponse whether a local twitch response was elicited ({@code not-assessed} when absent)
 * @param referredPainReproduced whether the patient's referred pain was reproduced
 * @param preparation the id of the {@link Preparation} injected, or {@code null} (dry needling)
 * @param volumeMl the volume injected at this site in mL, or {@code null} (dry needling)
 */
public record InjectionSite(
        String muscle,
        Laterality laterality,
        @Nullable String detail,
        int points,
        TwitchResponse twitchResponse,
        boolean referredPainReproduced,
        @Nullable String preparation,
        @Nullable BigDecimal volumeMl) {

    /** Checks the required parts and that at least one point was needled. */
    public InjectionSite {
        Objects.requireNonNull(muscle, "site.muscle is required");
        checkArgument(!muscle.isBlank(), "site.muscle must not be blank");
        Objects.requireNonNull(laterality, "site.laterality is required");
        checkArgument(points >= 1, "site.points must be at least 1, was %s", points);
        twitchResponse = twitchResponse == null ? TwitchResponse.NOT_ASSESSED : twitchResponse;
        checkArgument(detail == null || !detail.isBlank(), "site.detail must not be blank when present");
        checkArgument(preparation == null || !preparation.isBlank(), "site.preparation must not be blank");
        volumeMl = Decimals.normalize(volumeMl);
    }

    /** A dry-needling site (no injectate). */
    public static InjectionSite needled(String muscle, Laterality laterality, int points) {
        return new InjectionSite(muscle, laterality, null, points, TwitchResponse.NOT_ASSESSED, false, null, null);
    }

    /** An injected site: {@code volumeMl} of preparation {@code preparation}. */
    public static InjectionSite injected(
            String muscle, Laterality laterality, int points, String preparation, BigDecimal volumeMl) {
        return new InjectionSite(
                muscle, laterality, null, points, TwitchResponse.NOT_ASSESSED, false, preparation, volumeMl);
    }

    /** This site with a free-text detail such as {@code "upper fibres"}. */
    public InjectionSite withDetail(String text) {
        return new InjectionSite(
                muscle, laterality, text, points, twitchResponse, referredPainReproduced, preparation, volumeMl);
    }

    /** This site with the examination results at the needle. */
    public InjectionSite withResponse(TwitchResponse twitch, boolean referredPain) {
        return new InjectionSite(muscle, laterality, detail, points, twitch, referredPain, preparation, volumeMl);
    }

    /** Whether an injectate (preparation or volume) is recorded at this site. */
    public boolean hasInjectate() {
        return preparation != null || volumeMl != null;
    }

    @Override
    public String toString() {
        return "InjectionSite[muscle=" + muscle + ", laterality=" + laterality.code() + ", points=" + points
                + ", preparation=" + preparation + ", volumeMl=" + volumeMl + "]";
    }
}
