package org.tpidoc.session;

import static com.google.common.base.Preconditions.checkArgument;

import org.jspecify.annotations.Nullable;

/**
 * The follow-up plan: after how many days, and what for. At least one part is present.
 * {@link #toString()} leaves out the free text. Maps to FHIR {@code Procedure.followUp}.
 *
 * @param afterDays days until follow-up, zero or more, or {@code null}
 * @param text the plan in words, or {@code null}
 */
public record FollowUp(
        @Nullable Integer afterDays, @Nullable String text) {

    /** Checks that the follow-up says something and the days are not negative. */
    public FollowUp {
        checkArgument(afterDays != null || text != null, "followUp needs afterDays or text");
        checkArgument(afterDays == null || afterDays >= 0, "followUp.afterDays must not be negative");
        checkArgument(text == null || !text.isBlank(), "followUp.text must not be blank when present");
    }

    @Override
    public String toString() {
        return "FollowUp[afterDays=" + afterDays + "]";
    }
}
